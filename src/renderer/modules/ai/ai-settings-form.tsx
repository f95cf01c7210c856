import { Alert, Button, Checkbox, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AI_TASKS, type AiSettings } from '../../../shared/schemas/ai';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { SettingsSection } from '../clinic/settings-section';
import { AiPricesEditor } from './ai-prices-editor';

/**
 * The AI provider's settings: on/off, base URL, models, timeout and retries, prices; the API key
 * goes to the OS keychain through its own button, and "test connection" asks the server for its
 * models before AI is switched on.
 */
export function AiSettingsForm({ ai, editable }: { ai: AiSettings; editable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(ai);
  const [key, setKey] = useState('');
  const update = useMutation(trpc.settings.ai.save.mutationOptions({ onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.ai.status.queryKey() }) }));
  const status = useQuery(trpc.ai.status.queryOptions());
  const stored = useQuery(trpc.ai.keyStored.queryOptions());
  const saveKey = useMutation(trpc.ai.setKey.mutationOptions({ onSuccess: () => { setKey(''); void stored.refetch(); } }));
  const clearKey = useMutation(trpc.ai.clearKey.mutationOptions({ onSuccess: () => void stored.refetch() }));
  const test = useMutation(trpc.ai.testConnection.mutationOptions());
  const number = (field: 'timeoutSeconds' | 'maxRetries') => (
    <TextField type="number" label={t(`ai.settings.${field}`)} disabled={!editable} value={draft[field]} onChange={(e) => setDraft({ ...draft, [field]: Number(e.target.value) })} sx={{ maxWidth: 240 }} slotProps={{ htmlInput: { 'data-testid': `ai-settings-${field}` } }} />
  );
  return (
    <SettingsSection title={t('ai.settings.title')} editable={editable} pending={update.isPending} saved={update.isSuccess} error={update.error} onSubmit={() => update.mutate(draft)}>
      <Typography variant="body2" color="text.secondary">
        {t('ai.settings.hint')}
      </Typography>
      <Alert severity="info" data-testid="ai-private-choice">
        {t('ai.settings.privateChoice')}
      </Alert>
      {status.data?.forcedOff && <Alert severity="warning">{t('ai.settings.forcedOff')}</Alert>}
      <Stack spacing={2}>
        <FormControlLabel control={<Checkbox disabled={!editable} checked={draft.enabled} onChange={(e) => setDraft({ ...draft, enabled: e.target.checked })} data-testid="ai-settings-enabled" />} label={t('ai.settings.enabled')} />
        <TextField label={t('ai.settings.baseUrl')} helperText={t('ai.settings.baseUrlHint')} disabled={!editable} value={draft.baseUrl} onChange={(e) => setDraft({ ...draft, baseUrl: e.target.value })} slotProps={{ htmlInput: { 'data-testid': 'ai-settings-baseUrl' } }} />
        <TextField label={t('ai.settings.defaultModel')} disabled={!editable} value={draft.defaultModel} onChange={(e) => setDraft({ ...draft, defaultModel: e.target.value })} slotProps={{ htmlInput: { 'data-testid': 'ai-settings-defaultModel' } }} />
        {AI_TASKS.map((task) => (
          <TextField
            key={task}
            size="small"
            label={t('ai.settings.taskModel', { task: t(`ai.tasks.${task}`) })}
            // The scribe asks a speech-to-text model, which the default chat model is not.
            helperText={task === 'scribe' ? t('ai.settings.scribeModelHint') : undefined}
            disabled={!editable}
            value={draft.models[task]}
            onChange={(e) => setDraft({ ...draft, models: { ...draft.models, [task]: e.target.value } })}
            slotProps={{ htmlInput: { 'data-testid': `ai-settings-model-${task}` } }}
          />
        ))}
        <Stack direction="row" spacing={2}>
          {number('timeoutSeconds')}
          {number('maxRetries')}
        </Stack>
        <AiPricesEditor prices={draft.prices} editable={editable} onChange={(prices) => setDraft({ ...draft, prices })} />
        <Typography variant="subtitle2">{t('ai.settings.key')}</Typography>
        <Typography variant="body2" color="text.secondary">
          {t(stored.data ? 'ai.settings.keyStored' : 'ai.settings.keyNotStored')} {t('ai.settings.keyHint')}
        </Typography>
        {editable && (
          <Stack direction="row" spacing={1}>
            <TextField type="password" autoComplete="off" label={t('ai.settings.key')} value={key} onChange={(e) => setKey(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'ai-settings-key' } }} />
            <Button variant="outlined" disabled={saveKey.isPending || key.trim().length === 0} onClick={() => saveKey.mutate({ apiKey: key })}>
              {t('ai.settings.saveKey')}
            </Button>
            {stored.data && (
              <Button color="warning" disabled={clearKey.isPending} onClick={() => clearKey.mutate()}>
                {t('ai.settings.clearKey')}
              </Button>
            )}
          </Stack>
        )}
        <ErrorAlert error={saveKey.error ?? clearKey.error} />
        {editable && (
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Button variant="outlined" disabled={test.isPending} onClick={() => test.mutate()} data-testid="ai-test-connection">
              {t('ai.settings.test')}
            </Button>
          </Stack>
        )}
        {test.data &&
          (test.data.ok ? (
            <Alert severity="success" data-testid="ai-test-result">
              {t('ai.settings.testOk', { ms: test.data.latencyMs, models: test.data.models.join(', ') || '—' })}
            </Alert>
          ) : (
            <Alert severity="error" data-testid="ai-test-result">
              {t('ai.settings.testFailed', { reason: t(`ai.failures.${test.data.failure ?? 'unavailable'}`) })}
            </Alert>
          ))}
        <ErrorAlert error={test.error} />
      </Stack>
    </SettingsSection>
  );
}
