import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Stack, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useMutation } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCsv } from '../../../shared/csv';
import { columnNames } from '../../../shared/csv-columns';
import { guessOpeningStockMapping } from '../../../shared/opening-stock-columns';
import { OPENING_STOCK_FIELDS, OPENING_STOCK_REQUIRED, type OpeningStockField, type OpeningStockMapping, type OpeningStockPreview, type OpeningStockResult, type OpeningStockRow } from '../../../shared/schemas/opening-stock';
import { useTRPC } from '../../api/client';
import { ColumnMappingTable } from '../../components/column-mapping-table';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { calendarDay } from '../../format/clinic-dates';
import { useRinggit } from '../../format/ringgit';

type Mapping = Partial<Record<OpeningStockField, string>>;

/** The mapping as the hub takes it, or null while a required field (or the medicine) has no column. */
function completeMapping(mapping: Mapping): OpeningStockMapping | null {
  const { batchNo, expiryDate, quantity, unitCost } = mapping;
  if (!batchNo || !expiryDate || !quantity || !unitCost) return null;
  if (!mapping.code && !(mapping.generic && mapping.strength)) return null;
  return { ...mapping, batchNo, expiryDate, quantity, unitCost };
}

/**
 * Opening stock from a CSV file: choose it, match its columns, check every row (nothing written),
 * then receive the whole file; a file with any row wrong is received not at all.
 */
export function OpeningStockDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [name, setName] = useState('');
  const [csv, setCsv] = useState('');
  const [firstRecord, setFirstRecord] = useState<string[]>([]);
  const [hasHeader, setHasHeader] = useState(true);
  const [mapping, setMapping] = useState<Mapping>({});
  const [preview, setPreview] = useState<OpeningStockPreview | null>(null);
  const [result, setResult] = useState<OpeningStockResult | null>(null);
  const check = useMutation(trpc.stockTake.openingStockPreview.mutationOptions());
  const commit = useMutation(trpc.stockTake.openingStockCommit.mutationOptions());
  const ready = completeMapping(mapping);
  const busy = check.isPending || commit.isPending;
  const rm = useRinggit();

  const choose = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    if (!file) return;
    const text = await file.text();
    const first = parseCsv(text)[0] ?? [];
    const guessed = guessOpeningStockMapping(first);
    setName(file.name);
    setCsv(text);
    setFirstRecord(first);
    setHasHeader(guessed.batchNo !== undefined);
    setMapping(guessed.batchNo !== undefined ? guessed : {});
    setPreview(null);
  };
  const changed = (next: () => void): void => {
    next();
    setPreview(null);
  };
  const rowColumns: DataColumn<OpeningStockRow>[] = [
    { key: 'row', header: t('openingStock.row'), cell: (row) => row.row, width: 60 },
    { key: 'medicine', header: t('stockTake.medicine'), cell: (row) => row.medicine },
    { key: 'batch', header: t('stockTake.batch'), cell: (row) => row.batchNo },
    { key: 'expiry', header: t('stockTake.expiry'), cell: (row) => (/^\d{4}-\d{2}-\d{2}$/.test(row.expiryDate) ? calendarDay(row.expiryDate, i18n.language, 'none') : row.expiryDate), nowrap: true },
    { key: 'quantity', header: t('openingStock.quantity'), cell: (row) => row.quantity ?? '', align: 'right' },
    { key: 'cost', header: t('stockTake.unitCost'), cell: (row) => (row.unitCostSen === null ? '' : rm(row.unitCostSen)), align: 'right' },
    { key: 'reason', header: t('openingStock.reason'), cell: (row) => row.rejections.map((r) => t(`openingStock.reasons.${r.reason}`, { field: t(`openingStock.fields.${r.field}`), value: r.value })).join('; ') },
  ];

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="lg">
      <DialogTitle>{t('openingStock.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {result ? (
            <Alert severity="success" data-testid="opening-stock-result">{t('openingStock.received', { count: result.received, value: rm(result.valueSen) })}</Alert>
          ) : (
            <>
              <Typography variant="body2">{t('openingStock.intro')}</Typography>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={busy}>
                  {t('openingStock.chooseFile')}
                  <input hidden type="file" accept=".csv,text/csv" onChange={(event) => void choose(event)} data-testid="opening-stock-file" />
                </Button>
                {name && <Typography>{name}</Typography>}
                {name && (
                  <FormControlLabel label={t('openingStock.hasHeader')}
                    control={<Checkbox checked={hasHeader} disabled={busy} onChange={(e) => changed(() => { setHasHeader(e.target.checked); setMapping({}); })} />} />
                )}
              </Stack>
              <ErrorAlert error={check.error ?? commit.error} />
              {preview && (
                <Stack spacing={1}>
                  <Alert severity={preview.rejected.length > 0 ? 'warning' : 'info'} data-testid="opening-stock-totals">
                    {t('openingStock.totals', { rows: preview.rows, valid: preview.valid, rejected: preview.rejected.length, value: rm(preview.valueSen) })}
                  </Alert>
                  {preview.rejected.length > 0 && <DataTable columns={rowColumns} rows={preview.rejected} rowKey={(row) => row.row} rowTestId={(row) => `opening-stock-rejected-${row.row}`} framed={false} pageSize={50} />}
                  {preview.rejected.length === 0 && <DataTable columns={rowColumns.slice(0, -1)} rows={preview.sample} rowKey={(row) => row.row} framed={false} />}
                </Stack>
              )}
              {name && (
                <ColumnMappingTable fields={OPENING_STOCK_FIELDS} required={OPENING_STOCK_REQUIRED} columns={columnNames(firstRecord, hasHeader)} mapping={mapping} disabled={busy} testIdPrefix="opening-stock-map"
                  onChange={(next) => changed(() => setMapping(next))}
                  fieldLabel={(field) => t(`openingStock.fields.${field}`)}
                  words={{ mapping: t('openingStock.mapping'), field: t('openingStock.field'), column: t('openingStock.column'), required: t('openingStock.required'), notInFile: t('openingStock.notInFile') }} />
              )}
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>{result ? t('openingStock.close') : t('common.cancel')}</Button>
        {!result && !preview && (
          <Button variant="contained" disabled={!ready || busy} data-testid="opening-stock-check" onClick={() => ready && check.mutate({ csv, mapping: ready, hasHeader }, { onSuccess: setPreview })}>
            {t('openingStock.check')}
          </Button>
        )}
        {!result && preview && (
          <Button variant="contained" disabled={busy || preview.valid === 0 || preview.rejected.length > 0} data-testid="opening-stock-commit" onClick={() => ready && commit.mutate({ csv, mapping: ready, hasHeader }, { onSuccess: setResult })}>
            {t('openingStock.commit', { count: preview.valid })}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
