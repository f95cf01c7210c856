import { Alert, Box, Button, Link, Paper, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/client';
import { ErrorAlert } from '../components/error-alert';
import { useSessionActions } from '../session/session-actions';
import { LanguageSwitcher } from '../shell/language-switcher';
import { AdminRecoveryDialog } from './admin-recovery-dialog';

export function LoginScreen({ clinicName }: { clinicName: string | null }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const actions = useSessionActions();
  const [usePin, setUsePin] = useState(false);
  const [username, setUsername] = useState('');
  const [secret, setSecret] = useState('');
  const [recovering, setRecovering] = useState(false);
  const [resetFor, setResetFor] = useState<string | null>(null);
  const login = useMutation(trpc.auth.login.mutationOptions({ onSuccess: actions.signedIn }));

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    login.mutate(usePin ? { username, pin: secret } : { username, password: secret });
  };

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'grey.100', display: 'grid', placeItems: 'center', p: 2 }}>
      <Paper component="form" onSubmit={submit} sx={{ p: 4, width: 400 }}>
        <Stack spacing={2}>
          <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
            <Box>
              <Typography variant="h5" component="h1">
                {clinicName ?? 'ClinicDesk'}
              </Typography>
              <Typography color="text.secondary">{t('login.title')}</Typography>
            </Box>
            <LanguageSwitcher />
          </Stack>
          <TextField
            label={t('login.username')}
            autoFocus
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'login-username' } }}
          />
          <TextField
            label={usePin ? t('login.pin') : t('login.password')}
            type="password"
            autoComplete="off"
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'login-password', inputMode: usePin ? 'numeric' : 'text' } }}
          />
          {resetFor && !login.error && <Alert severity="success">{t('adminRecovery.done', { username: resetFor })}</Alert>}
          <ErrorAlert error={login.error} />
          <Button type="submit" variant="contained" size="large" disabled={login.isPending || !username || !secret} data-testid="login-submit">
            {t('login.submit')}
          </Button>
          <Link
            component="button"
            type="button"
            onClick={() => {
              setUsePin(!usePin);
              setSecret('');
            }}
            data-testid="login-toggle-pin"
            sx={{ alignSelf: 'flex-start' }}
          >
            {usePin ? t('login.usePassword') : t('login.usePin')}
          </Link>
          <Link component="button" type="button" onClick={() => setRecovering(true)} data-testid="login-forgot-admin" sx={{ alignSelf: 'flex-start' }}>
            {t('login.forgotAdmin')}
          </Link>
        </Stack>
      </Paper>
      {recovering && (
        <AdminRecoveryDialog
          onClose={() => setRecovering(false)}
          onReset={(admin) => {
            setRecovering(false);
            setResetFor(admin);
            setUsername(admin);
            setUsePin(false);
            setSecret('');
            login.reset();
          }}
        />
      )}
    </Box>
  );
}
