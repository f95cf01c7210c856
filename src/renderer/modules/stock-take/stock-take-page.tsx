import { Button, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockTakeSummary } from '../../../shared/schemas/stock-take';
import { useTRPC } from '../../api/client';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicDates } from '../../format/use-clinic-clock';
import { CountSheet } from './count-sheet';
import { OpeningStockDialog } from './opening-stock-dialog';

/** /stock-take: the stock takes so far, a new one frozen by shelf or for the whole store, and the open count sheet. */
export function StockTakePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const dates = useClinicDates();
  const [openId, setOpenId] = useState<string | null>(null);
  const [shelf, setShelf] = useState('');
  const [importing, setImporting] = useState(false);
  const takes = useQuery(trpc.stockTake.list.queryOptions());
  const start = useMutation(trpc.stockTake.start.mutationOptions({ onSuccess: (sheet) => setOpenId(sheet.id) }));

  if (openId) return <CountSheet id={openId} onBack={() => setOpenId(null)} />;

  const freeze = (event: FormEvent) => {
    event.preventDefault();
    start.mutate({ shelf: shelf.trim() === '' ? null : shelf.trim() });
  };
  const columns: DataColumn<StockTakeSummary>[] = [
    { key: 'number', header: t('stockTake.number'), cell: (take) => take.number, sortValue: (take) => take.number, nowrap: true },
    { key: 'shelf', header: t('stockTake.shelf'), cell: (take) => take.shelf ?? t('stockTake.wholeStore') },
    { key: 'status', header: t('stockTake.status'), cell: (take) => t(`stockTake.statuses.${take.status}`) },
    { key: 'frozenAt', header: t('stockTake.frozenAt'), cell: (take) => dates.dateTime(take.frozenAt), sortValue: (take) => take.frozenAt, nowrap: true },
    { key: 'progress', header: t('stockTake.progress'), cell: (take) => t('stockTake.progressOf', { counted: take.countedCount, lines: take.lineCount }) },
    { key: 'postedAt', header: t('stockTake.postedAt'), cell: (take) => (take.postedAt ? dates.dateTime(take.postedAt) : ''), nowrap: true },
  ];
  return (
    <Stack spacing={2} sx={{ maxWidth: 1400 }}>
      <Typography variant="h4" component="h1">
        {t('stockTake.title')}
      </Typography>
      <Typography variant="body2">{t('stockTake.intro')}</Typography>
      <Stack component="form" direction="row" spacing={2} sx={{ alignItems: 'flex-start' }} onSubmit={freeze} aria-label={t('stockTake.newTake')}>
        <TextField label={t('stockTake.shelf')} helperText={t('stockTake.shelfHint')} value={shelf} onChange={(event) => setShelf(event.target.value)} size="small" slotProps={{ htmlInput: { 'data-testid': 'stock-take-shelf' } }} />
        <Button type="submit" variant="contained" disabled={start.isPending} data-testid="stock-take-freeze">
          {t('stockTake.freeze')}
        </Button>
        <Button onClick={() => setImporting(true)} data-testid="opening-stock-open">
          {t('stockTake.importOpening')}
        </Button>
      </Stack>
      {importing && <OpeningStockDialog onClose={() => setImporting(false)} />}
      <ErrorAlert error={start.error ?? takes.error} />
      <DataTable columns={columns} rows={takes.data} loading={takes.isLoading} rowKey={(take) => take.id} rowTestId={(take) => `stock-take-row-${take.number}`} emptyText={t('stockTake.none')} onRowActivate={(take) => setOpenId(take.id)} pageSize={20} testId="stock-takes" />
    </Stack>
  );
}
