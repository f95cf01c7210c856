import { TextField } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROOM_KINDS, type Room, type RoomKind, type SaveRoomInput } from '../../../shared/schemas/queue';
import { useTRPC } from '../../api/client';
import type { DataColumn } from '../../components/data-table/data-table';
import { ChoiceField } from '../../components/setup-list/choice-field';
import { SetupListEditor } from '../../components/setup-list/setup-list-editor';
import { StrandedAlert } from '../appointments/stranded-appointments';

const NEW_ROOM: SaveRoomInput = { code: '', name: '', kind: 'consultation', ticketPrefix: 'A', active: true, capacity: 1, cleanupMinutes: 0 };

/** Rooms and stations patients queue for; each has the letter its tickets start with. A click on a room edits it. */
export function RoomsForm({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rooms = useQuery(trpc.rooms.list.queryOptions());
  const [savedRoomId, setSavedRoomId] = useState<string | null>(null);
  const save = useMutation(
    trpc.rooms.save.mutationOptions({
      onSuccess: (room) => {
        setSavedRoomId(room.id);
        void queryClient.invalidateQueries({ queryKey: trpc.rooms.list.queryKey() });
      },
    }),
  );
  // What the saved room now leaves outside the schedule is the appointments module's to say.
  const stranded = useQuery({ ...trpc.appointments.strandedInRoom.queryOptions({ roomId: savedRoomId ?? '' }), enabled: savedRoomId !== null });
  const columns: DataColumn<Room>[] = [
    { key: 'code', header: t('rooms.code'), cell: (room) => <strong>{room.code}</strong>, sortValue: (room) => room.code, width: 64 },
    { key: 'name', header: t('rooms.name'), cell: (room) => room.name, sortValue: (room) => room.name },
    { key: 'kind', header: t('rooms.kind'), cell: (room) => t(`queue.kinds.${room.kind}`), sortValue: (room) => room.kind },
    { key: 'ticket', header: t('rooms.ticketPrefix'), cell: (room) => `${room.ticketPrefix}001`, sortValue: (room) => room.ticketPrefix },
    { key: 'capacity', header: t('appointments.rooms.capacity'), align: 'right', cell: (room) => room.capacity, sortValue: (room) => room.capacity },
    { key: 'cleanup', header: t('appointments.rooms.cleanupMinutes'), align: 'right', cell: (room) => room.cleanupMinutes, sortValue: (room) => room.cleanupMinutes },
  ];
  return (
    <SetupListEditor
      words={{ title: t('rooms.title'), add: t('rooms.add'), empty: t('rooms.none'), active: t('rooms.active') }}
      testId="room-form" editable={editable} list={rooms} save={save} blank={NEW_ROOM} columns={columns} rowTestId={(room) => `room-row-${room.code}`}
      fields={(draft, set, check) => (
        <>
          <TextField size="small" label={t('rooms.code')} value={draft.code} {...check('code')} onChange={(e) => set({ code: e.target.value })} sx={{ width: 90 }} slotProps={{ htmlInput: { 'data-testid': 'room-code' } }} />
          <TextField size="small" label={t('rooms.name')} value={draft.name} {...check('name')} onChange={(e) => set({ name: e.target.value })} sx={{ flex: 1, minWidth: 200 }} slotProps={{ htmlInput: { 'data-testid': 'room-name' } }} />
          <ChoiceField<RoomKind> label={t('rooms.kind')} value={draft.kind} choices={ROOM_KINDS.map((kind) => ({ value: kind, label: t(`queue.kinds.${kind}`) }))} onChange={(kind) => set({ kind })} width={170} />
          <TextField size="small" label={t('rooms.ticketPrefix')} value={draft.ticketPrefix} {...check('ticketPrefix')} onChange={(e) => set({ ticketPrefix: e.target.value.toUpperCase() })} sx={{ width: 110 }} slotProps={{ htmlInput: { maxLength: 2, 'data-testid': 'room-prefix' } }} />
          <TextField size="small" type="number" label={t('appointments.rooms.capacity')} value={draft.capacity} {...check('capacity')} onChange={(e) => set({ capacity: Number(e.target.value) })} sx={{ width: 90 }} slotProps={{ htmlInput: { min: 1, max: 50, 'data-testid': 'room-capacity' } }} />
          <TextField size="small" type="number" label={t('appointments.rooms.cleanupMinutes')} value={draft.cleanupMinutes} {...check('cleanupMinutes')} onChange={(e) => set({ cleanupMinutes: Number(e.target.value) })} sx={{ width: 110 }} slotProps={{ htmlInput: { min: 0, max: 120, step: 5, 'data-testid': 'room-cleanup' } }} />
        </>
      )}
    >
      {/* A room retired or given another kind leaves the appointments booked in it without one. */}
      <StrandedAlert saved={stranded.data} />
    </SetupListEditor>
  );
}
