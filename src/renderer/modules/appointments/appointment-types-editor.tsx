import { Checkbox, FormControlLabel, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESOURCE_KINDS, type ResourceKind, type SaveAppointmentTypeInput } from '../../../shared/schemas/appointments';
import { ROOM_KINDS, type RoomKind } from '../../../shared/schemas/queue';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { fieldRejected } from '../../components/field-error';
import { EditorCard } from './editor-card';

const NEW_TYPE: SaveAppointmentTypeInput = { code: '', name: '', durationMinutes: 15, roomKind: null, resourceKind: null, active: true };

/** Kinds of appointment: each sets the slot length, and what room and helper it needs. */
export function AppointmentTypesEditor() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const types = useQuery(trpc.appointments.types.list.queryOptions());
  const [draft, setDraft] = useState<SaveAppointmentTypeInput>(NEW_TYPE);
  const save = useMutation(
    trpc.appointments.types.save.mutationOptions({
      onSuccess: () => {
        setDraft(NEW_TYPE);
        void queryClient.invalidateQueries({ queryKey: trpc.appointments.pathKey() });
      },
    }),
  );
  const set = (changes: Partial<SaveAppointmentTypeInput>): void => setDraft({ ...draft, ...changes });
  return (
    <>
      <EditorCard title={t(draft.id ? 'appointments.types.edit' : 'appointments.types.add')} editing={draft.id !== undefined} pending={save.isPending} error={save.error} testId="type-form" onSubmit={() => save.mutate(draft)} onNew={() => setDraft(NEW_TYPE)}>
        <TextField size="small" label={t('appointments.types.code')} value={draft.code} error={fieldRejected(save.error, 'code')} onChange={(e) => set({ code: e.target.value.toUpperCase() })} sx={{ width: 110 }} slotProps={{ htmlInput: { maxLength: 12, 'data-testid': 'type-code' } }} />
        <TextField size="small" label={t('appointments.types.name')} value={draft.name} error={fieldRejected(save.error, 'name')} onChange={(e) => set({ name: e.target.value })} sx={{ flex: 1, minWidth: 200 }} slotProps={{ htmlInput: { maxLength: 60, 'data-testid': 'type-name' } }} />
        <TextField size="small" type="number" label={t('appointments.types.duration')} value={draft.durationMinutes} error={fieldRejected(save.error, 'durationMinutes')} onChange={(e) => set({ durationMinutes: Number(e.target.value) })} sx={{ width: 120 }} slotProps={{ htmlInput: { min: 5, max: 480, step: 5, 'data-testid': 'type-duration' } }} />
        <TextField select size="small" label={t('appointments.types.roomKind')} value={draft.roomKind ?? ''} onChange={(e) => set({ roomKind: (e.target.value || null) as RoomKind | null })} sx={{ width: 190 }}>
          <MenuItem value="">{t('appointments.types.doctorsRoom')}</MenuItem>
          {ROOM_KINDS.map((kind) => (
            <MenuItem key={kind} value={kind}>
              {t(`queue.kinds.${kind}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select size="small" label={t('appointments.types.resourceKind')} value={draft.resourceKind ?? ''} onChange={(e) => set({ resourceKind: (e.target.value || null) as ResourceKind | null })} sx={{ width: 170 }}>
          <MenuItem value="">{t('common.none')}</MenuItem>
          {RESOURCE_KINDS.map((kind) => (
            <MenuItem key={kind} value={kind}>
              {t(`appointments.resourceKinds.${kind}`)}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel control={<Checkbox checked={draft.active} onChange={(e) => set({ active: e.target.checked })} />} label={t('appointments.active')} />
      </EditorCard>
      <ErrorAlert error={types.error} />
      {types.data?.length === 0 && <Typography color="text.secondary">{t('appointments.types.none')}</Typography>}
      {types.data && types.data.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('appointments.types.code')}</TableCell>
              <TableCell>{t('appointments.types.name')}</TableCell>
              <TableCell>{t('appointments.types.duration')}</TableCell>
              <TableCell>{t('appointments.types.roomKind')}</TableCell>
              <TableCell>{t('appointments.types.resourceKind')}</TableCell>
              <TableCell>{t('appointments.active')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {types.data.map((type) => (
              <TableRow key={type.id} hover selected={type.id === draft.id} onClick={() => setDraft(type)} sx={{ cursor: 'pointer' }} data-testid={`type-row-${type.code}`}>
                <TableCell>{type.code}</TableCell>
                <TableCell>{type.name}</TableCell>
                <TableCell>{t('appointments.minutes', { count: type.durationMinutes })}</TableCell>
                <TableCell>{type.roomKind ? t(`queue.kinds.${type.roomKind}`) : t('appointments.types.doctorsRoom')}</TableCell>
                <TableCell>{type.resourceKind ? t(`appointments.resourceKinds.${type.resourceKind}`) : t('common.none')}</TableCell>
                <TableCell>{type.active ? t('common.yes') : t('common.no')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
