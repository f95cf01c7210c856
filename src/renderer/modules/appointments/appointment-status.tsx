import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AppointmentStatus } from '../../../shared/schemas/appointments';

type StatusColour = 'default' | 'primary' | 'secondary' | 'error' | 'info' | 'success' | 'warning';

/** One colour per status, the same on the calendar blocks and the chips, so a glance reads the day. */
export const STATUS_COLOUR: Record<AppointmentStatus, StatusColour> = {
  requested: 'warning',
  confirmed: 'primary',
  checked_in: 'secondary',
  in_progress: 'info',
  completed: 'success',
  cancelled: 'default',
  no_show: 'error',
};

/** Cancelled and no-show bookings no longer hold the time: drawn faded, behind the live ones. */
export function freesTime(status: AppointmentStatus): boolean {
  return status === 'cancelled' || status === 'no_show';
}

/** Background and text colour of a calendar block, as MUI palette paths. */
export function blockColours(status: AppointmentStatus): { bgcolor: string; color: string } {
  const colour = STATUS_COLOUR[status];
  if (colour === 'default') return { bgcolor: 'grey.300', color: 'text.secondary' };
  return { bgcolor: `${colour}.main`, color: `${colour}.contrastText` };
}

export function StatusChip({ status, size = 'small', testId }: { status: AppointmentStatus; size?: 'small' | 'medium'; testId?: string }) {
  const { t } = useTranslation();
  return <Chip size={size} color={STATUS_COLOUR[status]} label={t(`appointmentStatus.${status}`)} data-testid={testId} />;
}
