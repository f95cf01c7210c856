import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScribeSettings } from '../../../shared/schemas/scribe';
import { useTRPC } from '../../api/client';
import { useFormErrors } from '../../components/form-errors/use-form-errors';
import { SettingsSection } from '../clinic/settings-section';

const LANGUAGES = ['', 'en', 'ms'] as const;

/** How long the scribe keeps a consultation's audio after the note is signed and its transcripts at all, and the language the transcription server is told. */
export function ScribeSettingsForm({ scribe, editable }: { scribe: ScribeSettings; editable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [draft, setDraft] = useState(scribe);
  const update = useMutation(trpc.settings.scribe.save.mutationOptions());
  const form = useFormErrors({ error: update.error });
  const number = (field: 'audioHoursAfterSigning' | 'transcriptDays') => (
    <TextField
      type="number"
      label={t(`scribe.settings.${field}`)}
      disabled={!editable}
      value={draft[field]}
      {...form.check(field, undefined, t(`scribe.settings.${field}Hint`))}
      onChange={(e) => setDraft({ ...draft, [field]: Number(e.target.value) })}
      sx={{ maxWidth: 360 }}
      slotProps={{ htmlInput: { ...form.input(field), 'data-testid': `scribe-settings-${field}` } }}
    />
  );
  return (
    <SettingsSection title={t('scribe.settings.title')} editable={editable} pending={update.isPending} saved={update.isSuccess} error={update.error} onSubmit={() => update.mutate(draft)}>
      <Typography variant="body2" color="text.secondary">
        {t('scribe.settings.hint')}
      </Typography>
      <Stack spacing={2} ref={form.ref}>
        {number('audioHoursAfterSigning')}
        {number('transcriptDays')}
        {/* '' (let the server detect) is a choice of its own: shown as one, not read as an empty field. */}
        <TextField
          select
          label={t('scribe.settings.language')}
          disabled={!editable}
          value={draft.language}
          onChange={(e) => setDraft({ ...draft, language: e.target.value as ScribeSettings['language'] })}
          sx={{ maxWidth: 360 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          data-testid="scribe-settings-language"
        >
          {LANGUAGES.map((language) => (
            <MenuItem key={language} value={language}>
              {t(`scribe.settings.languages.${language || 'detect'}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
    </SettingsSection>
  );
}
