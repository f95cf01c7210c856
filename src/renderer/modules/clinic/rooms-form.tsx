import { Button, Checkbox, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROOM_KINDS, type Room, type RoomKind, type SaveRoomInput } from '../../../shared/schemas/queue';
import { useTRPC } from '../../api/client';
import { StrandedAlert } from '../appointments/stranded-appointments';
import { SettingsSection } from './settings-section';

const NEW_ROOM: SaveRoomInput = { code: '', name: '', kind: 'consultation', ticketPrefix: 'A', active: true, capacity: 1, cleanupMinutes: 0 };
type RoomNumber = 'capacity' | 'cleanupMinutes';

/** Rooms and stations patients queue for; each has the letter its tickets start with. */
export function RoomsForm({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rooms = useQuery(trpc.rooms.list.queryOptions());
  const [draft, setDraft] = useState<SaveRoomInput>(NEW_ROOM);
  const [savedRoomId, setSavedRoomId] = useState<string | null>(null);
  const save = useMutation(
    trpc.rooms.save.mutationOptions({
      onSuccess: (room) => {
        setDraft(NEW_ROOM);
        setSavedRoomId(room.id);
        void queryClient.invalidateQueries({ queryKey: trpc.rooms.list.queryKey() });
      },
    }),
  );
  // What the saved room now leaves outside the schedule is the appointments module's to say.
  const stranded = useQuery({ ...trpc.appointments.strandedInRoom.queryOptions({ roomId: savedRoomId ?? '' }), enabled: savedRoomId !== null });
  // Saved when the field is left, so an existing room's capacity and clean-up can change too.
  const saveNumber = (room: Room, field: RoomNumber, text: string): void => {
    if (text.trim() !== '' && Number(text) !== room[field]) save.mutate({ ...room, [field]: Number(text) });
  };
  // Enter in a room's own field saves that room (by leaving the field), not the new-room form around it.
  const leaveOnEnter = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLElement)) return;
    event.preventDefault();
    event.target.blur();
  };
  return (
    <SettingsSection title={t('rooms.title')} editable={editable} pending={save.isPending} saved={save.isSuccess} error={save.error ?? rooms.error} onSubmit={() => save.mutate(draft)}>
      {rooms.data?.length === 0 && <Typography color="text.secondary">{t('rooms.none')}</Typography>}
      {rooms.data?.map((room) => (
        <Stack key={room.id} direction="row" spacing={2} sx={{ alignItems: 'center' }} data-testid={`room-row-${room.code}`}>
          <Typography sx={{ width: 48, fontWeight: 700 }}>{room.code}</Typography>
          <Typography sx={{ flex: 1 }}>{room.name}</Typography>
          <Typography color="text.secondary">{t(`queue.kinds.${room.kind}`)} · {room.ticketPrefix}001</Typography>
          {editable ? (
            <>
              <TextField size="small" type="number" label={t('appointments.rooms.capacity')} defaultValue={room.capacity} onBlur={(e) => saveNumber(room, 'capacity', e.target.value)} onKeyDown={leaveOnEnter} sx={{ width: 90 }} slotProps={{ htmlInput: { min: 1, max: 50, 'data-testid': `room-capacity-${room.code}` } }} />
              <TextField size="small" type="number" label={t('appointments.rooms.cleanupMinutes')} defaultValue={room.cleanupMinutes} onBlur={(e) => saveNumber(room, 'cleanupMinutes', e.target.value)} onKeyDown={leaveOnEnter} sx={{ width: 110 }} slotProps={{ htmlInput: { min: 0, max: 120, step: 5, 'data-testid': `room-cleanup-${room.code}` } }} />
            </>
          ) : (
            <Typography color="text.secondary">{t('appointments.rooms.summary', { capacity: room.capacity, minutes: room.cleanupMinutes })}</Typography>
          )}
          {editable && (
            <Checkbox checked={room.active} title={t('rooms.active')} onChange={(e) => save.mutate({ ...room, active: e.target.checked })} />
          )}
        </Stack>
      ))}
      {/* A room retired or given another kind leaves the appointments booked in it without one. */}
      <StrandedAlert saved={stranded.data} />
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
          <TextField size="small" type="number" label={t('appointments.rooms.capacity')} value={draft.capacity} onChange={(e) => setDraft({ ...draft, capacity: Number(e.target.value) })} sx={{ width: 90 }} slotProps={{ htmlInput: { min: 1, max: 50, 'data-testid': 'room-capacity' } }} />
          <TextField size="small" type="number" label={t('appointments.rooms.cleanupMinutes')} value={draft.cleanupMinutes} onChange={(e) => setDraft({ ...draft, cleanupMinutes: Number(e.target.value) })} sx={{ width: 110 }} slotProps={{ htmlInput: { min: 0, max: 120, step: 5, 'data-testid': 'room-cleanup' } }} />
          <Button type="submit" variant="outlined" disabled={save.isPending} data-testid="room-add">
            {t('rooms.add')}
          </Button>
        </Stack>
      )}
    </SettingsSection>
  );
}
