import { Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import type { DataColumn } from '../../components/data-table/data-table';
import type { ClinicDates } from '../../format/clinic-dates';
import { useClinicDates } from '../../format/use-clinic-clock';
import { changeLines } from './audit-change-words';
import { auditSentence, type WireAuditEntry } from './audit-sentence';

/** The audit log's columns; the hub pages it newest first, so none of them sorts only the rows loaded so far. */
export function auditColumns(t: TFunction, dates: ClinicDates): DataColumn<WireAuditEntry>[] {
  return [
    { key: 'seq', header: '#', cell: (entry) => entry.seq, width: 64 },
    { key: 'at', header: t('audit.time'), cell: (entry) => dates.dateTime(entry.at), nowrap: true },
    { key: 'who', header: t('audit.who'), cell: (entry) => entry.actorName ?? t('audit.system'), nowrap: true },
    { key: 'what', header: t('audit.whatHappened'), cell: (entry) => auditSentence(entry, t) },
  ];
}

/** Names for the ids an entry may hold: the hub's word on whom it is about, and every user. */
function useNamesOf(entry: WireAuditEntry): Map<string, string> {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const actors = useQuery(trpc.audit.actors.queryOptions());
  const names = new Map((actors.data ?? []).map((actor): [string, string] => [actor.userId, actor.name]));
  if (entry.actorUserId && entry.actorName) names.set(entry.actorUserId, entry.actorName);
  const subject = entry.subject;
  if (subject?.kind === 'patient') names.set(subject.patientId, t('audit.patientLabel', { name: subject.fullName, mrn: subject.mrn }));
  if (subject?.kind === 'user') names.set(subject.userId, subject.name);
  return names;
}

/** What the entry changed, opened under its row: each field by its name, what it was → what it became. */
export function AuditChange({ entry }: { entry: WireAuditEntry }) {
  const { t, i18n } = useTranslation();
  const dates = useClinicDates();
  const names = useNamesOf(entry);
  const lines = changeLines(entry, { t, language: i18n.language, dates, names });
  if (lines.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ py: 2 }} data-testid="audit-change">
        {t('audit.change.nothing')}
      </Typography>
    );
  }
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, my: 1, py: 1 }} data-testid="audit-change">
      {lines.map((line) => (
        <Box key={line.path} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" sx={{ fontWeight: 500 }}>
            {line.label}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            {line.before !== undefined && line.after !== undefined ? (
              <>
                <Box component="span" sx={{ color: 'text.secondary', textDecoration: 'line-through' }}>{line.before}</Box>
                {' → '}
                {line.after}
              </>
            ) : (line.after ?? line.before)}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
