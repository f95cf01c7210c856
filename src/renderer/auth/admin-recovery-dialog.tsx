import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/client';
import { ErrorAlert } from '../components/error-alert';
import { NewPasswordFields, newPasswordProblems, type NewPasswordDraft } from './new-password-fields';

/** The owner's way back in: the printed recovery code sets a new password for an admin account. */
export function AdminRecoveryDialog({ onClose, onReset }: { onClose: () => void; onReset: (username: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [recoveryCode, setRecoveryCode] = useState('');
  const [username, setUsername] = useState('');
  const [newPassword, setNewPassword] = useState<NewPasswordDraft>({ password: '', confirm: '' });
  const reset = useMutation(trpc.auth.resetAdminWithRecoveryCode.mutationOptions({ onSuccess: (_result, input) => onReset(input.username) }));
  const { mismatch, weak } = newPasswordProblems(newPassword);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (mismatch || weak) return;
    reset.mutate({ recoveryCode, username, newPassword: newPassword.password });
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" slotProps={{ paper: { component: 'form', onSubmit: submit } as object }}>
      <DialogTitle>{t('adminRecovery.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Alert severity="info">{t('adminRecovery.explain')}</Alert>
          <TextField
            label={t('adminRecovery.code')}
            autoFocus
            value={recoveryCode}
            onChange={(event) => setRecoveryCode(event.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'admin-recovery-code', style: { fontFamily: 'monospace' } } }}
          />
          <TextField
            label={t('adminRecovery.username')}
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'admin-recovery-username' } }}
          />
          <NewPasswordFields value={newPassword} onChange={setNewPassword} rejected={reset.error} testIdPrefix="admin-recovery" />
          <ErrorAlert error={reset.error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          type="submit"
          variant="contained"
          disabled={reset.isPending || !recoveryCode.trim() || !username || !newPassword.password || mismatch || weak}
          data-testid="admin-recovery-submit"
        >
          {t('adminRecovery.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
