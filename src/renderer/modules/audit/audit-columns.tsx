import { Box, Stack, Typography } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DataColumn } from '../../components/data-table/data-table';
import type { ClinicDates } from '../../format/clinic-dates';
import { auditSentence, type WireAuditEntry } from './audit-sentence';

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

/** The audit log's columns; the hub pages it newest first, so none of them sorts only the rows loaded so far. */
export function auditColumns(t: TFunction, dates: ClinicDates): DataColumn<WireAuditEntry>[] {
  return [
    { key: 'seq', header: '#', cell: (entry) => entry.seq, width: 64 },
    { key: 'at', header: t('audit.time'), cell: (entry) => dates.dateTime(entry.at), nowrap: true },
    { key: 'who', header: t('audit.who'), cell: (entry) => entry.actorName ?? t('audit.system') },
    { key: 'what', header: t('audit.whatHappened'), cell: (entry) => auditSentence(entry, t) },
  ];
}

/** What the entry changed, opened under its row. */
export function AuditChange({ entry }: { entry: WireAuditEntry }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={2} sx={{ py: 2 }}>
      <Json title={t('audit.before')} value={entry.before} />
      <Json title={t('audit.after')} value={entry.after} />
    </Stack>
  );
}
