import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../shared/schemas/users';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';

/** The user must choose their own password at their next sign-in. */
export function ResetPasswordDialog({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [newPassword, setNewPassword] = useState('');
  const reset = useMutation(trpc.users.resetPassword.mutationOptions({ onSuccess: onClose }));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    reset.mutate({ id: user.id, newPassword });
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" slotProps={{ paper: { component: 'form', onSubmit: submit } as object }}>
      <DialogTitle>{`${t('users.resetPassword')}: ${user.username}`}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            label={t('users.newPassword')}
            type="password"
            autoFocus
            autoComplete="new-password"
            helperText={t('setup.passwordRule')}
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'reset-password-new' } }}
          />
          <ErrorAlert error={reset.error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={reset.isPending || !newPassword}>
          {t('common.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
