import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentView } from '../../../shared/schemas/appointments';
import { appErrorOf } from '../../api/app-error';
import { useTRPC } from '../../api/client';
import { DateField } from '../../components/date-field/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { PatientPicker } from './patient-picker';
import { SlotPicker } from './slot-picker';
import { UpcomingAppointments } from './upcoming-appointments';
import { useAppointmentActions } from './use-appointment-actions';
import { useClinicClock } from '../../format/use-clinic-clock';

/** What the booking starts from: a click on the calendar, a patient's record, or a visit. */
export interface BookingStart {
  patientId?: string;
  doctorId?: string;
  date?: string;
  /** A time clicked on the calendar; the free slot holding it is chosen. */
  start?: string;
  /** Booked from a visit ("see me again in two weeks"): the patient is that visit's. */
  followUpOfVisitId?: string;
}

interface Props {
  initial?: BookingStart;
  onClose: () => void;
  onBooked?: (appointment: AppointmentView) => void;
}

/** Refusals that mean the chosen time is no longer bookable: choose again from the refreshed slots. */
const TIME_TAKEN = new Set(['APPOINTMENT_CONFLICT', 'APPOINTMENT_OUTSIDE_SCHEDULE', 'APPOINTMENT_IN_PAST', 'APPOINTMENT_NO_ROOM', 'APPOINTMENT_NO_RESOURCE']);

/** Patient → doctor → type → day → a free time. Only times the hub says are free can be chosen. */
export function BookingDialog({ initial = {}, onClose, onBooked }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const today = useClinicClock().date;
  const doctors = useQuery(trpc.appointments.doctors.queryOptions());
  const types = useQuery(trpc.appointments.types.list.queryOptions());
  const activeTypes = (types.data ?? []).filter((type) => type.active);
  const [patientId, setPatientId] = useState<string | null>(initial.patientId ?? null);
  const [chosenDoctor, setDoctor] = useState(initial.doctorId ?? '');
  const [chosenType, setType] = useState('');
  const [date, setDate] = useState(initial.date ?? today);
  const [start, setStart] = useState<string | null>(null);
  const [hint, setHint] = useState(initial.start);
  const [notes, setNotes] = useState('');
  const [requested, setRequested] = useState(false);
  const { book } = useAppointmentActions();
  // With one doctor or one type there is nothing to choose.
  const doctorId = chosenDoctor || (doctors.data?.length === 1 ? doctors.data[0].id : '');
  const typeId = chosenType || (activeTypes.length === 1 ? activeTypes[0].id : '');
  const day = date || today;

  const changeWhere = (apply: () => void): void => {
    apply();
    setStart(null);
    setHint(undefined);
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!patientId || !doctorId || !typeId || !start) return;
    const input = { patientId, doctorId, typeId, date: day, start, notes, status: requested ? ('requested' as const) : ('confirmed' as const), followUpOfVisitId: initial.followUpOfVisitId ?? null };
    book.mutate(input, {
      onSuccess: (appointment) => {
        onBooked?.(appointment);
        onClose();
      },
      onError: (error) => {
        if (TIME_TAKEN.has(appErrorOf(error)?.code ?? '')) setStart(null);
      },
    });
  };

  const followUp = initial.followUpOfVisitId !== undefined;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" slotProps={{ paper: { component: 'form', onSubmit: submit, 'data-testid': 'booking-dialog' } as object }}>
      <DialogTitle>{t(followUp ? 'appointments.booking.followUpTitle' : 'appointments.booking.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <PatientPicker patientId={patientId} onChange={setPatientId} locked={followUp} />
          {patientId && <UpcomingAppointments patientId={patientId} />}
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField select fullWidth required label={t('appointments.doctor')} value={doctorId} onChange={(e) => changeWhere(() => setDoctor(e.target.value))} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'booking-doctor' } as object } }}>
              {(doctors.data ?? []).map((doctor) => (
                <MenuItem key={doctor.id} value={doctor.id} data-testid={`booking-doctor-${doctor.id}`}>
                  {doctor.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField select fullWidth required label={t('appointments.booking.type')} value={typeId} onChange={(e) => changeWhere(() => setType(e.target.value))} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'booking-type' } as object } }}>
              {activeTypes.map((type) => (
                <MenuItem key={type.id} value={type.id} data-testid={`booking-type-${type.code}`}>
                  {type.name} · {t('appointments.minutes', { count: type.durationMinutes })}
                </MenuItem>
              ))}
            </TextField>
            <DateField required label={t('appointments.date')} value={date} min={today} onChange={(next) => changeWhere(() => setDate(next))} htmlInput={{ 'data-testid': 'booking-date' }} sx={{ minWidth: 190 }} />
          </Stack>
          <ErrorAlert error={doctors.error ?? types.error} />
          {doctors.data?.length === 0 && <Alert severity="info">{t('appointments.noDoctors')}</Alert>}
          {types.isSuccess && activeTypes.length === 0 && <Alert severity="info">{t('appointments.booking.noTypes')}</Alert>}
          <SlotPicker doctorId={doctorId} typeId={typeId} date={day} value={start} onChange={setStart} hint={hint} />
          <TextField label={t('appointments.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} multiline minRows={1} slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'booking-notes' } }} />
          <FormControlLabel control={<Checkbox checked={requested} onChange={(e) => setRequested(e.target.checked)} slotProps={{ input: { 'data-testid': 'booking-requested' } as object }} />} label={t('appointments.booking.requested')} />
          <ErrorAlert error={book.error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={!patientId || !doctorId || !typeId || !start || book.isPending} data-testid="booking-save">
          {t('appointments.booking.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
