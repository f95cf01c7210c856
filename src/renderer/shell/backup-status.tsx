import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/client';
import { useClinicDates } from '../format/use-clinic-clock';

/** A quiet line in the corner: when the last backup ran, or why it did not. */
export function BackupStatusLine() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const dates = useClinicDates();
  const status = useQuery({ ...trpc.backup.status.queryOptions(), refetchInterval: 60_000 });
  if (!status.data) return null;
  const { lastBackupAt, lastError } = status.data;
  const text = lastError
    ? t('shell.backupFailed', { error: lastError })
    : lastBackupAt
      ? t('shell.lastBackup', { when: dates.dateTime(lastBackupAt) })
      : t('shell.noBackup');
  return (
    <Typography variant="caption" color={lastError ? 'error' : 'text.secondary'} data-testid="backup-status">
      {text}
    </Typography>
  );
}
