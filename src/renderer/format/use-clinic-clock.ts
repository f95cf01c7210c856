import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clinicDateTime, type ClinicDateTime } from '../../shared/clinic-time';
import { useTRPC } from '../api/client';
import { clinicDates, thisPcTimeZone, type ClinicDates } from './clinic-dates';

/**
 * The clinic's time zone, from the hub's status: it answers before sign-in (the TV, set-up) and
 * to every role, and is refetched when the clinic's profile is saved. This PC's zone until then.
 */
export function useClinicTimeZone(): string {
  const trpc = useTRPC();
  const status = useQuery(trpc.setup.status.queryOptions());
  return status.data?.timeZone ?? thisPcTimeZone();
}

/** The screens' one way to show a date or time: the clinic's zone, the screen's language. */
export function useClinicDates(): ClinicDates {
  const { i18n } = useTranslation();
  const timeZone = useClinicTimeZone();
  // Built once per zone and language: the TV's clock asks every second.
  return useMemo(() => clinicDates(timeZone, i18n.language), [timeZone, i18n.language]);
}

/** Now, ticking every `everyMs`. */
export function useNow(everyMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/**
 * The clinic's wall clock (its own time zone, not this PC's), ticking each minute: "today" on
 * the calendar must be the clinic's today even on a laptop set to another zone.
 */
export function useClinicClock(): ClinicDateTime {
  return clinicDateTime(useNow(60_000), useClinicTimeZone());
}
