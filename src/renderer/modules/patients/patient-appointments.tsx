import { Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AppointmentView } from '../../../shared/schemas/appointments';
import { useTRPC } from '../../api/client';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { calendarDay } from '../../format/clinic-dates';
import { useCan } from '../../session/session-context';

/** The patient's appointments, newest first, for whoever may book them (the list comes from the appointments book). */
export function PatientAppointments({ patientId }: { patientId: string }) {
  return useCan('appointments.book') ? <AppointmentsTable patientId={patientId} /> : null;
}

function AppointmentsTable({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const appointments = useQuery(trpc.appointments.forPatient.queryOptions({ patientId }));
  const columns: DataColumn<AppointmentView>[] = [
    { key: 'when', header: t('patientRecord.appointments.when'), cell: (a) => `${calendarDay(a.date, i18n.language, 'none')}, ${a.start}–${a.end}`, sortValue: (a) => a.startsAt, nowrap: true },
    { key: 'doctor', header: t('patientRecord.appointments.doctor'), cell: (a) => a.doctorName, sortValue: (a) => a.doctorName },
    { key: 'type', header: t('patientRecord.appointments.type'), cell: (a) => a.typeName, sortValue: (a) => a.typeName },
    { key: 'status', header: t('patientRecord.appointments.status'), cell: (a) => t(`appointmentStatus.${a.status}`) },
    { key: 'ticket', header: t('patientRecord.appointments.ticket'), cell: (a) => a.ticketNo ?? t('common.none') },
  ];
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="patient-appointments">
      <Stack spacing={1}>
        <Typography variant="subtitle2">{t('patientRecord.appointments.title')}</Typography>
        <ErrorAlert error={appointments.error} />
        <DataTable columns={columns} rows={appointments.data} rowKey={(a) => a.id} rowTestId={(a) => `patient-appointment-${a.id}`} loading={appointments.isPending} emptyText={t('patientRecord.appointments.none')} framed={false} pageSize={20} />
      </Stack>
    </Paper>
  );
}
