import { Stack } from '@mui/material';
import { APPOINTMENT_STATUSES } from '../../../shared/schemas/appointments';
import { StatusChip } from './appointment-status';

/** What the colours on the calendar mean. */
export function StatusLegend() {
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }} aria-hidden>
      {APPOINTMENT_STATUSES.map((status) => (
        <StatusChip key={status} status={status} />
      ))}
    </Stack>
  );
}
