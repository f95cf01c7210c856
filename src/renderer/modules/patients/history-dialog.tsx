import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Patient } from '../../../shared/schemas/patients';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicDates } from '../../format/use-clinic-clock';
import { fieldLines, LIST_FIELDS, useFieldWords, type FieldWords } from './field-text';
import { FieldValue } from './field-value';
import { versionChanges, type VersionChanges } from './version-changes';

/** Every saved version of a record, newest first: who saved it, when, and what it changed. Esc closes. */
export function HistoryDialog({ patient, onClose }: { patient: Patient; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const history = useQuery(trpc.patients.history.queryOptions({ id: patient.id }));
  const words = useFieldWords();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="patient-history-title">
      <DialogTitle id="patient-history-title">{t('patientRecord.history.title', { name: patient.fullName })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }} data-testid="patient-history">
          <ErrorAlert error={history.error} />
          {history.isPending && <Typography color="text.secondary">{t('common.loading')}</Typography>}
          {history.data && versionChanges(history.data).map((entry) => <VersionEntry key={entry.version} entry={entry} words={words} />)}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button autoFocus onClick={onClose} data-testid="patient-history-close">
          {t('common.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function VersionEntry({ entry, words }: { entry: VersionChanges; words: FieldWords }) {
  const { t } = useTranslation();
  const { before, after } = entry;
  const dates = useClinicDates();
  const who = entry.changedByName ? t('patientRecord.history.by', { name: entry.changedByName }) : t('patientRecord.history.system');
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid={`patient-version-${entry.version}`}>
      <Typography variant="subtitle2">
        {t('patientRecord.history.version', { version: entry.version })} · {dates.dateTime(entry.changedAt)} · {who}
      </Typography>
      {!before ? (
        <Typography color="text.secondary">{t('patientRecord.history.registered')}</Typography>
      ) : entry.fields.length === 0 ? (
        <Typography color="text.secondary">{t('patientRecord.history.noChanges')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '22%' }}>{t('patientRecord.history.field')}</TableCell>
              <TableCell>{t('patientRecord.history.before')}</TableCell>
              <TableCell>{t('patientRecord.history.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {entry.fields.map((field) => {
              const old = fieldLines(field, before, words);
              const now = fieldLines(field, after, words);
              const list = LIST_FIELDS.has(field);
              return (
                <TableRow key={field} data-testid={`patient-change-${field}`}>
                  <TableCell>{t(`patientRecord.fields.${field}`)}</TableCell>
                  <TableCell>
                    <FieldValue lines={old} others={now} list={list} mark="removed" />
                  </TableCell>
                  <TableCell>
                    <FieldValue lines={now} others={old} list={list} mark="added" />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
