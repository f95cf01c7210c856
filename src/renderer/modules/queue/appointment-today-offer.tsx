import { Alert, Button } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AppointmentCheckInResult, CheckInAppointmentInput } from '../../../shared/schemas/appointments';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicClock } from '../../format/use-clinic-clock';
import { useCan } from '../../session/session-context';
import { useAppointmentActions } from '../appointments/use-appointment-actions';

interface Props {
  patientId: string;
  /** What the walk-in form holds so far, for the appointment's check-in; the room only when the appointment has none. */
  visit: Omit<CheckInAppointmentInput, 'appointmentId'> & { roomId: string };
  onIssued: (result: AppointmentCheckInResult) => void;
}

/**
 * A "walk-in" who in fact has an appointment today: say so, and check the appointment in instead,
 * so the booking is not left behind as a no-show. Only for a desk that may see the calendar.
 */
export function AppointmentTodayOffer({ patientId, visit, onIssued }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const today = useClinicClock().date;
  const mayBook = useCan('appointments.book');
  const appointments = useQuery({ ...trpc.appointments.forPatient.queryOptions({ patientId }), enabled: mayBook });
  const { checkIn } = useAppointmentActions();
  const booked = (appointments.data ?? []).find((a) => a.date === today && (a.status === 'requested' || a.status === 'confirmed'));
  if (!booked) return null;
  const checkInInstead = (): void =>
    checkIn.mutate({ ...visit, appointmentId: booked.id, roomId: booked.roomId ? undefined : visit.roomId }, { onSuccess: onIssued });
  return (
    <Alert
      severity="info"
      data-testid="checkin-appointment-today"
      action={
        <Button color="inherit" size="small" disabled={checkIn.isPending} onClick={checkInInstead} data-testid="checkin-appointment-instead">
          {t('queue.checkInAppointmentInstead')}
        </Button>
      }
    >
      {t('queue.appointmentToday', { name: booked.patientName, start: booked.start, doctor: booked.doctorName })}
      <ErrorAlert error={checkIn.error} />
    </Alert>
  );
}
