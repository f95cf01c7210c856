import { Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useCan } from '../../session/session-context';
import { ScribeSettingsForm } from '../scribe/scribe-settings-form';
import { AiSettingsForm } from './ai-settings-form';

export function AiSettingsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.ai.get.queryOptions());
  const scribe = useQuery(trpc.settings.scribe.get.queryOptions());
  const canManage = useCan('clinic.manage');
  return (
    <Stack spacing={3} sx={{ maxWidth: 960 }}>
      <Typography variant="h4" component="h1">
        {t('nav.ai')}
      </Typography>
      <ErrorAlert error={settings.error ?? scribe.error} />
      {/* Not keyed by its value: a remount after saving would hide "Saved." */}
      {settings.data && <AiSettingsForm ai={settings.data} editable={canManage} />}
      {scribe.data && <ScribeSettingsForm scribe={scribe.data} editable={canManage} />}
    </Stack>
  );
}
