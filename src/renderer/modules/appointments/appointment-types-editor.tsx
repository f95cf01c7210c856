import { TextField } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RESOURCE_KINDS, type AppointmentType, type ResourceKind, type SaveAppointmentTypeInput } from '../../../shared/schemas/appointments';
import { ROOM_KINDS, type RoomKind } from '../../../shared/schemas/queue';
import { useTRPC } from '../../api/client';
import type { DataColumn } from '../../components/data-table/data-table';
import { ChoiceField, type Choice } from '../../components/setup-list/choice-field';
import { SetupListEditor } from '../../components/setup-list/setup-list-editor';

const NEW_TYPE: SaveAppointmentTypeInput = { code: '', name: '', durationMinutes: 15, roomKind: null, resourceKind: null, active: true };

/** Kinds of appointment: each sets the slot length, and what room and helper it needs. */
export function AppointmentTypesEditor() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const types = useQuery(trpc.appointments.types.list.queryOptions());
  const save = useMutation(trpc.appointments.types.save.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.appointments.pathKey() }) }));
  const roomKindOf = (type: AppointmentType): string => (type.roomKind ? t(`queue.kinds.${type.roomKind}`) : t('appointments.types.doctorsRoom'));
  const resourceKindOf = (type: AppointmentType): string => (type.resourceKind ? t(`appointments.resourceKinds.${type.resourceKind}`) : t('common.none'));
  const columns: DataColumn<AppointmentType>[] = [
    { key: 'code', header: t('appointments.types.code'), cell: (type) => type.code, sortValue: (type) => type.code },
    { key: 'name', header: t('appointments.types.name'), cell: (type) => type.name, sortValue: (type) => type.name },
    { key: 'duration', header: t('appointments.types.duration'), cell: (type) => t('appointments.minutes', { count: type.durationMinutes }), sortValue: (type) => type.durationMinutes },
    { key: 'roomKind', header: t('appointments.types.roomKind'), cell: roomKindOf, sortValue: roomKindOf },
    { key: 'resourceKind', header: t('appointments.types.resourceKind'), cell: resourceKindOf, sortValue: resourceKindOf },
  ];
  const roomChoices: Choice<RoomKind | ''>[] = [{ value: '', label: t('appointments.types.doctorsRoom') }, ...ROOM_KINDS.map((kind) => ({ value: kind, label: t(`queue.kinds.${kind}`) }))];
  const resourceChoices: Choice<ResourceKind | ''>[] = [{ value: '', label: t('common.none') }, ...RESOURCE_KINDS.map((kind) => ({ value: kind, label: t(`appointments.resourceKinds.${kind}`) }))];
  return (
    <SetupListEditor
      words={{ title: t('appointments.setup.types'), add: t('appointments.types.add'), edit: t('appointments.types.edit'), empty: t('appointments.types.none') }}
      testId="type-form" editable list={types} save={save} blank={NEW_TYPE} columns={columns} rowTestId={(type) => `type-row-${type.code}`}
      fields={(draft, set, check) => (
        <>
          <TextField size="small" label={t('appointments.types.code')} value={draft.code} {...check('code')} onChange={(e) => set({ code: e.target.value.toUpperCase() })} sx={{ width: 110 }} slotProps={{ htmlInput: { maxLength: 12, 'data-testid': 'type-code' } }} />
          <TextField size="small" label={t('appointments.types.name')} value={draft.name} {...check('name')} onChange={(e) => set({ name: e.target.value })} sx={{ flex: 1, minWidth: 200 }} slotProps={{ htmlInput: { maxLength: 60, 'data-testid': 'type-name' } }} />
          <TextField size="small" type="number" label={t('appointments.types.duration')} value={draft.durationMinutes} {...check('durationMinutes')} onChange={(e) => set({ durationMinutes: Number(e.target.value) })} sx={{ width: 120 }} slotProps={{ htmlInput: { min: 5, max: 480, step: 5, 'data-testid': 'type-duration' } }} />
          <ChoiceField<RoomKind | ''> label={t('appointments.types.roomKind')} value={draft.roomKind ?? ''} choices={roomChoices} onChange={(kind) => set({ roomKind: kind || null })} width={190} />
          <ChoiceField<ResourceKind | ''> label={t('appointments.types.resourceKind')} value={draft.resourceKind ?? ''} choices={resourceChoices} onChange={(kind) => set({ resourceKind: kind || null })} width={170} />
        </>
      )}
    />
  );
}
