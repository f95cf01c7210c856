import { Stack, TextField } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSettings } from '../../../shared/schemas/clinic';
import { useTRPC } from '../../api/client';
import { fieldRejected } from '../../components/field-error';
import { SettingsSection } from './settings-section';

export function BackupSettingsForm({ backup, editable }: { backup: BackupSettings; editable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [folder, setFolder] = useState(backup.folder);
  const [dailyAt, setDailyAt] = useState(backup.dailyAt);
  const [keep, setKeep] = useState(String(backup.keep));
  const update = useMutation(
    trpc.settings.backup.save.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.settings.all.queryKey() });
        void queryClient.invalidateQueries({ queryKey: [['backup']] });
      },
    }),
  );
  return (
    <SettingsSection
      title={t('clinic.backup')}
      editable={editable}
      pending={update.isPending}
      saved={update.isSuccess}
      error={update.error}
      onSubmit={() => update.mutate({ folder, dailyAt, keep: Number(keep) })}
    >
      <TextField
        label={t('clinic.folder')}
        helperText={t('clinic.folderHelp')}
        disabled={!editable}
        value={folder}
        error={fieldRejected(update.error, 'folder')}
        onChange={(event) => setFolder(event.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'backup-folder' } }}
      />
      <Stack direction="row" spacing={2}>
        <TextField label={t('clinic.dailyAt')} fullWidth disabled={!editable} value={dailyAt} error={fieldRejected(update.error, 'dailyAt')} onChange={(event) => setDailyAt(event.target.value)} />
        <TextField label={t('clinic.keep')} type="number" fullWidth disabled={!editable} value={keep} error={fieldRejected(update.error, 'keep')} onChange={(event) => setKeep(event.target.value)} />
      </Stack>
    </SettingsSection>
  );
}
