import { Button, Chip, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../shared/schemas/users';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
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
      <TableContainer component={Paper} variant="outlined">
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('users.username')}</TableCell>
              <TableCell>{t('users.displayName')}</TableCell>
              <TableCell>{t('users.roles')}</TableCell>
              <TableCell>{t('users.status')}</TableCell>
              <TableCell>{t('users.lastLogin')}</TableCell>
              {canManage && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {users.data?.map((user) => (
              <TableRow key={user.id} data-testid={`user-row-${user.username}`}>
                <TableCell>{user.username}</TableCell>
                <TableCell>{user.displayName}</TableCell>
                <TableCell>
                  {user.roles.map((role) => (
                    <Chip key={role} label={t(`roles.${role}`)} size="small" sx={{ mr: 0.5 }} />
                  ))}
                </TableCell>
                <TableCell>{statusOf(user)}</TableCell>
                <TableCell>{user.lastLoginAt ? new Date(user.lastLoginAt).toLocaleString() : t('users.never')}</TableCell>
                {canManage && (
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Button size="small" onClick={() => setEditing({ kind: 'edit', user })}>
                      {t('users.edit')}
                    </Button>
                    <Button size="small" onClick={() => setEditing({ kind: 'reset', user })}>
                      {t('users.resetPassword')}
                    </Button>
                    <Button size="small" color={user.disabled ? 'primary' : 'warning'} onClick={() => setDisabled.mutate({ id: user.id, disabled: !user.disabled })}>
                      {user.disabled ? t('users.enable') : t('users.disable')}
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {editing?.kind === 'create' && <UserDialog user={null} onClose={() => setEditing(null)} />}
      {editing?.kind === 'edit' && <UserDialog user={editing.user} onClose={() => setEditing(null)} />}
      {editing?.kind === 'reset' && <ResetPasswordDialog user={editing.user} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
