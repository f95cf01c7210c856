import { Box, Button, Link, Paper, Stack, TextField, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../shared/schemas/auth';
import { useTRPC } from '../api/client';
import { ErrorAlert } from '../components/error-alert';
import { useSessionActions } from './session-actions';

/** Covers everything until the same person unlocks; someone else uses "Switch user". */
export function LockScreen({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const actions = useSessionActions();
  const [usePin, setUsePin] = useState(user.hasPin);
  const [secret, setSecret] = useState('');
  const unlock = useMutation(
    trpc.auth.unlock.mutationOptions({ onSuccess: () => actions.refreshSession(), onError: () => actions.refreshSession() }),
  );

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    unlock.mutate(usePin ? { pin: secret } : { password: secret });
  };

  return (
    <Box sx={{ position: 'fixed', inset: 0, bgcolor: 'grey.900', display: 'grid', placeItems: 'center', zIndex: 2000 }}>
      <Paper component="form" onSubmit={submit} sx={{ p: 4, width: 380 }}>
        <Stack spacing={2}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <LockIcon color="primary" />
            <Typography variant="h5" component="h1">
              {t('lock.title', { name: user.displayName })}
            </Typography>
          </Stack>
          <TextField
            label={usePin ? t('login.pin') : t('login.password')}
            type="password"
            autoFocus
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'unlock-secret', inputMode: usePin ? 'numeric' : 'text' } }}
          />
          <ErrorAlert error={unlock.error} />
          <Button type="submit" variant="contained" disabled={unlock.isPending || !secret} data-testid="unlock-submit">
            {t('lock.unlock')}
          </Button>
          <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
            <Link component="button" type="button" onClick={() => setUsePin(!usePin)}>
              {usePin ? t('login.usePassword') : t('login.usePin')}
            </Link>
            <Link component="button" type="button" onClick={actions.logout} data-testid="switch-user">
              {t('lock.switchUser')}
            </Link>
          </Stack>
        </Stack>
      </Paper>
    </Box>
  );
}
