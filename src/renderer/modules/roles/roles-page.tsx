import { Alert, Button, Checkbox, Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERMISSIONS, type Permission, type RoleKey } from '../../../shared/permissions';
import type { RoleSummary } from '../../../shared/schemas/users';
import { useTRPC } from '../../api/client';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { useCan } from '../../session/session-context';

/**
 * Permissions down the side, roles across, so the grid fits a front-desk screen however many
 * permissions there are; one Save writes every role that was changed.
 */
export function RolesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canManage = useCan('roles.manage');
  const roles = useQuery(trpc.roles.list.queryOptions());
  const [edits, setEdits] = useState<Partial<Record<RoleKey, Permission[]>>>({});
  const save = useMutation(
    trpc.roles.updatePermissions.mutationOptions({
      onSuccess: (_result, input) => {
        setEdits((current) => ({ ...current, [input.role]: undefined }));
        void queryClient.invalidateQueries({ queryKey: trpc.roles.list.queryKey() });
      },
    }),
  );

  const permissionsOf = (role: RoleSummary): Permission[] => edits[role.key] ?? role.permissions;
  const toggle = (role: RoleSummary, permission: Permission): void => {
    const current = permissionsOf(role);
    const next = current.includes(permission) ? current.filter((p) => p !== permission) : [...current, permission];
    setEdits((all) => ({ ...all, [role.key]: next }));
  };
  const changed = (roles.data ?? []).filter((role) => edits[role.key]);
  const saveChanged = async (): Promise<void> => {
    // One role at a time: a refusal stops there, and the roles not yet saved keep their ticks.
    for (const role of changed) await save.mutateAsync({ role: role.key, permissions: permissionsOf(role) });
  };
  const columns: DataColumn<Permission>[] = [
    { key: 'permission', header: t('rolesPage.permission'), cell: (permission) => t(`permissions.${permission}`) },
    ...(roles.data ?? []).map(
      (role): DataColumn<Permission> => ({
        key: role.key,
        align: 'center',
        header: (
          <>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {t(`roles.${role.key}`)}
            </Typography>
            <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
              {t('rolesPage.users', { count: role.userCount })}
            </Typography>
          </>
        ),
        cell: (permission) => (
          <Checkbox
            size="small"
            checked={permissionsOf(role).includes(permission)}
            disabled={!canManage}
            onChange={() => toggle(role, permission)}
            slotProps={{ input: { 'aria-label': `${t(`roles.${role.key}`)}: ${t(`permissions.${permission}`)}`, 'data-testid': `role-${role.key}-${permission}` } as object }}
          />
        ),
      }),
    ),
  ];

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h4" component="h1" sx={{ flex: 1 }}>
          {t('nav.roles')}
        </Typography>
        {canManage && (
          <>
            <Button disabled={changed.length === 0 || save.isPending} onClick={() => setEdits({})} data-testid="roles-discard">
              {t('rolesPage.discard')}
            </Button>
            <Button variant="contained" disabled={changed.length === 0 || save.isPending} onClick={() => void saveChanged().catch(() => undefined)} data-testid="roles-save">
              {changed.length === 0 ? t('common.save') : t('rolesPage.save', { count: changed.length })}
            </Button>
          </>
        )}
      </Stack>
      {!canManage && <Alert severity="info">{t('rolesPage.readOnly')}</Alert>}
      <ErrorAlert error={roles.error ?? save.error} />
      <DataTable columns={columns} rows={roles.data ? PERMISSIONS : undefined} rowKey={(permission) => permission} rowTestId={(permission) => `permission-row-${permission}`} loading={roles.isPending} stickyHeader />
    </Stack>
  );
}
