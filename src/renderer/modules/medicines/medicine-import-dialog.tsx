import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Stack, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useMutation } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCsv } from '../../../shared/csv';
import { columnNames } from '../../../shared/csv-columns';
import { guessMedicineMapping } from '../../../shared/medicine-import-columns';
import {
  MEDICINE_IMPORT_FIELDS,
  MEDICINE_IMPORT_REQUIRED,
  type MedicineImportField,
  type MedicineImportMapping,
  type MedicineImportPreview,
  type MedicineImportResult,
  type MedicineImportRow,
} from '../../../shared/schemas/medicines';
import type { TFunction } from 'i18next';
import { useTRPC } from '../../api/client';
import { ColumnMappingTable } from '../../components/column-mapping-table';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import { ErrorAlert } from '../../components/error-alert';

type Mapping = Partial<Record<MedicineImportField, string>>;

/** The mapping as the hub takes it, or null while a required field has no column. */
function completeMapping(mapping: Mapping): MedicineImportMapping | null {
  const { generic, form, strength, route } = mapping;
  if (!generic || !form || !strength || !route) return null;
  return { ...mapping, generic, form, strength, route };
}

/** Every reason a row was left out, in one sentence each. */
export function rejectionText(row: MedicineImportRow, t: TFunction): string {
  return row.rejections.map((r) => t(`medicineImport.reasons.${r.reason}`, { field: t(`fields.${r.field}`), value: r.value })).join('; ');
}

/**
 * A medicine list from a CSV file: choose it, match its columns (guessed from the header), check
 * every row (nothing written), then import the valid rows in one go; the rest are listed with why.
 */
export function MedicineImportDialog({ onClose, onImported }: { onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [name, setName] = useState('');
  const [csv, setCsv] = useState('');
  const [firstRecord, setFirstRecord] = useState<string[]>([]);
  const [lines, setLines] = useState(0);
  const [hasHeader, setHasHeader] = useState(true);
  const [mapping, setMapping] = useState<Mapping>({});
  const [preview, setPreview] = useState<MedicineImportPreview | null>(null);
  const [result, setResult] = useState<MedicineImportResult | null>(null);
  const check = useMutation(trpc.medicines.importPreview.mutationOptions());
  const commit = useMutation(trpc.medicines.importCommit.mutationOptions());
  const columns = columnNames(firstRecord, hasHeader);
  const ready = completeMapping(mapping);
  const busy = check.isPending || commit.isPending;

  const choose = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    if (!file) return;
    const text = await file.text();
    const records = parseCsv(text);
    const first = records[0] ?? [];
    const guessed = guessMedicineMapping(first);
    setName(file.name);
    setCsv(text);
    setLines(records.length);
    setFirstRecord(first);
    setHasHeader(guessed.generic !== undefined);
    setMapping(guessed.generic !== undefined ? guessed : {});
    setPreview(null);
  };
  const changed = (next: () => void): void => {
    next();
    setPreview(null);
  };
  const rowColumns: DataColumn<MedicineImportRow>[] = [
    { key: 'row', header: t('medicineImport.row'), cell: (row) => row.row, sortValue: (row) => row.row, width: 60 },
    { key: 'generic', header: t('medicines.generic'), cell: (row) => row.generic },
    { key: 'brand', header: t('medicines.brand'), cell: (row) => row.brand },
    { key: 'strength', header: t('medicines.strength'), cell: (row) => row.strength },
    { key: 'form', header: t('medicines.form'), cell: (row) => row.form },
  ];

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="lg">
      <DialogTitle>{t('medicineImport.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {result ? (
            <>
              <Alert severity="success" data-testid="medicine-import-result">{t('medicineImport.imported', { count: result.imported })}</Alert>
              {result.rejected.length > 0 && <RejectedRows rows={result.rejected} columns={rowColumns} />}
            </>
          ) : (
            <>
              <Typography variant="body2">{t('medicineImport.intro')}</Typography>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={busy}>
                  {t('medicineImport.chooseFile')}
                  <input hidden type="file" accept=".csv,text/csv" onChange={(event) => void choose(event)} data-testid="medicine-import-file" />
                </Button>
                {name && <Typography>{t('medicineImport.fileChosen', { name, rows: lines })}</Typography>}
                {name && (
                  <FormControlLabel label={t('medicineImport.hasHeader')}
                    control={<Checkbox checked={hasHeader} disabled={busy} onChange={(e) => changed(() => { setHasHeader(e.target.checked); setMapping({}); })} />} />
                )}
              </Stack>
              <ErrorAlert error={check.error ?? commit.error} />
              {preview && (
                <Stack spacing={1}>
                  <Alert severity={preview.rejected.length > 0 ? 'warning' : 'info'} data-testid="medicine-import-totals">
                    {t('medicineImport.totals', { rows: preview.rows, valid: preview.valid, rejected: preview.rejected.length })}
                  </Alert>
                  {preview.rejected.length > 0 && <RejectedRows rows={preview.rejected} columns={rowColumns} />}
                  {preview.sample.length > 0 && (
                    <>
                      <Typography variant="subtitle2">{t('medicineImport.sampleTitle')}</Typography>
                      <DataTable columns={rowColumns} rows={preview.sample} rowKey={(row) => row.row} framed={false} />
                    </>
                  )}
                </Stack>
              )}
              {name && (
                <ColumnMappingTable fields={MEDICINE_IMPORT_FIELDS} required={MEDICINE_IMPORT_REQUIRED} columns={columns} mapping={mapping} disabled={busy} testIdPrefix="medicine-import-map"
                  onChange={(next) => changed(() => setMapping(next))}
                  fieldLabel={(field) => t(`fields.${field}`)}
                  words={{ mapping: t('medicineImport.mapping'), field: t('medicineImport.field'), column: t('medicineImport.column'), required: t('medicineImport.required'), notInFile: t('medicineImport.notInFile') }} />
              )}
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>{result ? t('medicineImport.close') : t('common.cancel')}</Button>
        {!result && !preview && (
          <Button variant="contained" disabled={!ready || busy} data-testid="medicine-import-check"
            onClick={() => ready && check.mutate({ csv, mapping: ready, hasHeader }, { onSuccess: setPreview })}>
            {check.isPending ? t('medicineImport.checking') : t('medicineImport.check')}
          </Button>
        )}
        {!result && preview && (
          <Button variant="contained" disabled={busy || preview.valid === 0} data-testid="medicine-import-commit"
            onClick={() => ready && commit.mutate({ csv, mapping: ready, hasHeader }, { onSuccess: (done) => { setResult(done); onImported(); } })}>
            {t('medicineImport.commit', { count: preview.valid })}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

function RejectedRows({ rows, columns }: { rows: MedicineImportRow[]; columns: DataColumn<MedicineImportRow>[] }) {
  const { t } = useTranslation();
  const withReason: DataColumn<MedicineImportRow>[] = [...columns, { key: 'reason', header: t('medicineImport.reason'), cell: (row) => rejectionText(row, t) }];
  return (
    <>
      <Typography variant="subtitle2">{t('medicineImport.rejectedTitle')}</Typography>
      <DataTable columns={withReason} rows={rows} rowKey={(row) => row.row} rowTestId={(row) => `medicine-import-rejected-${row.row}`} framed={false} pageSize={50} />
    </>
  );
}
