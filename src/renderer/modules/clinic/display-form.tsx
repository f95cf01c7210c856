import { Checkbox, FormControlLabel, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplaySettings } from '../../../shared/schemas/clinic';
import { useTRPC } from '../../api/client';
import { useFormErrors } from '../../components/form-errors/use-form-errors';
import { SettingsSection } from './settings-section';

/**
 * The waiting-room TV: its pairing code (with the hub's certificate fingerprint, to compare
 * with what the TV's browser shows when it is paired), whether masked names show, and the
 * scrolling notice.
 */
export function DisplayForm({ display, editable }: { display: DisplaySettings; editable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(display);
  const connection = useQuery(trpc.clinic.connection.queryOptions());
  const update = useMutation(trpc.settings.display.save.mutationOptions({ onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.settings.all.queryKey() }) }));
  const form = useFormErrors({ error: update.error });
  const url = `${location.origin}${location.pathname}#/display?code=${encodeURIComponent(draft.pairingCode)}`;
  return (
    <SettingsSection title={t('display.settings')} editable={editable} pending={update.isPending} saved={update.isSuccess} error={update.error} onSubmit={() => update.mutate(draft)}>
      <TextField
        ref={form.ref}
        label={t('display.pairingCode')}
        disabled={!editable}
        value={draft.pairingCode}
        {...form.check('pairingCode')}
        onChange={(e) => setDraft({ ...draft, pairingCode: e.target.value.toUpperCase() })}
        slotProps={{ htmlInput: { ...form.input('pairingCode'), 'data-testid': 'display-pairing-code', maxLength: 32 } }}
      />
      <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
        {t('display.pairingHint', { url })}
      </Typography>
      {connection.data?.fingerprint ? (
        <div data-testid="display-fingerprint">
          <Typography variant="subtitle2">{t('display.fingerprint')}</Typography>
          <Typography variant="body2" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
            {connection.data.fingerprint}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('display.fingerprintHint')}
          </Typography>
        </div>
      ) : (
        connection.data && (
          <Typography variant="body2" color="text.secondary" data-testid="display-not-encrypted">
            {t('display.notEncrypted')}
          </Typography>
        )
      )}
      <FormControlLabel
        control={<Checkbox disabled={!editable} checked={draft.showMaskedNames} onChange={(e) => setDraft({ ...draft, showMaskedNames: e.target.checked })} />}
        label={t('display.showMaskedNames')}
      />
      <TextField label={t('display.notice')} disabled={!editable} value={draft.notice} onChange={(e) => setDraft({ ...draft, notice: e.target.value })} slotProps={{ htmlInput: { 'data-testid': 'display-notice', maxLength: 200 } }} />
    </SettingsSection>
  );
}
