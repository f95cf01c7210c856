import { Alert, Button, Checkbox, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERMISSIONS, type Permission, type RoleKey } from '../../../shared/permissions';
import type { RoleSummary } from '../../../shared/schemas/users';
import { useTRPC } from '../../api/client';
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

  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        {t('nav.roles')}
      </Typography>
      {!canManage && <Alert severity="info">{t('rolesPage.readOnly')}</Alert>}
      <ErrorAlert error={roles.error ?? save.error} />
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" stickyHeader>
          <TableHead>
            <TableRow>
              <TableCell>{t('rolesPage.role')}</TableCell>
              {PERMISSIONS.map((permission) => (
                <TableCell key={permission} align="center" sx={{ fontSize: '0.75rem', minWidth: 80 }}>
                  {t(`permissions.${permission}`)}
                </TableCell>
              ))}
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {roles.data?.map((role) => (
              <TableRow key={role.key} hover>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Typography sx={{ fontWeight: 600 }}>{t(`roles.${role.key}`)}</Typography>
                  <Typography variant="caption" color="text.secondary">
                    {t('rolesPage.users', { count: role.userCount })}
                  </Typography>
                </TableCell>
                {PERMISSIONS.map((permission) => (
                  <TableCell key={permission} align="center" padding="checkbox">
                    <Checkbox
                      checked={permissionsOf(role).includes(permission)}
                      disabled={!canManage}
                      onChange={() => toggle(role, permission)}
                      slotProps={{ input: { 'aria-label': `${t(`roles.${role.key}`)}: ${t(`permissions.${permission}`)}` } as object }}
                    />
                  </TableCell>
                ))}
                <TableCell>
                  {canManage && (
                    <Button
                      size="small"
                      variant="contained"
                      disabled={!edits[role.key] || save.isPending}
                      onClick={() => save.mutate({ role: role.key, permissions: permissionsOf(role) })}
                    >
                      {t('common.save')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
}
