import { Button, Checkbox, FormControlLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EINVOICE_ENVIRONMENTS, type EinvoiceSettings } from '../../../shared/schemas/einvoice';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useFormErrors } from '../../components/form-errors/use-form-errors';
import { SettingsSection } from '../clinic/settings-section';
import { StateSelect } from './state-select';

type TextKey = 'clientId' | 'tin' | 'brn' | 'sstNo' | 'msicCode' | 'activityDescription' | 'classificationCode';
type ContactKey = 'email' | 'phone';

/**
 * The clinic's e-invoice identifiers (TIN, business registration, SST, MSIC), its contact and
 * address as LHDN has them, whether to send to LHDN and where; the client secret goes to the OS
 * keychain through its own button and is never shown again.
 */
export function EinvoiceSettingsForm({ einvoice, editable }: { einvoice: EinvoiceSettings; editable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(einvoice);
  const [secret, setSecret] = useState('');
  const update = useMutation(trpc.settings.einvoice.save.mutationOptions({ onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.settings.all.queryKey() }) }));
  const stored = useQuery(trpc.einvoice.secretStored.queryOptions());
  const saveSecret = useMutation(trpc.einvoice.setSecret.mutationOptions({ onSuccess: () => { setSecret(''); void stored.refetch(); } }));
  const form = useFormErrors({ error: update.error });
  const text = (key: TextKey | ContactKey, label: string) => (
    <TextField label={label} disabled={!editable} value={draft[key]} {...form.check(key)} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} slotProps={{ htmlInput: { ...form.input(key), 'data-testid': `einvoice-settings-${key}` } }} />
  );
  const address = (key: 'line' | 'city' | 'postcode') => (
    <TextField label={t(`einvoice.fields.${key}`)} disabled={!editable} value={draft.address[key]} {...form.check(`address.${key}`)} onChange={(e) => setDraft({ ...draft, address: { ...draft.address, [key]: e.target.value } })} slotProps={{ htmlInput: { 'data-testid': `einvoice-settings-${key}` } }} />
  );
  return (
    <SettingsSection title={t('einvoice.settings.title')} editable={editable} pending={update.isPending} saved={update.isSuccess} error={update.error} onSubmit={() => update.mutate(draft)}>
      <Typography variant="body2" color="text.secondary">
        {t('einvoice.settings.hint')}
      </Typography>
      <Stack spacing={2} ref={form.ref}>
        <FormControlLabel control={<Checkbox disabled={!editable} checked={draft.submissionEnabled} onChange={(e) => setDraft({ ...draft, submissionEnabled: e.target.checked })} data-testid="einvoice-settings-enabled" />} label={t('einvoice.settings.submissionEnabled')} />
        <TextField select label={t('einvoice.settings.environment')} disabled={!editable} value={draft.environment} onChange={(e) => setDraft({ ...draft, environment: e.target.value as EinvoiceSettings['environment'] })}>
          {EINVOICE_ENVIRONMENTS.map((environment) => (
            <MenuItem key={environment} value={environment}>
              {t(`einvoice.environments.${environment}`)}
            </MenuItem>
          ))}
        </TextField>
        {text('clientId', t('einvoice.settings.clientId'))}
        {text('tin', t('einvoice.settings.tin'))}
        {text('brn', t('einvoice.settings.brn'))}
        {text('sstNo', t('einvoice.settings.sstNo'))}
        {text('msicCode', t('einvoice.settings.msicCode'))}
        {text('activityDescription', t('einvoice.settings.activityDescription'))}
        {text('email', t('einvoice.fields.email'))}
        {text('phone', t('einvoice.fields.phone'))}
        {address('line')}
        {address('city')}
        {address('postcode')}
        <StateSelect value={draft.address.stateCode} disabled={!editable} onChange={(stateCode) => setDraft({ ...draft, address: { ...draft.address, stateCode } })} />
        {text('classificationCode', t('einvoice.settings.classificationCode'))}
        <Typography variant="subtitle2">{t('einvoice.settings.secret')}</Typography>
        <Typography variant="body2" color="text.secondary">
          {t(stored.data ? 'einvoice.settings.secretStored' : 'einvoice.settings.secretNotStored')} {t('einvoice.settings.secretHint')}
        </Typography>
        {editable && (
          <Stack direction="row" spacing={1}>
            <TextField type="password" autoComplete="off" label={t('einvoice.settings.secret')} value={secret} onChange={(e) => setSecret(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'einvoice-settings-secret' } }} />
            <Button variant="outlined" disabled={saveSecret.isPending || secret.trim().length === 0} onClick={() => saveSecret.mutate({ clientSecret: secret })}>
              {t('einvoice.settings.saveSecret')}
            </Button>
          </Stack>
        )}
        <ErrorAlert error={saveSecret.error} />
      </Stack>
    </SettingsSection>
  );
}
