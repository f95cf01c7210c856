import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentCheckInResult } from '../../../shared/schemas/appointments';
import type { CheckInResult, Priority, Room } from '../../../shared/schemas/queue';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { TriageBadge } from '../ai/triage-badge';
import { PatientSearch } from '../patients/patient-search';
import { AppointmentTodayOffer } from './appointment-today-offer';
import type { TicketPrinting } from './use-print-ticket';
import { PriorityFields, QueueRoomSelect } from './visit-fields';

interface Props {
  rooms: Room[];
  roomId: string;
  /** Prints the new ticket by itself when the clinic's printer settings say so. */
  printing: TicketPrinting;
  onClose: () => void;
  onIssued: (checkIn: CheckInResult) => void;
}

/** A walk-in: find the patient, say where they wait and why, and issue the day's ticket. */
export function CheckInDialog({ rooms, roomId, printing, onClose, onIssued }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [patientId, setPatientId] = useState<string | null>(null);
  const [room, setRoom] = useState(roomId);
  const [complaint, setComplaint] = useState('');
  const [priority, setPriority] = useState<Priority>('normal');
  const [reason, setReason] = useState('');
  const patient = useQuery({ ...trpc.patients.get.queryOptions({ id: patientId ?? '' }), enabled: patientId !== null });
  const checkIn = useMutation(
    trpc.queue.checkIn.mutationOptions({
      onSuccess: (result) => {
        void queryClient.invalidateQueries({ queryKey: trpc.queue.list.queryKey() });
        printing.afterCheckIn(result);
        onIssued(result);
      },
    }),
  );
  const emergencyReason = priority === 'emergency' ? reason : undefined;
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!patientId) return;
    checkIn.mutate({ patientId, roomId: room, chiefComplaint: complaint, priority, emergencyReason });
  };
  const appointmentCheckedIn = (result: AppointmentCheckInResult): void => {
    void queryClient.invalidateQueries({ queryKey: trpc.queue.list.queryKey() });
    // A ticket the patient already had was printed when it was issued.
    if (!result.joinedVisit) printing.afterCheckIn(result.checkIn);
    onIssued(result.checkIn);
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" slotProps={{ paper: { component: 'form', onSubmit: submit } as object }}>
      <DialogTitle>{t('queue.checkIn')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {patientId && patient.data ? (
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} data-testid="checkin-patient">
              <Typography sx={{ flex: 1 }}>
                <strong>{patient.data.mrn}</strong> {patient.data.fullName} · {patient.data.identityNo}
              </Typography>
              <Button onClick={() => setPatientId(null)}>{t('queue.change')}</Button>
            </Stack>
          ) : (
            <Box data-testid="checkin-patient-search">
              <PatientSearch onOpen={setPatientId} />
            </Box>
          )}
          {patientId && <AppointmentTodayOffer patientId={patientId} visit={{ roomId: room, chiefComplaint: complaint, priority, emergencyReason }} onIssued={appointmentCheckedIn} />}
          <QueueRoomSelect rooms={rooms} value={room} onChange={setRoom} label={t('queue.room')} testId="checkin-room" />
          <TextField label={t('queue.complaint')} value={complaint} onChange={(e) => setComplaint(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'checkin-complaint', maxLength: 300 } }} />
          <TriageBadge
            complaint={complaint}
            patientId={patientId}
            onRaise={(triageReason) => {
              setPriority('emergency');
              setReason(triageReason);
            }}
          />
          <PriorityFields priority={priority} onPriority={setPriority} reason={reason} onReason={setReason} testId="checkin-priority" />
          {!patientId && <Typography color="text.secondary">{t('queue.choosePatient')}</Typography>}
          <ErrorAlert error={checkIn.error ?? patient.error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={!patientId || !room || checkIn.isPending} data-testid="checkin-save">
          {t('queue.checkIn')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
