import { Checkbox, FormControlLabel, TextField, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplaySettings } from '../../../shared/schemas/clinic';
import { useTRPC } from '../../api/client';
import { fieldRejected } from '../../components/field-error';
import { SettingsSection } from './settings-section';

/** The waiting-room TV: its pairing code, whether masked names show, and the scrolling notice. */
export function DisplayForm({ display, editable }: { display: DisplaySettings; editable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(display);
  const update = useMutation(trpc.clinic.updateDisplay.mutationOptions({ onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.clinic.get.queryKey() }) }));
  const url = `${location.origin}${location.pathname}#/display?code=${encodeURIComponent(draft.pairingCode)}`;
  return (
    <SettingsSection title={t('display.settings')} editable={editable} pending={update.isPending} saved={update.isSuccess} error={update.error} onSubmit={() => update.mutate(draft)}>
      <TextField
        label={t('display.pairingCode')}
        disabled={!editable}
        value={draft.pairingCode}
        error={fieldRejected(update.error, 'pairingCode')}
        onChange={(e) => setDraft({ ...draft, pairingCode: e.target.value.toUpperCase() })}
        slotProps={{ htmlInput: { 'data-testid': 'display-pairing-code', maxLength: 32 } }}
      />
      <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
        {t('display.pairingHint', { url })}
      </Typography>
      <FormControlLabel
        control={<Checkbox disabled={!editable} checked={draft.showMaskedNames} onChange={(e) => setDraft({ ...draft, showMaskedNames: e.target.checked })} />}
        label={t('display.showMaskedNames')}
      />
      <TextField label={t('display.notice')} disabled={!editable} value={draft.notice} onChange={(e) => setDraft({ ...draft, notice: e.target.value })} slotProps={{ htmlInput: { 'data-testid': 'display-notice', maxLength: 200 } }} />
    </SettingsSection>
  );
}
