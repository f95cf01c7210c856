import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicProfile } from '../../../shared/schemas/clinic';
import { useTRPC } from '../../api/client';
import { ClinicProfileFields } from '../../clinic-profile/clinic-profile-fields';
import { draftFromProfile, profileFromDraft } from '../../clinic-profile/clinic-profile-draft';
import { SettingsSection } from './settings-section';

export function ProfileForm({ profile, editable }: { profile: ClinicProfile; editable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftFromProfile(profile));
  const update = useMutation(
    trpc.settings.profile.save.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.settings.all.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.setup.status.queryKey() });
      },
    }),
  );
  return (
    <SettingsSection
      title={t('clinic.profile')}
      editable={editable}
      pending={update.isPending}
      saved={update.isSuccess}
      error={update.error}
      onSubmit={() => update.mutate(profileFromDraft(draft))}
    >
      <ClinicProfileFields value={draft} onChange={setDraft} error={update.error} fieldPrefix="" disabled={!editable} autoFocus={editable} />
    </SettingsSection>
  );
}
