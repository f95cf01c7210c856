import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Tooltip } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StrandedReason } from '../../../shared/schemas/appointments';
import { useTRPC } from '../../api/client';

/** Which of a day's appointments the schedule no longer holds, and why (columns of one date share the query). */
export function useStrandedOn(date: string): Map<string, StrandedReason> {
  const trpc = useTRPC();
  const stranded = useQuery({ ...trpc.appointments.stranded.queryOptions({ fromDate: date, toDate: date }), refetchInterval: 60_000 });
  return useMemo(() => new Map((stranded.data ?? []).map((s) => [s.appointment.id, s.reason])), [stranded.data]);
}

/** Drawn round a stranded appointment's block on the calendar, whatever its status colour. */
export const STRANDED_OUTLINE = { outline: '2px dashed', outlineColor: 'error.main', outlineOffset: '-2px' } as const;

/** The warning sign on a stranded appointment's block; hovering it says why. */
export function StrandedMark({ reason }: { reason: StrandedReason }) {
  const { t } = useTranslation();
  const why = t(`appointments.strandedReason.${reason}`);
  return (
    <Tooltip title={`${t('appointments.stranded.needsMoving')}: ${why}`}>
      <WarningAmberIcon fontSize="inherit" aria-label={why} data-testid="stranded-mark" sx={{ verticalAlign: 'text-bottom', mr: 0.25 }} />
    </Tooltip>
  );
}
