import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import EventIcon from '@mui/icons-material/Event';
import { Button, IconButton, MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field/date-field';
import type { DoctorOption } from '../../../shared/schemas/appointments';

export type CalendarView = 'day' | 'week';

interface Props {
  view: CalendarView;
  date: string;
  doctorId: string;
  doctors: DoctorOption[];
  canBook: boolean;
  onView: (view: CalendarView) => void;
  onDate: (date: string) => void;
  onStep: (direction: -1 | 1) => void;
  onToday: () => void;
  onDoctor: (doctorId: string) => void;
  onBook: () => void;
}

/** Date navigation, day/week, doctor filter and "Book": each also on a key (see the page). */
export function CalendarToolbar({ view, date, doctorId, doctors, canBook, onView, onDate, onStep, onToday, onDoctor, onBook }: Props) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Button variant="outlined" onClick={onToday} data-testid="calendar-today">
        {t('appointments.calendar.today')}
      </Button>
      <Tooltip title={t('appointments.calendar.previous')}>
        <IconButton onClick={() => onStep(-1)} aria-label={t('appointments.calendar.previous')} data-testid="calendar-previous">
          <ChevronLeftIcon />
        </IconButton>
      </Tooltip>
      <Tooltip title={t('appointments.calendar.next')}>
        <IconButton onClick={() => onStep(1)} aria-label={t('appointments.calendar.next')} data-testid="calendar-next">
          <ChevronRightIcon />
        </IconButton>
      </Tooltip>
      <DateField size="small" label={t('appointments.date')} value={date} onChange={(next) => next && onDate(next)} htmlInput={{ 'data-testid': 'calendar-date' }} sx={{ width: 170 }} />
      <ToggleButtonGroup size="small" exclusive value={view} onChange={(_, next: CalendarView | null) => next && onView(next)}>
        <ToggleButton value="day" data-testid="calendar-view-day">
          {t('appointments.calendar.day')}
        </ToggleButton>
        <ToggleButton value="week" data-testid="calendar-view-week">
          {t('appointments.calendar.week')}
        </ToggleButton>
      </ToggleButtonGroup>
      <TextField
        select
        size="small"
        label={t('appointments.doctor')}
        value={doctorId}
        onChange={(e) => onDoctor(e.target.value)}
        sx={{ minWidth: 200 }}
        slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'calendar-doctor' } as object }, inputLabel: { shrink: true } }}
      >
        {view === 'day' && <MenuItem value="">{t('appointments.calendar.allDoctors')}</MenuItem>}
        {doctors.map((doctor) => (
          <MenuItem key={doctor.id} value={doctor.id}>
            {doctor.name}
          </MenuItem>
        ))}
      </TextField>
      {canBook && (
        <Button variant="contained" startIcon={<EventIcon />} onClick={onBook} sx={{ ml: 'auto' }} data-testid="calendar-book">
          {t('appointments.booking.title')}
        </Button>
      )}
    </Stack>
  );
}
