import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ACTIVE_APPOINTMENT_STATUSES } from '../../../shared/schemas/appointments';
import { useTRPC } from '../../api/client';
import { calendarDay } from '../../format/clinic-dates';
import { useClinicClock } from '../../format/use-clinic-clock';

/** The patient's bookings still to come, so nobody books them twice by mistake (a status, not an alert: nothing went wrong). */
export function UpcomingAppointments({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const today = useClinicClock().date;
  const appointments = useQuery(trpc.appointments.forPatient.queryOptions({ patientId }));
  const upcoming = (appointments.data ?? []).filter((a) => a.date >= today && ACTIVE_APPOINTMENT_STATUSES.includes(a.status));
  if (upcoming.length === 0) return null;
  return (
    <Alert severity="info" role="status" data-testid="booking-upcoming">
      {t('appointments.booking.upcoming')}{' '}
      {upcoming
        .map((a) => t('appointments.booking.upcomingItem', { date: calendarDay(a.date, i18n.language, 'short'), start: a.start, doctor: a.doctorName, status: t(`appointmentStatus.${a.status}`) }))
        .join('; ')}
    </Alert>
  );
}
