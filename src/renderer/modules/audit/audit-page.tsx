import { Alert, Button, Stack, Typography } from '@mui/material';
import VerifiedIcon from '@mui/icons-material/Verified';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditListInput, AuditVerifyResult } from '../../../shared/schemas/audit';
import { useTRPC, useTRPCClient } from '../../api/client';
import { DataTable } from '../../components/data-table/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicDates } from '../../format/use-clinic-clock';
import { AuditFilters } from './audit-filters';
import { AuditChange, auditColumns, type ListedAuditEntry } from './audit-columns';

const PAGE_SIZE = 100;

export function AuditPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const columns = auditColumns(t, useClinicDates());
  const [filters, setFilters] = useState<AuditListInput>({});
  const firstPage = useQuery(trpc.audit.list.queryOptions({ ...filters, limit: PAGE_SIZE }));
  // Older pages, keyed to the first page they continue so a refetch or new filter drops them.
  const [older, setOlder] = useState<{ after: ListedAuditEntry[] | undefined; entries: ListedAuditEntry[]; done: boolean }>({ after: undefined, entries: [], done: false });
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

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="h4" component="h1">
          {t('nav.audit')}
        </Typography>
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
      <ErrorAlert error={verify.error ?? firstPage.error ?? loadMore.error} />
      <AuditFilters onApply={setFilters} />
      <DataTable
        columns={columns}
        rows={firstPage.data ? entries : undefined}
        rowKey={(entry) => entry.seq}
        rowTestId={(entry) => `audit-row-${entry.seq}`}
        loading={firstPage.isPending}
        detail={(entry) => <AuditChange entry={entry} />}
        loadMore={{ hasMore: !exhausted && entries.length > 0, pending: loadMore.isPending, onLoadMore: () => loadMore.mutate(entries[entries.length - 1].seq), label: t('audit.loadMore') }}
      />
    </Stack>
  );
}
