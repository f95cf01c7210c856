import { Box, Button, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { minutesOfDay } from '../../../shared/clinic-time';
import type { Slot } from '../../../shared/schemas/appointments';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicClock } from '../../format/use-clinic-clock';
import { endMinute } from './calendar-layout';

interface Props {
  doctorId: string;
  typeId: string;
  date: string;
  value: string | null;
  onChange: (start: string | null) => void;
  /** A time clicked on the calendar: the free slot holding it is chosen once the slots load. */
  hint?: string;
}

function holds(slot: Slot, time: string): boolean {
  return minutesOfDay(slot.start) <= minutesOfDay(time) && minutesOfDay(time) < endMinute(slot);
}

/**
 * The doctor's grid for one appointment type on one day, as buttons: free times can be chosen,
 * taken ones are shown disabled with why. Times already past are left out (only counted), so
 * the afternoon is not buried under the morning that has gone.
 */
export function SlotPicker({ doctorId, typeId, date, value, onChange, hint }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const ready = doctorId !== '' && typeId !== '' && date !== '';
  const slots = useQuery({ ...trpc.appointments.slots.queryOptions({ doctorId, typeId, date }), enabled: ready });
  const list = slots.data ?? [];
  const upcoming = list.filter((slot) => slot.reason !== 'past');
  const passed = list.length - upcoming.length;
  const today = useClinicClock().date;
  const dayPast = date !== '' && date < today;

  useEffect(() => {
    if (value !== null || !hint) return;
    const held = slots.data?.find((slot) => slot.free && holds(slot, hint));
    if (held) onChange(held.start);
  }, [slots.data, hint, value, onChange]);

  if (!ready) return <Typography color="text.secondary">{t('appointments.slots.chooseFirst')}</Typography>;
  return (
    <Stack spacing={1} data-testid="slot-picker">
      <Typography variant="subtitle2">{t('appointments.slots.title')}</Typography>
      <ErrorAlert error={slots.error} />
      {slots.isSuccess && upcoming.length === 0 && (
        <Typography color="text.secondary" data-testid="slot-picker-empty">
          {t(dayPast ? 'appointments.slots.dayPast' : passed > 0 ? 'appointments.slots.allPassed' : 'appointments.slots.none')}
        </Typography>
      )}
      {passed > 0 && upcoming.length > 0 && <Typography variant="caption" color="text.secondary">{t('appointments.slots.passed', { count: passed })}</Typography>}
      <Box role="radiogroup" aria-label={t('appointments.slots.title')} sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(92px, 1fr))', gap: 0.75, maxHeight: 260, overflowY: 'auto', p: 0.25 }}>
        {upcoming.map((slot) => {
          const chosen = slot.start === value;
          return (
            <Button
              key={slot.start}
              role="radio"
              aria-checked={chosen}
              size="small"
              // A chosen slot stays chosen if someone else takes it meanwhile: booking then says so in words.
              disabled={!slot.free && !chosen}
              color={chosen && !slot.free ? 'error' : 'primary'}
              variant={chosen ? 'contained' : 'outlined'}
              onClick={() => onChange(slot.start)}
              data-testid={`slot-${slot.start}`}
              sx={{ flexDirection: 'column', lineHeight: 1.2, py: 0.5 }}
            >
              <span>{slot.start}</span>
              {slot.reason && (
                <Typography component="span" variant="caption" sx={{ textTransform: 'none' }}>
                  {t(`appointments.slotReason.${slot.reason}`)}
                </Typography>
              )}
            </Button>
          );
        })}
      </Box>
    </Stack>
  );
}
