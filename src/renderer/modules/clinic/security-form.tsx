import { TextField } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecuritySettings } from '../../../shared/schemas/clinic';
import { useTRPC } from '../../api/client';
import { fieldRejected } from '../../components/field-error';
import { SettingsSection } from './settings-section';

export function SecurityForm({ security, editable }: { security: SecuritySettings; editable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [minutes, setMinutes] = useState(String(security.idleLockMinutes));
  const update = useMutation(
    trpc.settings.security.save.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.settings.all.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.auth.session.queryKey() });
      },
    }),
  );
  return (
    <SettingsSection
      title={t('clinic.security')}
      editable={editable}
      pending={update.isPending}
      saved={update.isSuccess}
      error={update.error}
      onSubmit={() => update.mutate({ idleLockMinutes: Number(minutes) })}
    >
      <TextField
        label={t('clinic.idleLock')}
        type="number"
        disabled={!editable}
        value={minutes}
        error={fieldRejected(update.error, 'idleLockMinutes')}
        onChange={(event) => setMinutes(event.target.value)}
        slotProps={{ htmlInput: { min: 1, max: 240 } }}
      />
    </SettingsSection>
  );
}
