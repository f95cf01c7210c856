import { Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useCan } from '../../session/session-context';

/** The patient's appointments, newest first, for whoever may book them (the list comes from the appointments book). */
export function PatientAppointments({ patientId }: { patientId: string }) {
  return useCan('appointments.book') ? <AppointmentsTable patientId={patientId} /> : null;
}

function AppointmentsTable({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const appointments = useQuery(trpc.appointments.forPatient.queryOptions({ patientId }));
  const rows = appointments.data ?? [];
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="patient-appointments">
      <Stack spacing={1}>
        <Typography variant="subtitle2">{t('patientRecord.appointments.title')}</Typography>
        <ErrorAlert error={appointments.error} />
        {appointments.isSuccess && rows.length === 0 && <Typography color="text.secondary">{t('patientRecord.appointments.none')}</Typography>}
        {rows.length > 0 && (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('patientRecord.appointments.when')}</TableCell>
                <TableCell>{t('patientRecord.appointments.doctor')}</TableCell>
                <TableCell>{t('patientRecord.appointments.type')}</TableCell>
                <TableCell>{t('patientRecord.appointments.status')}</TableCell>
                <TableCell>{t('patientRecord.appointments.ticket')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((appointment) => (
                <TableRow key={appointment.id}>
                  <TableCell>{`${appointment.date} ${appointment.start}–${appointment.end}`}</TableCell>
                  <TableCell>{appointment.doctorName}</TableCell>
                  <TableCell>{appointment.typeName}</TableCell>
                  <TableCell>{t(`appointmentStatus.${appointment.status}`)}</TableCell>
                  <TableCell>{appointment.ticketNo ?? t('common.none')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
