import { TextField } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RESOURCE_KINDS, type Resource, type ResourceKind, type SaveResourceInput } from '../../../shared/schemas/appointments';
import { useTRPC } from '../../api/client';
import type { DataColumn } from '../../components/data-table/data-table';
import { ChoiceField, type Choice } from '../../components/setup-list/choice-field';
import { SetupListEditor } from '../../components/setup-list/setup-list-editor';
import { useCan } from '../../session/session-context';
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
  const save = useMutation(trpc.appointments.resources.save.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.appointments.pathKey() }) }));
  const staffChoices: Choice<string>[] = [{ value: '', label: t('common.none') }, ...(users.data ?? []).filter((user) => !user.disabled).map((user) => ({ value: user.id, label: user.displayName }))];
  const nameOf = (resource: Resource): string => (resource.userId ? (users.data?.find((u) => u.id === resource.userId)?.displayName ?? '—') : t('common.none'));
  const columns: DataColumn<Resource>[] = [
    { key: 'name', header: t('appointments.resources.name'), cell: (resource) => resource.name, sortValue: (resource) => resource.name },
    { key: 'kind', header: t('appointments.resources.kind'), cell: (resource) => t(`appointments.resourceKinds.${resource.kind}`), sortValue: (resource) => resource.kind },
    { key: 'user', header: t('appointments.resources.user'), cell: nameOf, sortValue: nameOf },
  ];
  return (
    <SetupListEditor
      words={{ title: t('appointments.setup.resources'), add: t('appointments.resources.add'), edit: t('appointments.resources.edit'), empty: t('appointments.resources.none') }}
      testId="resource-form" editable list={resources} save={save} blank={NEW_RESOURCE} columns={columns} rowTestId={(resource) => `resource-row-${resource.id}`}
      fields={(draft, set, check) => (
        <>
          <TextField size="small" label={t('appointments.resources.name')} value={draft.name} {...check('name')} onChange={(e) => set({ name: e.target.value })} sx={{ flex: 1, minWidth: 200 }} slotProps={{ htmlInput: { maxLength: 80, 'data-testid': 'resource-name' } }} />
          <ChoiceField<ResourceKind> label={t('appointments.resources.kind')} value={draft.kind} choices={RESOURCE_KINDS.map((kind) => ({ value: kind, label: t(`appointments.resourceKinds.${kind}`) }))} onChange={(kind) => set({ kind })} width={160} />
          {users.isSuccess && <ChoiceField label={t('appointments.resources.user')} value={draft.userId ?? ''} choices={staffChoices} onChange={(userId) => set({ userId: userId || null })} width={220} />}
        </>
      )}
    >
      <StrandedAlert saved={save.data} />
    </SetupListEditor>
  );
}
