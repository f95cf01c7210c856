import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { clinicDateTime, type ClinicDateTime } from '../../../shared/clinic-time';
import { useTRPC } from '../../api/client';

/**
 * The clinic's wall clock (its own time zone, not this PC's), ticking each minute: "today" on
 * the calendar must be the clinic's today even on a laptop set to another zone.
 */
export function useClinicClock(): ClinicDateTime {
  const timeZone = useClinicTimeZone();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return clinicDateTime(now, timeZone);
}

/** The clinic's time zone from its settings; this PC's until they have loaded. */
export function useClinicTimeZone(): string {
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.all.queryOptions());
  return settings.data?.profile.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}
