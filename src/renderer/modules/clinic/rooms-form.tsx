import { Button, Checkbox, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROOM_KINDS, type RoomKind, type SaveRoomInput } from '../../../shared/schemas/queue';
import { useTRPC } from '../../api/client';
import { SettingsSection } from './settings-section';

const NEW_ROOM: SaveRoomInput = { code: '', name: '', kind: 'consultation', ticketPrefix: 'A', active: true };

/** Rooms and stations patients queue for; each has the letter its tickets start with. */
export function RoomsForm({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rooms = useQuery(trpc.queue.rooms.list.queryOptions());
  const [draft, setDraft] = useState<SaveRoomInput>(NEW_ROOM);
  const save = useMutation(
    trpc.queue.rooms.save.mutationOptions({
      onSuccess: () => {
        setDraft(NEW_ROOM);
        void queryClient.invalidateQueries({ queryKey: trpc.queue.rooms.list.queryKey() });
      },
    }),
  );
  return (
    <SettingsSection title={t('rooms.title')} editable={editable} pending={save.isPending} saved={save.isSuccess} error={save.error ?? rooms.error} onSubmit={() => save.mutate(draft)}>
      {rooms.data?.length === 0 && <Typography color="text.secondary">{t('rooms.none')}</Typography>}
      {rooms.data?.map((room) => (
        <Stack key={room.id} direction="row" spacing={2} sx={{ alignItems: 'center' }} data-testid={`room-row-${room.code}`}>
          <Typography sx={{ width: 48, fontWeight: 700 }}>{room.code}</Typography>
          <Typography sx={{ flex: 1 }}>{room.name}</Typography>
          <Typography color="text.secondary">{t(`queue.kinds.${room.kind}`)} · {room.ticketPrefix}001</Typography>
          {editable && (
            <Checkbox checked={room.active} title={t('rooms.active')} onChange={(e) => save.mutate({ ...room, active: e.target.checked })} />
          )}
        </Stack>
      ))}
      {editable && (
        <Stack direction="row" spacing={1}>
          <TextField size="small" label={t('rooms.code')} value={draft.code} onChange={(e) => setDraft({ ...draft, code: e.target.value })} sx={{ width: 90 }} slotProps={{ htmlInput: { 'data-testid': 'room-code' } }} />
          <TextField size="small" label={t('rooms.name')} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} sx={{ flex: 1 }} slotProps={{ htmlInput: { 'data-testid': 'room-name' } }} />
          <TextField select size="small" label={t('rooms.kind')} value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as RoomKind })} sx={{ width: 170 }}>
            {ROOM_KINDS.map((kind) => (
              <MenuItem key={kind} value={kind}>
                {t(`queue.kinds.${kind}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField size="small" label={t('rooms.ticketPrefix')} value={draft.ticketPrefix} onChange={(e) => setDraft({ ...draft, ticketPrefix: e.target.value.toUpperCase() })} sx={{ width: 110 }} slotProps={{ htmlInput: { maxLength: 2, 'data-testid': 'room-prefix' } }} />
          <Button type="submit" variant="outlined" disabled={save.isPending} data-testid="room-add">
            {t('rooms.add')}
          </Button>
        </Stack>
      )}
    </SettingsSection>
  );
}
