import { Checkbox, FormControlLabel, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESOURCE_KINDS, type ResourceKind, type SaveResourceInput } from '../../../shared/schemas/appointments';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { fieldRejected } from '../../components/field-error';
import { useCan } from '../../session/session-context';
import { EditorCard } from './editor-card';
import { StrandedAlert } from './stranded-appointments';

const NEW_RESOURCE: SaveResourceInput = { name: '', kind: 'nurse', userId: null, active: true };

/** Nurses, therapists and equipment an appointment type can need besides the doctor. */
export function ResourcesEditor() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const resources = useQuery(trpc.appointments.resources.list.queryOptions());
  // Linking a staff account needs the user list; without that permission the link is just not offered.
  const users = useQuery({ ...trpc.users.list.queryOptions(), enabled: useCan('users.view') });
  const [draft, setDraft] = useState<SaveResourceInput>(NEW_RESOURCE);
  const save = useMutation(
    trpc.appointments.resources.save.mutationOptions({
      onSuccess: () => {
        setDraft(NEW_RESOURCE);
        void queryClient.invalidateQueries({ queryKey: trpc.appointments.pathKey() });
      },
    }),
  );
  const set = (changes: Partial<SaveResourceInput>): void => setDraft({ ...draft, ...changes });
  const staff = (users.data ?? []).filter((user) => !user.disabled);
  const nameOf = (userId: string | null): string => (userId ? (users.data?.find((u) => u.id === userId)?.displayName ?? '—') : t('common.none'));
  return (
    <>
      <EditorCard title={t(draft.id ? 'appointments.resources.edit' : 'appointments.resources.add')} editing={draft.id !== undefined} pending={save.isPending} error={save.error} testId="resource-form" onSubmit={() => save.mutate(draft)} onNew={() => setDraft(NEW_RESOURCE)}>
        <TextField size="small" label={t('appointments.resources.name')} value={draft.name} error={fieldRejected(save.error, 'name')} onChange={(e) => set({ name: e.target.value })} sx={{ flex: 1, minWidth: 200 }} slotProps={{ htmlInput: { maxLength: 80, 'data-testid': 'resource-name' } }} />
        <TextField select size="small" label={t('appointments.resources.kind')} value={draft.kind} onChange={(e) => set({ kind: e.target.value as ResourceKind })} sx={{ width: 160 }}>
          {RESOURCE_KINDS.map((kind) => (
            <MenuItem key={kind} value={kind}>
              {t(`appointments.resourceKinds.${kind}`)}
            </MenuItem>
          ))}
        </TextField>
        {users.isSuccess && (
          <TextField select size="small" label={t('appointments.resources.user')} value={draft.userId ?? ''} onChange={(e) => set({ userId: e.target.value || null })} sx={{ width: 220 }}>
            <MenuItem value="">{t('common.none')}</MenuItem>
            {staff.map((user) => (
              <MenuItem key={user.id} value={user.id}>
                {user.displayName}
              </MenuItem>
            ))}
          </TextField>
        )}
        <FormControlLabel control={<Checkbox checked={draft.active} onChange={(e) => set({ active: e.target.checked })} />} label={t('appointments.active')} />
      </EditorCard>
      <StrandedAlert saved={save.data} />
      <ErrorAlert error={resources.error} />
      {resources.data?.length === 0 && <Typography color="text.secondary">{t('appointments.resources.none')}</Typography>}
      {resources.data && resources.data.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('appointments.resources.name')}</TableCell>
              <TableCell>{t('appointments.resources.kind')}</TableCell>
              <TableCell>{t('appointments.resources.user')}</TableCell>
              <TableCell>{t('appointments.active')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {resources.data.map((resource) => (
              <TableRow key={resource.id} hover selected={resource.id === draft.id} onClick={() => setDraft(resource)} sx={{ cursor: 'pointer' }} data-testid={`resource-row-${resource.id}`}>
                <TableCell>{resource.name}</TableCell>
                <TableCell>{t(`appointments.resourceKinds.${resource.kind}`)}</TableCell>
                <TableCell>{nameOf(resource.userId)}</TableCell>
                <TableCell>{resource.active ? t('common.yes') : t('common.no')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
