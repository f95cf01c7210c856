import { Button, Link, List, ListItemButton, ListItemText, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/client';
import { ErrorAlert } from '../components/error-alert';
import { clinicDates, thisPcTimeZone } from '../format/clinic-dates';

/** A new PC: find the clinic's backups on a drive, then open one with its recovery code. */
export function RestoreOnNewPc({ onCancel, onRestored }: { onCancel: () => void; onRestored: () => void }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  // No store is open yet, so no clinic zone: the dates are this PC's, which is the hub PC.
  const dates = clinicDates(thisPcTimeZone(), i18n.language);
  const [folder, setFolder] = useState('');
  const [searched, setSearched] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const backups = useQuery({ ...trpc.setup.findBackups.queryOptions({ folder: searched ?? '' }), enabled: searched !== null });
  const restore = useMutation(trpc.setup.restoreOnNewPc.mutationOptions({ onSuccess: onRestored }));

  const find = (event: FormEvent): void => {
    event.preventDefault();
    setChosen(null);
    setSearched(folder.trim());
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (chosen) restore.mutate({ backupFile: chosen, recoveryCode: code });
  };

  return (
    <Stack spacing={3}>
      <Stack component="form" onSubmit={find} direction="row" spacing={2}>
        <TextField label={t('restore.folder')} helperText={t('clinic.folderHelp')} fullWidth autoFocus value={folder} onChange={(event) => setFolder(event.target.value)} />
        <Button type="submit" variant="outlined" disabled={!folder.trim()}>
          {t('restore.find')}
        </Button>
      </Stack>
      <ErrorAlert error={backups.error} />
      {backups.data && backups.data.length === 0 && <Typography>{t('restore.none')}</Typography>}
      {backups.data && backups.data.length > 0 && (
        <>
          <Typography variant="subtitle1">{t('restore.pick')}</Typography>
          <List dense sx={{ border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 240, overflow: 'auto' }}>
            {backups.data.map((backup) => (
              <ListItemButton key={backup.file} selected={chosen === backup.file} onClick={() => setChosen(backup.file)}>
                <ListItemText primary={backup.name} secondary={dates.dateTime(backup.createdAt)} />
              </ListItemButton>
            ))}
          </List>
        </>
      )}
      {chosen && (
        <Stack component="form" onSubmit={submit} spacing={2}>
          <TextField
            label={t('restore.code')}
            autoFocus
            value={code}
            onChange={(event) => setCode(event.target.value)}
            slotProps={{ htmlInput: { style: { fontFamily: 'monospace' } } }}
          />
          <ErrorAlert error={restore.error} />
          <Button type="submit" variant="contained" disabled={restore.isPending || !code.trim()}>
            {t('restore.submit')}
          </Button>
        </Stack>
      )}
      <Link component="button" type="button" onClick={onCancel} sx={{ alignSelf: 'flex-start' }}>
        {t('setup.newInstead')}
      </Link>
    </Stack>
  );
}
