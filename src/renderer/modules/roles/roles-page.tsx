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

/** Roles down the side, permissions across; each role row is saved on its own. */
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
  const columns: DataColumn<RoleSummary>[] = [
    {
      key: 'role',
      header: t('rolesPage.role'),
      nowrap: true,
      cell: (role) => (
        <>
          <Typography sx={{ fontWeight: 600 }}>{t(`roles.${role.key}`)}</Typography>
          <Typography variant="caption" color="text.secondary">
            {t('rolesPage.users', { count: role.userCount })}
          </Typography>
        </>
      ),
    },
    ...PERMISSIONS.map((permission): DataColumn<RoleSummary> => ({
      key: permission,
      header: <span style={{ fontSize: '0.75rem' }}>{t(`permissions.${permission}`)}</span>,
      align: 'center',
      width: 80,
      cell: (role) => (
        <Checkbox
          checked={permissionsOf(role).includes(permission)}
          disabled={!canManage}
          onChange={() => toggle(role, permission)}
          slotProps={{ input: { 'aria-label': `${t(`roles.${role.key}`)}: ${t(`permissions.${permission}`)}` } as object }}
        />
      ),
    })),
    {
      key: 'save',
      cell: (role) =>
        canManage && (
          <Button size="small" variant="contained" disabled={!edits[role.key] || save.isPending} onClick={() => save.mutate({ role: role.key, permissions: permissionsOf(role) })}>
            {t('common.save')}
          </Button>
        ),
    },
  ];

  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        {t('nav.roles')}
      </Typography>
      {!canManage && <Alert severity="info">{t('rolesPage.readOnly')}</Alert>}
      <ErrorAlert error={roles.error ?? save.error} />
      <DataTable columns={columns} rows={roles.data} rowKey={(role) => role.key} rowTestId={(role) => `role-row-${role.key}`} loading={roles.isPending} stickyHeader />
    </Stack>
  );
}
