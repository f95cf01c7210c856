import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useSessionActions } from '../../session/session-actions';

export function SetPinDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const actions = useSessionActions();
  const [currentPassword, setCurrentPassword] = useState('');
  const [pin, setPin] = useState('');
  const setPinMutation = useMutation(trpc.auth.setPin.mutationOptions({ onSuccess: () => actions.refreshSession() }));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setPinMutation.mutate({ currentPassword, pin });
  };
  return (
    <Dialog open onClose={onClose} slotProps={{ paper: { component: 'form', onSubmit: submit } as object }}>
      <DialogTitle>{t('home.setPin')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography>{t('home.pinExplain')}</Typography>
          <TextField label={t('home.currentPassword')} type="password" autoFocus value={currentPassword} onChange={(event) => setCurrentPassword(event.target.value)} />
          <TextField
            label={t('home.pin')}
            type="password"
            value={pin}
            onChange={(event) => setPin(event.target.value.replace(/\D/g, ''))}
            slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 8, 'data-testid': 'pin-new' } }}
          />
          <ErrorAlert error={setPinMutation.error} />
          {setPinMutation.isSuccess && <Alert severity="success">{t('home.pinSaved')}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
        <Button type="submit" variant="contained" disabled={setPinMutation.isPending || !currentPassword || pin.length < 4}>
          {t('common.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
