import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/client';
import { ErrorAlert } from '../components/error-alert';
import { useSessionActions } from '../session/session-actions';
import { NewPasswordFields, newPasswordProblems, type NewPasswordDraft } from './new-password-fields';

/** An admin set this password, so others know it: the user replaces it before anything else. */
export function ChangePasswordScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const actions = useSessionActions();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<NewPasswordDraft>({ password: '', confirm: '' });
  // After too many wrong current passwords the hub signs this window out: the refresh shows sign-in.
  const change = useMutation(trpc.auth.changePassword.mutationOptions({ onSuccess: () => actions.refreshSession(), onError: () => actions.refreshSession() }));
  const { mismatch, weak } = newPasswordProblems(next);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (mismatch || weak) return;
    change.mutate({ currentPassword: current, newPassword: next.password });
  };

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'grey.100', display: 'grid', placeItems: 'center', p: 2 }}>
      <Paper component="form" onSubmit={submit} sx={{ p: 4, width: 440 }}>
        <Stack spacing={2}>
          <Typography variant="h5" component="h1">
            {t('changePassword.title')}
          </Typography>
          <Alert severity="info">{t('changePassword.explain')}</Alert>
          <TextField
            label={t('changePassword.current')}
            type="password"
            autoFocus
            autoComplete="current-password"
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'change-password-current' } }}
          />
          <NewPasswordFields value={next} onChange={setNext} rejected={change.error} testIdPrefix="change-password" />
          <ErrorAlert error={change.error} />
          <Button type="submit" variant="contained" disabled={change.isPending || !current || !next.password || mismatch} data-testid="change-password-submit">
            {t('changePassword.submit')}
          </Button>
          <Button onClick={actions.logout}>{t('shell.signOut')}</Button>
        </Stack>
      </Paper>
    </Box>
  );
}
