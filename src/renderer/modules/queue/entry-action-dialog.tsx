import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueEntryView, Room } from '../../../shared/schemas/queue';
import { ErrorAlert } from '../../components/error-alert';
import type { QueueActions } from './use-queue-actions';

export type EntryAction = 'skip' | 'transfer' | 'jump';

interface Props {
  action: EntryAction;
  entry: QueueEntryView;
  rooms: Room[];
  actions: QueueActions;
  onClose: () => void;
}

/** The three queue actions that need one more answer: how many tickets, which room, or why. */
export function EntryActionDialog({ action, entry, rooms, actions, onClose }: Props) {
  const { t } = useTranslation();
  const [returnAfter, setReturnAfter] = useState('3');
  const [toRoomId, setToRoomId] = useState('');
  const [reason, setReason] = useState('');
  const mutation = actions[action];
  const done = { onSuccess: onClose };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (action === 'skip') actions.skip.mutate({ entryId: entry.entryId, returnAfter: Number(returnAfter) }, done);
    else if (action === 'transfer') actions.transfer.mutate({ entryId: entry.entryId, toRoomId }, done);
    else actions.jump.mutate({ entryId: entry.entryId, reason }, done);
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" slotProps={{ paper: { component: 'form', onSubmit: submit } as object }}>
      <DialogTitle>
        {t(`queue.${action}`)} · {entry.ticketNo}
      </DialogTitle>
      <DialogContent sx={{ pt: '8px !important' }}>
        {action === 'skip' && (
          <TextField autoFocus fullWidth type="number" label={t('queue.returnAfter')} value={returnAfter} onChange={(e) => setReturnAfter(e.target.value)} slotProps={{ htmlInput: { min: 1, max: 50, 'data-testid': 'skip-return-after' } }} />
        )}
        {action === 'transfer' && (
          <TextField autoFocus select fullWidth label={t('queue.transferTo')} value={toRoomId} onChange={(e) => setToRoomId(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'transfer-room' } }}>
            {rooms.filter((room) => room.active).map((room) => (
              <MenuItem key={room.id} value={room.id}>
                {room.code} · {room.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        {action === 'jump' && (
          <TextField autoFocus fullWidth required label={t('queue.jumpReason')} value={reason} onChange={(e) => setReason(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'jump-reason' } }} />
        )}
        <ErrorAlert error={mutation.error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" color={action === 'jump' ? 'error' : 'primary'} disabled={mutation.isPending} data-testid="entry-action-save">
          {t(`queue.${action}`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
