import { Alert, Button, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import VerifiedIcon from '@mui/icons-material/Verified';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditVerifyResult } from '../../../shared/schemas/audit';
import { useTRPC, useTRPCClient } from '../../api/client';
import { DataTable } from '../../components/data-table/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { saveFile } from '../../components/save-file';
import { useClinicClock, useClinicDates, useClinicTimeZone } from '../../format/use-clinic-clock';
import { auditCsv } from './audit-export';
import { listInputOf, NO_AUDIT_FILTERS, type AuditFilterChoice } from './audit-filter-choice';
import { AuditFilters } from './audit-filters';
import { AuditChange, auditColumns } from './audit-columns';
import type { WireAuditEntry } from './audit-sentence';

const PAGE_SIZE = 100;

export function AuditPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const dates = useClinicDates();
  const timeZone = useClinicTimeZone();
  const today = useClinicClock().date;
  const columns = auditColumns(t, dates);
  const [choice, setChoice] = useState<AuditFilterChoice>(NO_AUDIT_FILTERS);
  const filters = listInputOf(choice, timeZone);
  const firstPage = useQuery(trpc.audit.list.queryOptions({ ...filters, limit: PAGE_SIZE }));
  // Older pages, keyed to the first page they continue so a refetch or new filter drops them.
  const [older, setOlder] = useState<{ after: WireAuditEntry[] | undefined; entries: WireAuditEntry[]; done: boolean }>({ after: undefined, entries: [], done: false });
  const olderEntries = older.after === firstPage.data ? older.entries : [];
  const entries = [...(firstPage.data ?? []), ...olderEntries];
  const exhausted = (firstPage.data?.length ?? 0) < PAGE_SIZE || (older.after === firstPage.data && older.done);

  const loadMore = useMutation({
    mutationFn: (beforeSeq: number) => client.audit.list.query({ ...filters, beforeSeq, limit: PAGE_SIZE }),
    onSuccess: (page) => setOlder({ after: firstPage.data, entries: [...olderEntries, ...page], done: page.length < PAGE_SIZE }),
  });
  const verify = useMutation({
    mutationFn: (): Promise<AuditVerifyResult> => client.audit.verify.query(),
    // A failed check shows on every screen at once.
    onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.audit.health.queryKey() }),
  });
  const exportCsv = useMutation({
    mutationFn: async () => {
      const file = `${t('audit.exportFile')}-${today}.csv`;
      const result = await auditCsv((input) => client.audit.list.query(input), filters, t, dates);
      saveFile(result.csv, file, 'text/csv;charset=utf-8');
      return { ...result, file };
    },
  });

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h4" component="h1" sx={{ flex: 1 }}>
          {t('nav.audit')}
        </Typography>
        <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => exportCsv.mutate()} disabled={exportCsv.isPending} data-testid="audit-export">
          {t('audit.exportCsv')}
        </Button>
        <Button variant="outlined" startIcon={<VerifiedIcon />} onClick={() => verify.mutate()} disabled={verify.isPending} data-testid="audit-verify">
          {t('audit.verify')}
        </Button>
      </Stack>
      {verify.data?.ok === true && <Alert severity="success">{t('audit.verifyOk', { checked: verify.data.checked })}</Alert>}
      {verify.data?.ok === false && (
        <Alert severity="error">
          {t('audit.verifyBroken', { seq: verify.data.brokenAtSeq, checked: verify.data.checked, problem: t(`audit.problem.${verify.data.problem}`) })}
        </Alert>
      )}
      {exportCsv.data && (
        <Alert severity={exportCsv.data.capped ? 'warning' : 'success'} data-testid="audit-exported" onClose={() => exportCsv.reset()}>
          {exportCsv.data.capped ? t('audit.exportCapped', { count: exportCsv.data.count }) : t('audit.exported', { count: exportCsv.data.count, file: exportCsv.data.file })}
        </Alert>
      )}
      <ErrorAlert error={verify.error ?? exportCsv.error ?? firstPage.error ?? loadMore.error} />
      <AuditFilters value={choice} onChange={setChoice} />
      <DataTable
        columns={columns}
        rows={firstPage.data ? entries : undefined}
        rowKey={(entry) => entry.seq}
        rowTestId={(entry) => `audit-row-${entry.seq}`}
        loading={firstPage.isPending}
        emptyText={t('audit.none')}
        detail={(entry) => <AuditChange entry={entry} />}
        loadMore={{ hasMore: !exhausted && entries.length > 0, pending: loadMore.isPending, onLoadMore: () => loadMore.mutate(entries[entries.length - 1].seq), label: t('audit.loadMore') }}
      />
    </Stack>
  );
}
