import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Patient } from '../../../shared/schemas/patients';
import { useTRPC } from '../../api/client';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
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
        <ChangeTable fields={entry.fields} before={before} after={after} words={words} />
      )}
    </Paper>
  );
}

type Field = VersionChanges['fields'][number];

/** Each changed field with what it was and what it became, the differences marked. */
function ChangeTable({ fields, before, after, words }: { fields: Field[]; before: Patient; after: Patient; words: FieldWords }) {
  const { t } = useTranslation();
  const list = (field: Field): boolean => LIST_FIELDS.has(field);
  const columns: DataColumn<Field>[] = [
    { key: 'field', header: t('patientRecord.history.field'), width: '22%', cell: (field) => t(`patientRecord.fields.${field}`) },
    {
      key: 'before',
      header: t('patientRecord.history.before'),
      cell: (field) => <FieldValue lines={fieldLines(field, before, words)} others={fieldLines(field, after, words)} list={list(field)} mark="removed" />,
    },
    {
      key: 'after',
      header: t('patientRecord.history.after'),
      cell: (field) => <FieldValue lines={fieldLines(field, after, words)} others={fieldLines(field, before, words)} list={list(field)} mark="added" />,
    },
  ];
  return <DataTable columns={columns} rows={fields} rowKey={(field) => field} rowTestId={(field) => `patient-change-${field}`} framed={false} />;
}
