import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SetupStatus } from '../../shared/schemas/setup';
import { useTRPC } from '../api/client';
import { ErrorAlert } from '../components/error-alert';

/** The store exists but this PC's key cannot open it: only the printed recovery code can. */
export function RecoveryScreen({ status }: { status: SetupStatus }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const recover = useMutation(
    trpc.setup.recover.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.setup.status.queryKey() }) }),
  );
  // Someone may type the code at another window or PC: this one then moves on by itself.
  useSubscription(
    trpc.setup.statusChanges.subscriptionOptions(undefined, {
      onData: (changed) => {
        if (changed.state !== 'needs-recovery') queryClient.setQueryData(trpc.setup.status.queryKey(), changed);
      },
    }),
  );
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    recover.mutate({ recoveryCode: code });
  };

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'grey.100', display: 'grid', placeItems: 'center', p: 2 }}>
      <Paper component="form" onSubmit={submit} sx={{ p: 4, width: 'min(640px, 100%)' }}>
        <Stack spacing={2}>
          <Typography variant="h4" component="h1">
            {t('recovery.title')}
          </Typography>
          <Alert severity="warning">{t(`recovery.${status.recoveryReason ?? 'unknown'}`)}</Alert>
          <Typography>{t('recovery.hint')}</Typography>
          <TextField
            label={t('recovery.enter')}
            autoFocus
            value={code}
            onChange={(event) => setCode(event.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'recovery-code-input', style: { fontFamily: 'monospace', fontSize: '1.2rem' } } }}
          />
          <ErrorAlert error={recover.error} />
          <Button type="submit" variant="contained" disabled={recover.isPending || !code.trim()} data-testid="recovery-submit">
            {t('recovery.submit')}
          </Button>
        </Stack>
      </Paper>
    </Box>
  );
}
