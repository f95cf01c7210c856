import { Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useCan } from '../../session/session-context';
import { BackupSettingsForm } from './backup-settings-form';
import { EinvoiceSettingsForm } from '../einvoice/einvoice-settings-form';
import { DisplayForm } from './display-form';
import { PanelsForm } from './panels-form';
import { PrinterForm } from './printer-form';
import { ProfileForm } from './profile-form';
import { RoomsForm } from './rooms-form';
import { SecurityForm } from './security-form';

export function ClinicSettingsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.all.queryOptions());
  const canManage = useCan('clinic.manage');
  const canBackup = useCan('backup.manage');
  // Wide enough for the rooms' table (seven columns, Malay headers) beside a 1280-pixel screen's menu.
  return (
    <Stack spacing={3} sx={{ maxWidth: 960 }}>
      <Typography variant="h4" component="h1">
        {t('nav.clinic')}
      </Typography>
      <ErrorAlert error={settings.error} />
      {settings.data && (
        <>
          <ProfileForm key={JSON.stringify(settings.data.profile)} profile={settings.data.profile} editable={canManage} />
          <SecurityForm key={settings.data.security.idleLockMinutes} security={settings.data.security} editable={canManage} />
          <BackupSettingsForm key={JSON.stringify(settings.data.backup)} backup={settings.data.backup} editable={canBackup} />
          <RoomsForm editable={canManage} />
          <PanelsForm editable={canManage} />
          {/* Not keyed by its value: a remount after saving would hide "Saved." */}
          <DisplayForm display={settings.data.display} editable={canManage} />
          <PrinterForm printer={settings.data.printer} editable={canManage} />
          <EinvoiceSettingsForm key={JSON.stringify(settings.data.einvoice)} einvoice={settings.data.einvoice} editable={canManage} />
        </>
      )}
    </Stack>
  );
}
