import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, type Priority, type Room } from '../../../shared/schemas/queue';

/** The queue a ticket goes to: active rooms and stations only. */
export function QueueRoomSelect({ rooms, value, onChange, label, testId }: { rooms: Room[]; value: string; onChange: (roomId: string) => void; label: string; testId: string }) {
  return (
    <TextField select label={label} value={value} onChange={(e) => onChange(e.target.value)} slotProps={{ select: { SelectDisplayProps: { 'data-testid': testId } as object } }}>
      {rooms.filter((room) => room.active).map((room) => (
        <MenuItem key={room.id} value={room.id} data-testid={`${testId}-${room.code}`}>
          {room.code} · {room.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

interface PriorityProps {
  priority: Priority;
  onPriority: (priority: Priority) => void;
  reason: string;
  onReason: (reason: string) => void;
  testId?: string;
}

/** Triage at check-in: the priority, and the reason an emergency jumps the queue. */
export function PriorityFields({ priority, onPriority, reason, onReason, testId }: PriorityProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField select label={t('queue.priority')} value={priority} onChange={(e) => onPriority(e.target.value as Priority)} slotProps={testId ? { select: { SelectDisplayProps: { 'data-testid': testId } as object } } : undefined}>
        {PRIORITIES.map((p) => (
          <MenuItem key={p} value={p}>
            {t(`queue.priorities.${p}`)}
          </MenuItem>
        ))}
      </TextField>
      {priority === 'emergency' && <TextField required label={t('queue.emergencyReason')} value={reason} onChange={(e) => onReason(e.target.value)} />}
    </>
  );
}
