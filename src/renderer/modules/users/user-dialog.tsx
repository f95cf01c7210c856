import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleKey } from '../../../shared/permissions';
import { textLimitsOf } from '../../../shared/schemas/field-paths';
import { createUserInputSchema, type UserSummary } from '../../../shared/schemas/users';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useFormErrors } from '../../components/form-errors/use-form-errors';
import { RoleSelect } from './role-select';

const LIMITS = textLimitsOf(createUserInputSchema);

/** Creates a user (with a temporary password) or, given `user`, edits name and roles. */
export function UserDialog({ user, onClose }: { user: UserSummary | null; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState(user?.username ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [password, setPassword] = useState('');
  const [mmcNo, setMmcNo] = useState(user?.mmcNo ?? '');
  const [qualifications, setQualifications] = useState(user?.qualifications ?? '');
  const [roles, setRoles] = useState<RoleKey[]>(user?.roles ?? []);
  const done = (): void => {
    void queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
    onClose();
  };
  const create = useMutation(trpc.users.create.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.users.update.mutationOptions({ onSuccess: done }));
  const error = user ? update.error : create.error;
  const form = useFormErrors({ error, limits: LIMITS });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (user) update.mutate({ id: user.id, displayName, mmcNo, qualifications, roles });
    else create.mutate({ username, displayName, mmcNo, qualifications, password, roles });
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" slotProps={{ paper: { component: 'form', onSubmit: submit } as object }}>
      <DialogTitle>{user ? `${t('users.edit')}: ${user.username}` : t('users.create')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }} ref={form.ref}>
          {!user && (
            <TextField
              label={t('users.username')}
              required
              autoFocus
              value={username}
              {...form.check('username', username)}
              onChange={(event) => setUsername(event.target.value)}
              slotProps={{ htmlInput: { ...form.input('username'), 'data-testid': 'user-username' } }}
            />
          )}
          <TextField
            label={t('users.displayName')}
            required
            autoFocus={Boolean(user)}
            value={displayName}
            {...form.check('displayName', displayName)}
            onChange={(event) => setDisplayName(event.target.value)}
            slotProps={{ htmlInput: { ...form.input('displayName'), 'data-testid': 'user-display-name' } }}
          />
          {!user && (
            <TextField
              label={t('users.temporaryPassword')}
              type="password"
              required
              autoComplete="new-password"
              value={password}
              {...form.check('password', undefined, t('setup.passwordRule'))}
              onChange={(event) => setPassword(event.target.value)}
              slotProps={{ htmlInput: { ...form.input('password'), 'data-testid': 'user-password' } }}
            />
          )}
          <Stack direction="row" spacing={2}>
            <TextField
              label={t('users.mmcNo')}
              value={mmcNo}
              {...form.check('mmcNo', mmcNo, t('users.mmcNoHint'))}
              onChange={(event) => setMmcNo(event.target.value)}
              slotProps={{ htmlInput: { ...form.input('mmcNo'), 'data-testid': 'user-mmc-no' } }}
            />
            <TextField
              label={t('users.qualifications')}
              value={qualifications}
              fullWidth
              {...form.check('qualifications', qualifications)}
              onChange={(event) => setQualifications(event.target.value)}
              slotProps={{ htmlInput: { ...form.input('qualifications'), 'data-testid': 'user-qualifications' } }}
            />
          </Stack>
          <RoleSelect value={roles} onChange={setRoles} error={form.check('roles').error} />
          <ErrorAlert error={error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={create.isPending || update.isPending} data-testid="user-save">
          {t('common.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
