import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockTakeLine, StockTakeSheet } from '../../../shared/schemas/stock-take';
import { useTRPC } from '../../api/client';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { calendarDay } from '../../format/clinic-dates';
import { useClinicDates } from '../../format/use-clinic-clock';
import { lineForScan } from './line-for-scan';
import { useRinggit } from '../../format/ringgit';

/**
 * One stock take's count sheet. A barcode scanner types the code and Enter into the scan box;
 * the cursor moves to that medicine's first uncounted line, the count is typed and Enter saves it
 * and returns to the scan box, so a shelf is counted without the mouse.
 */
export function CountSheet({ id, onBack }: { id: string; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const dates = useClinicDates();
  const sheet = useQuery(trpc.stockTake.sheet.queryOptions({ id }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.stockTake.pathKey() });
  const record = useMutation(trpc.stockTake.recordCount.mutationOptions({ onSuccess: refresh }));
  const post = useMutation(trpc.stockTake.post.mutationOptions({ onSuccess: async () => { await refresh(); setAsking(null); } }));
  const cancel = useMutation(trpc.stockTake.cancel.mutationOptions({ onSuccess: async () => { await refresh(); setAsking(null); } }));
  const [asking, setAsking] = useState<'post' | 'cancel' | null>(null);
  const [scan, setScan] = useState('');
  const [notOnSheet, setNotOnSheet] = useState<string | null>(null);
  const scanBox = useRef<HTMLInputElement | null>(null);
  const countFields = useRef(new Map<string, HTMLInputElement>());
  const rm = useRinggit();

  const take = sheet.data;
  if (!take) return <ErrorAlert error={sheet.error} />;
  const counting = take.status === 'counting';

  const onScan = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const line = lineForScan(take.lines, scan);
    setNotOnSheet(line ? null : scan.trim());
    if (line) countFields.current.get(line.id)?.focus();
    if (line) countFields.current.get(line.id)?.select();
    setScan('');
  };
  const saveCount = (line: StockTakeLine, text: string) => {
    const counted = text.trim() === '' ? null : Number(text);
    if (counted === line.counted || (counted !== null && !Number.isInteger(counted))) return;
    record.mutate({ lineId: line.id, counted });
  };
  // Enter leaves the count field for the scan box; leaving the field (blur) is what saves the count.
  const onCountKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    // The table's own Enter (open the row) must not take the focus back.
    event.stopPropagation();
    scanBox.current?.focus();
  };

  const columns: DataColumn<StockTakeLine>[] = [
    { key: 'shelf', header: t('stockTake.shelf'), cell: (line) => line.shelf ?? '', sortValue: (line) => line.shelf ?? '' },
    { key: 'medicine', header: t('stockTake.medicine'), cell: (line) => `${line.medicineCode ? `${line.medicineCode} · ` : ''}${line.medicineLabel}`, sortValue: (line) => line.medicineLabel },
    { key: 'batch', header: t('stockTake.batch'), cell: (line) => line.batchNo, nowrap: true },
    { key: 'expiry', header: t('stockTake.expiry'), cell: (line) => calendarDay(line.expiryDate, i18n.language, 'none'), sortValue: (line) => line.expiryDate, nowrap: true },
    { key: 'unitCost', header: t('stockTake.unitCost'), cell: (line) => rm(line.unitCostSen), align: 'right', nowrap: true },
    { key: 'expected', header: t('stockTake.expected'), cell: (line) => line.expected, align: 'right' },
    { key: 'moved', header: t('stockTake.moved'), cell: (line) => (line.movedSinceFreeze === 0 ? '' : signed(line.movedSinceFreeze)), align: 'right' },
    {
      key: 'counted',
      header: t('stockTake.counted'),
      width: 110,
      cell: (line) =>
        counting ? (
          <TextField
            key={`${line.id}-${line.counted ?? ''}`}
            size="small"
            type="number"
            defaultValue={line.counted ?? ''}
            onBlur={(event) => saveCount(line, event.target.value)}
            onKeyDown={onCountKey}
            onClick={(event) => event.stopPropagation()}
            slotProps={{ htmlInput: { min: 0, step: 1, 'aria-label': `${t('stockTake.counted')} ${line.medicineLabel} ${line.batchNo}`, 'data-testid': `count-${line.batchNo}` } }}
            inputRef={(element: HTMLInputElement | null) => {
              if (element) countFields.current.set(line.id, element);
              else countFields.current.delete(line.id);
            }}
          />
        ) : (
          (line.counted ?? '')
        ),
    },
    { key: 'variance', header: t('stockTake.variance'), cell: (line) => (line.varianceUnits === null ? '' : signed(line.varianceUnits)), align: 'right', sortValue: (line) => line.varianceUnits ?? 0 },
    { key: 'value', header: t('stockTake.varianceValue'), cell: (line) => (line.varianceSen === null ? '' : rm(line.varianceSen)), align: 'right', nowrap: true, sortValue: (line) => line.varianceSen ?? 0 },
  ];
  const uncounted = take.lineCount - take.countedCount;
  return (
    <Stack spacing={2} sx={{ maxWidth: 1400 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button onClick={onBack}>{t('stockTake.back')}</Button>
        <Typography variant="h5" component="h1" data-testid="stock-take-title">
          {`${t('stockTake.title')} ${take.number} · ${take.shelf ?? t('stockTake.wholeStore')} · ${t(`stockTake.statuses.${take.status}`)}`}
        </Typography>
      </Stack>
      {counting && (
        <TextField
          autoFocus
          label={t('stockTake.scan')}
          helperText={t('stockTake.scanHint')}
          value={scan}
          onChange={(event) => setScan(event.target.value)}
          onKeyDown={onScan}
          inputRef={scanBox}
          sx={{ maxWidth: 360 }}
          slotProps={{ htmlInput: { 'data-testid': 'stock-take-scan' } }}
        />
      )}
      {notOnSheet && <Alert severity="warning">{t('stockTake.scanNotOnSheet', { code: notOnSheet })}</Alert>}
      <ErrorAlert error={record.error} />
      <DataTable columns={columns} rows={take.lines} rowKey={(line) => line.id} rowTestId={(line) => `count-line-${line.batchNo}`} testId="count-sheet" />
      <Totals take={take} rm={rm} />
      {take.postedAt && <Alert severity="success">{t('stockTake.posted', { when: dates.dateTime(take.postedAt) })}</Alert>}
      {counting && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button variant="contained" onClick={() => setAsking('post')} data-testid="stock-take-post">
            {t('stockTake.post')}
          </Button>
          <Button color="warning" onClick={() => setAsking('cancel')} data-testid="stock-take-cancel">
            {t('stockTake.cancel')}
          </Button>
          {uncounted > 0 && <Typography color="text.secondary">{t('stockTake.uncounted', { count: uncounted })}</Typography>}
        </Stack>
      )}
      {asking === 'post' && (
        <ConfirmDialog title={t('stockTake.postConfirmTitle', { number: take.number })} confirmLabel={t('stockTake.post')} testId="stock-take-post-dialog" pending={post.isPending} error={post.error} onConfirm={() => post.mutate({ id })} onClose={() => setAsking(null)}>
          {t('stockTake.postConfirmBody')}
        </ConfirmDialog>
      )}
      {asking === 'cancel' && (
        <ConfirmDialog title={t('stockTake.cancelConfirmTitle', { number: take.number })} confirmLabel={t('stockTake.cancel')} color="warning" testId="stock-take-cancel-dialog" pending={cancel.isPending} error={cancel.error} onConfirm={() => cancel.mutate({ id })} onClose={() => setAsking(null)}>
          {t('stockTake.cancelConfirmBody')}
        </ConfirmDialog>
      )}
    </Stack>
  );
}

function Totals({ take, rm }: { take: StockTakeSheet; rm: (sen: number) => string }) {
  const { t } = useTranslation();
  const { totals } = take;
  return (
    <Stack direction="row" spacing={3} data-testid="stock-take-totals">
      <Typography>{t('stockTake.totals.over', { units: totals.overUnits, value: rm(totals.overSen) })}</Typography>
      <Typography>{t('stockTake.totals.short', { units: totals.shortUnits, value: rm(totals.shortSen) })}</Typography>
      <Typography sx={{ fontWeight: 'bold' }}>{t('stockTake.totals.net', { value: rm(totals.netSen) })}</Typography>
    </Stack>
  );
}

function signed(units: number): string {
  return units > 0 ? `+${units}` : String(units);
}
