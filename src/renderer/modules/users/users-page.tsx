import { Button, Chip, Stack, Typography } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../shared/schemas/users';
import { useTRPC } from '../../api/client';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicDates } from '../../format/use-clinic-clock';
import { useCan } from '../../session/session-context';
import { ResetPasswordDialog } from './reset-password-dialog';
import { UserDialog } from './user-dialog';

type Editing = { kind: 'create' } | { kind: 'edit'; user: UserSummary } | { kind: 'reset'; user: UserSummary } | null;

export function UsersPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canManage = useCan('users.manage');
  const users = useQuery(trpc.users.list.queryOptions());
  const [editing, setEditing] = useState<Editing>(null);
  const setDisabled = useMutation(
    trpc.users.setDisabled.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() }) }),
  );

  const statusOf = (user: UserSummary): string => {
    if (user.disabled) return t('users.disabled');
    return t('users.active');
  };
  const dates = useClinicDates();
  const manageColumn: DataColumn<UserSummary> = {
    key: 'manage',
    align: 'right',
    // The buttons wrap rather than push the table past the screen (Malay's words are long).
    cell: (user) => (
      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', justifyContent: 'flex-end' }}>
        <Button size="small" onClick={() => setEditing({ kind: 'edit', user })}>
          {t('users.edit')}
        </Button>
        <Button size="small" onClick={() => setEditing({ kind: 'reset', user })}>
          {t('users.resetPassword')}
        </Button>
        <Button size="small" color={user.disabled ? 'primary' : 'warning'} onClick={() => setDisabled.mutate({ id: user.id, disabled: !user.disabled })}>
          {user.disabled ? t('users.enable') : t('users.disable')}
        </Button>
      </Stack>
    ),
  };
  const columns: DataColumn<UserSummary>[] = [
    { key: 'username', header: t('users.username'), cell: (user) => user.username, sortValue: (user) => user.username },
    { key: 'displayName', header: t('users.displayName'), cell: (user) => user.displayName, sortValue: (user) => user.displayName },
    {
      key: 'roles',
      header: t('users.roles'),
      cell: (user) => user.roles.map((role) => <Chip key={role} label={t(`roles.${role}`)} size="small" sx={{ mr: 0.5 }} />),
    },
    { key: 'status', header: t('users.status'), cell: statusOf, sortValue: statusOf },
    {
      key: 'lastLogin',
      header: t('users.lastLogin'),
      cell: (user) => (user.lastLoginAt ? dates.dateTime(user.lastLoginAt) : t('users.never')),
      sortValue: (user) => user.lastLoginAt ?? null,
      nowrap: true,
    },
    ...(canManage ? [manageColumn] : []),
  ];

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="h4" component="h1">
          {t('nav.users')}
        </Typography>
        {canManage && (
          <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setEditing({ kind: 'create' })} data-testid="users-create">
            {t('users.create')}
          </Button>
        )}
      </Stack>
      <ErrorAlert error={users.error ?? setDisabled.error} />
      <DataTable columns={columns} rows={users.data} rowKey={(user) => user.id} rowTestId={(user) => `user-row-${user.username}`} loading={users.isPending} pageSize={50} />
      {editing?.kind === 'create' && <UserDialog user={null} onClose={() => setEditing(null)} />}
      {editing?.kind === 'edit' && <UserDialog user={editing.user} onClose={() => setEditing(null)} />}
      {editing?.kind === 'reset' && <ResetPasswordDialog user={editing.user} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
