import { TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentCheckInResult, AppointmentView } from '../../../shared/schemas/appointments';
import type { Priority } from '../../../shared/schemas/queue';
import { useTRPC } from '../../api/client';
import { TriageBadge } from '../ai/triage-badge';
import { PriorityFields, QueueRoomSelect } from '../queue/visit-fields';
import { ActionForm } from './action-form';
import type { AppointmentActions } from './use-appointment-actions';

interface Props {
  appointment: AppointmentView;
  actions: AppointmentActions;
  onIssued: (result: AppointmentCheckInResult) => void;
  onBack: () => void;
}

/** The patient has arrived: open the visit and issue a ticket in the queue of the appointment's room (or another). */
export function AppointmentCheckInForm({ appointment, actions, onIssued, onBack }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const rooms = useQuery(trpc.rooms.list.queryOptions());
  const active = (rooms.data ?? []).filter((room) => room.active);
  const [chosenRoom, setRoom] = useState('');
  const [complaint, setComplaint] = useState('');
  const [priority, setPriority] = useState<Priority>('normal');
  const [reason, setReason] = useState('');
  const { checkIn } = actions;
  const roomId = chosenRoom || (active.some((room) => room.id === appointment.roomId) ? (appointment.roomId ?? '') : '');
  const submit = (): void => {
    const emergencyReason = priority === 'emergency' ? reason : undefined;
    checkIn.mutate({ appointmentId: appointment.id, roomId, chiefComplaint: complaint, priority, emergencyReason }, { onSuccess: onIssued });
  };
  return (
    <ActionForm
      title={t('appointments.checkIn.title')}
      submitLabel={t('appointments.checkIn.submit')}
      testId="appointment-checkin"
      ready={roomId !== '' && (priority !== 'emergency' || reason.trim().length >= 3)}
      pending={checkIn.isPending}
      error={checkIn.error ?? rooms.error}
      onSubmit={submit}
      onBack={onBack}
    >
      <QueueRoomSelect rooms={active} value={roomId} onChange={setRoom} label={t('appointments.checkIn.room')} testId="appointment-checkin-room" />
      <TextField autoFocus label={t('queue.complaint')} value={complaint} onChange={(e) => setComplaint(e.target.value)} slotProps={{ htmlInput: { maxLength: 300, 'data-testid': 'appointment-checkin-complaint' } }} />
      <TriageBadge
        complaint={complaint}
        patientId={appointment.patientId}
        onRaise={(triageReason) => {
          setPriority('emergency');
          setReason(triageReason);
        }}
      />
      <PriorityFields priority={priority} onPriority={setPriority} reason={reason} onReason={setReason} />
    </ActionForm>
  );
}
