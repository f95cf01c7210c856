import { MenuItem, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentView } from '../../../shared/schemas/appointments';
import { useTRPC } from '../../api/client';
import { DateField } from '../../components/date-field/date-field';
import { ActionForm } from './action-form';
import { SlotPicker } from './slot-picker';
import type { AppointmentActions } from './use-appointment-actions';
import { useClinicClock } from '../../format/use-clinic-clock';

interface Props {
  appointment: AppointmentView;
  actions: AppointmentActions;
  onDone: () => void;
  onBack: () => void;
}

/** Move an appointment with the same slot picker as booking; the old time is kept in its history. */
export function RescheduleForm({ appointment, actions, onDone, onBack }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const today = useClinicClock().date;
  const doctors = useQuery(trpc.appointments.doctors.queryOptions());
  const [doctorId, setDoctorId] = useState(appointment.doctorId);
  const [date, setDate] = useState(appointment.date < today ? today : appointment.date);
  const [start, setStart] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const { reschedule } = actions;
  // While the day is being retyped the times shown stay today's.
  const day = date || today;
  const submit = (): void => {
    if (!start) return;
    const otherDoctor = doctorId === appointment.doctorId ? undefined : doctorId;
    reschedule.mutate({ appointmentId: appointment.id, date: day, start, doctorId: otherDoctor, reason }, { onSuccess: onDone, onError: () => setStart(null) });
  };
  return (
    <ActionForm
      title={t('appointments.details.rescheduleTitle')}
      submitLabel={t('appointments.details.reschedule')}
      testId="reschedule"
      ready={start !== null}
      pending={reschedule.isPending}
      error={reschedule.error}
      onSubmit={submit}
      onBack={onBack}
    >
      <Stack direction="row" spacing={2}>
        <TextField select fullWidth label={t('appointments.doctor')} value={doctorId} onChange={(e) => { setDoctorId(e.target.value); setStart(null); }} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'reschedule-doctor' } as object } }}>
          {(doctors.data ?? []).map((doctor) => (
            <MenuItem key={doctor.id} value={doctor.id}>
              {doctor.name}
            </MenuItem>
          ))}
        </TextField>
        <DateField label={t('appointments.date')} value={date} min={today} onChange={(next) => { setDate(next); setStart(null); }} htmlInput={{ 'data-testid': 'reschedule-date' }} sx={{ minWidth: 190 }} />
      </Stack>
      <SlotPicker doctorId={doctorId} typeId={appointment.typeId} date={day} value={start} onChange={setStart} />
      <TextField label={t('appointments.details.rescheduleReason')} value={reason} onChange={(e) => setReason(e.target.value)} slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'reschedule-reason' } }} />
    </ActionForm>
  );
}
