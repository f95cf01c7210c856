import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import BackupIcon from '@mui/icons-material/Backup';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFile } from '../../../shared/schemas/backup';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
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
      {backups.data?.length === 0 && <Typography>{t('backups.none')}</Typography>}
      {backups.data && backups.data.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('backups.name')}</TableCell>
                <TableCell>{t('backups.created')}</TableCell>
                <TableCell>{t('backups.size')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {backups.data.map((backup) => (
                <TableRow key={backup.file}>
                  <TableCell>{backup.name}</TableCell>
                  <TableCell>{new Date(backup.createdAt).toLocaleString()}</TableCell>
                  <TableCell>{megabytes(backup.sizeBytes)}</TableCell>
                  <TableCell align="right">
                    <Button size="small" color="warning" onClick={() => setRestoring(backup)}>
                      {t('backups.restore')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
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
