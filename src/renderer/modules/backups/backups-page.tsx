import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, Typography } from '@mui/material';
import BackupIcon from '@mui/icons-material/Backup';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFile } from '../../../shared/schemas/backup';
import { useTRPC } from '../../api/client';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicDates } from '../../format/use-clinic-clock';
import { useSessionActions } from '../../session/session-actions';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function BackupsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const actions = useSessionActions();
  const status = useQuery(trpc.backup.status.queryOptions());
  const folderSet = Boolean(status.data?.folder);
  const backups = useQuery({ ...trpc.backup.list.queryOptions({}), enabled: folderSet });
  const [restoring, setRestoring] = useState<BackupFile | null>(null);
  const create = useMutation(trpc.backup.create.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: [['backup']] }) }));
  // The hub signs everyone out after a restore: this window goes back to sign-in too.
  const restore = useMutation(trpc.backup.restore.mutationOptions({ onSuccess: () => void actions.signedOut() }));
  const dates = useClinicDates();
  const columns: DataColumn<BackupFile>[] = [
    { key: 'name', header: t('backups.name'), cell: (backup) => backup.name, sortValue: (backup) => backup.name },
    { key: 'created', header: t('backups.created'), cell: (backup) => dates.dateTime(backup.createdAt), sortValue: (backup) => backup.createdAt, nowrap: true },
    { key: 'size', header: t('backups.size'), cell: (backup) => megabytes(backup.sizeBytes), sortValue: (backup) => backup.sizeBytes, align: 'right', nowrap: true },
    {
      key: 'restore',
      align: 'right',
      cell: (backup) => (
        <Button size="small" color="warning" onClick={() => setRestoring(backup)}>
          {t('backups.restore')}
        </Button>
      ),
    },
  ];

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="h4" component="h1">
          {t('nav.backups')}
        </Typography>
        <Button variant="contained" startIcon={<BackupIcon />} disabled={!folderSet || create.isPending} onClick={() => create.mutate({})} data-testid="backup-now">
          {t('backups.now')}
        </Button>
      </Stack>
      {status.data && !folderSet && <Alert severity="info">{t('backups.folderNotSet')}</Alert>}
      {create.isSuccess && <Alert severity="success">{t('backups.done')}</Alert>}
      <ErrorAlert error={create.error ?? backups.error} />
      {status.data?.folder && <Typography color="text.secondary">{status.data.folder}</Typography>}
      {folderSet && (
        <DataTable columns={columns} rows={backups.data} rowKey={(backup) => backup.file} rowTestId={(backup) => `backup-row-${backup.name}`} loading={backups.isPending} emptyText={t('backups.none')} pageSize={25} />
      )}
      {restoring && (
        <Dialog open onClose={() => setRestoring(null)}>
          <DialogTitle>{t('backups.confirmTitle')}</DialogTitle>
          <DialogContent>
            <DialogContentText>{t('backups.confirmBody', { name: restoring.name })}</DialogContentText>
            <ErrorAlert error={restore.error} />
          </DialogContent>
          <DialogActions>
            <Button autoFocus onClick={() => setRestoring(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="warning" variant="contained" disabled={restore.isPending} onClick={() => restore.mutate({ file: restoring.file })} data-testid="backup-restore-confirm">
              {t('backups.restore')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Stack>
  );
}
