import { Alert, Chip, Link, Stack, Typography } from '@mui/material';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportResult } from '../../../shared/schemas/patient-import';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import { describeDuplicate, describeRejection, rejectedRowsCsv } from './csv-upload';

/** Rows of the file on one page of a list; the download holds them all. */
const PAGE_ROWS = 50;

type PreviewRow = ImportPreview['rows'][number];

/** A row of the file that was not imported, and why. */
interface RowProblem {
  row: number;
  text: string;
}

const STATUS_COLOUR = { valid: 'success', rejected: 'error', duplicate: 'warning' } as const;

/** The totals and the first rows of the file with their status, before anything is written. */
export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const sexOf = (row: PreviewRow): string | null => (row.sex === 'male' || row.sex === 'female' ? t(`patients.sexes.${row.sex}`) : row.sex);
  const fieldColumn = (key: 'fullName' | 'identityNo' | 'dateOfBirth' | 'phone'): DataColumn<PreviewRow> => ({ key, header: t(`patientImport.fields.${key}`), cell: (row) => row[key], sortValue: (row) => row[key] });
  const previewColumns: DataColumn<PreviewRow>[] = [
    { key: 'row', header: t('patientImport.row'), cell: (row) => row.row, sortValue: (row) => row.row },
    { key: 'status', header: t('patientImport.status'), cell: (row) => <Chip size="small" color={STATUS_COLOUR[row.status]} label={t(`patientImport.statuses.${row.status}`)} />, sortValue: (row) => row.status },
    ...(['fullName', 'identityNo', 'dateOfBirth'] as const).map(fieldColumn),
    { key: 'sex', header: t('patientImport.fields.sex'), cell: sexOf },
    fieldColumn('phone'),
    { key: 'reason', header: t('patientImport.reason'), cell: (row) => (row.rejection ? describeRejection(row.rejection, t) : row.duplicate ? describeDuplicate(row.duplicate, t) : row.warnings.map((warning) => t(`patientImport.warnings.${warning}`)).join(' ')) },
  ];
  return (
    <Stack spacing={1}>
      <Alert severity="info" data-testid="import-totals">{t('patientImport.totals', { ...preview.totals })}</Alert>
      <Typography variant="subtitle2">{t('patientImport.previewTitle')}</Typography>
      <DataTable columns={previewColumns} rows={preview.rows} rowKey={(row) => row.row} rowTestId={(row) => `import-preview-row-${row.row}`} framed={false} pageSize={PAGE_ROWS} />
    </Stack>
  );
}

/** What was imported, and every row that was not, with the reason and a CSV of them to fix and import again. */
export function ImportResultSummary({ result, text, hasHeader }: { result: ImportResult; text: string; hasHeader: boolean }) {
  const { t } = useTranslation();
  const problems = result.rejected.length + result.duplicates.length;
  const downloadUrl = useMemo(
    () => (problems > 0 ? URL.createObjectURL(new Blob([rejectedRowsCsv(text, hasHeader, result, t)], { type: 'text/csv' })) : null),
    [problems, text, hasHeader, result, t],
  );
  useEffect(() => () => {
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  }, [downloadUrl]);
  return (
    <Stack spacing={1} data-testid="import-result">
      <Alert severity={result.imported > 0 ? 'success' : 'warning'}>
        {result.imported > 0 ? t('patientImport.done', { imported: result.imported, firstMrn: result.firstMrn, lastMrn: result.lastMrn }) : t('patientImport.doneNone')}
      </Alert>
      {downloadUrl && (
        <Link href={downloadUrl} download="rejected-rows.csv" data-testid="import-download-rejected">
          {t('patientImport.downloadRejected')}
        </Link>
      )}
      <RowList
        title={t('patientImport.rejectedTitle', { count: result.rejected.length })}
        rows={result.rejected.map((rejection) => ({ row: rejection.row, text: describeRejection(rejection, t) }))}
        testId="import-rejected"
      />
      <RowList
        title={t('patientImport.duplicatesTitle', { count: result.duplicates.length })}
        rows={result.duplicates.map((duplicate) => ({ row: duplicate.row, text: describeDuplicate(duplicate, t) }))}
        testId="import-duplicates"
      />
    </Stack>
  );
}

const ROW_COLUMNS: DataColumn<RowProblem>[] = [
  { key: 'row', width: 80, nowrap: true, cell: (line) => <RowNumber row={line.row} /> },
  { key: 'text', cell: (line) => line.text },
];

function RowNumber({ row }: { row: number }) {
  const { t } = useTranslation();
  return `${t('patientImport.row')} ${row}`;
}

/** Rows of the file that were not imported, each with why, a page at a time. */
function RowList({ title, rows, testId }: { title: string; rows: RowProblem[]; testId: string }) {
  if (rows.length === 0) return null;
  return (
    <>
      <Typography variant="subtitle2">{title}</Typography>
      <DataTable columns={ROW_COLUMNS} rows={rows} rowKey={(line) => line.row} showHeader={false} framed={false} pageSize={PAGE_ROWS} testId={testId} />
    </>
  );
}
