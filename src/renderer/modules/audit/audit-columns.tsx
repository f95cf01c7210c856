import { Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PATIENT_READ_ACTIONS, type AuditEntry } from '../../../shared/schemas/audit';
import type { DataColumn } from '../../components/data-table/data-table';
import type { ClinicDates } from '../../format/clinic-dates';

function Json({ title, value }: { title: string; value: unknown }) {
  return (
    <Box sx={{ flex: 1, minWidth: 0 }}>
      <Typography variant="subtitle2">{title}</Typography>
      <Box component="pre" sx={{ m: 0, p: 1, bgcolor: 'grey.100', borderRadius: 1, overflow: 'auto', fontSize: '0.75rem' }}>
        {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
      </Box>
    </Box>
  );
}

const VIEWS: readonly string[] = [PATIENT_READ_ACTIONS.record, PATIENT_READ_ACTIONS.history, PATIENT_READ_ACTIONS.photo, PATIENT_READ_ACTIONS.visits, PATIENT_READ_ACTIONS.documents];

/** Reads of patient data say so in words: who viewed a record, who searched and how many patients it showed. */
function ReadLabel({ entry }: { entry: ListedAuditEntry }) {
  const { t } = useTranslation();
  let label: string | null = null;
  if (VIEWS.includes(entry.action)) label = t('audit.read.viewed');
  if (entry.action === PATIENT_READ_ACTIONS.search) {
    const shown = (entry.after as { patientIds?: unknown[] } | undefined)?.patientIds?.length ?? 0;
    label = t('audit.read.searched', { count: shown });
  }
  return label ? <Chip size="small" variant="outlined" label={label} sx={{ ml: 1 }} /> : null;
}

/** As it arrives over the wire, where a missing before/after simply stays absent. */
export type ListedAuditEntry = Omit<AuditEntry, 'before' | 'after'> & { before?: unknown; after?: unknown };

/** The audit log's columns; the hub pages it newest first, so none of them sorts only the rows loaded so far. */
export function auditColumns(t: (key: string) => string, dates: ClinicDates): DataColumn<ListedAuditEntry>[] {
  return [
    { key: 'seq', header: '#', cell: (entry) => entry.seq },
    { key: 'at', header: t('audit.time'), cell: (entry) => dates.dateTime(entry.at), nowrap: true },
    { key: 'who', header: t('audit.who'), cell: (entry) => entry.actorName ?? t('audit.system') },
    {
      key: 'action',
      header: t('audit.action'),
      cell: (entry) => (
        <>
          {entry.action}
          <ReadLabel entry={entry} />
        </>
      ),
    },
    { key: 'entity', header: t('audit.entity'), cell: (entry) => entry.entity },
    { key: 'entityId', header: t('audit.entityId'), cell: (entry) => <Box component="span" sx={{ fontFamily: 'monospace', fontSize: '0.75rem' }}>{entry.entityId ?? '—'}</Box> },
  ];
}

/** What the entry changed, opened under its row. */
export function AuditChange({ entry }: { entry: ListedAuditEntry }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={2} sx={{ py: 2 }}>
      <Json title={t('audit.before')} value={entry.before} />
      <Json title={t('audit.after')} value={entry.after} />
    </Stack>
  );
}
