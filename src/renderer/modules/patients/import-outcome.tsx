import { Alert, Chip, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportResult } from '../../../shared/schemas/patient-import';
import { describeDuplicate, describeRejection, rejectedRowsCsv } from './csv-upload';

/** Rows listed on screen per kind; the download holds them all. */
const LISTED_ROWS = 200;

const STATUS_COLOUR = { valid: 'success', rejected: 'error', duplicate: 'warning' } as const;

/** The totals and the first rows of the file with their status, before anything is written. */
export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={1}>
      <Alert severity="info" data-testid="import-totals">{t('patientImport.totals', { ...preview.totals })}</Alert>
      <Typography variant="subtitle2">{t('patientImport.previewTitle')}</Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            {(['row', 'status'] as const).map((key) => <TableCell key={key}>{t(`patientImport.${key}`)}</TableCell>)}
            {(['fullName', 'identityNo', 'dateOfBirth', 'sex', 'phone'] as const).map((key) => <TableCell key={key}>{t(`patientImport.fields.${key}`)}</TableCell>)}
            <TableCell>{t('patientImport.reason')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {preview.rows.map((row) => (
            <TableRow key={row.row} data-testid={`import-preview-row-${row.row}`}>
              <TableCell>{row.row}</TableCell>
              <TableCell><Chip size="small" color={STATUS_COLOUR[row.status]} label={t(`patientImport.statuses.${row.status}`)} /></TableCell>
              <TableCell>{row.fullName}</TableCell>
              <TableCell>{row.identityNo}</TableCell>
              <TableCell>{row.dateOfBirth}</TableCell>
              <TableCell>{row.sex === 'male' || row.sex === 'female' ? t(`patients.sexes.${row.sex}`) : row.sex}</TableCell>
              <TableCell>{row.phone}</TableCell>
              <TableCell>{row.rejection ? describeRejection(row.rejection, t) : row.duplicate ? describeDuplicate(row.duplicate, t) : row.warnings.map((warning) => t(`patientImport.warnings.${warning}`)).join(' ')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
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

/** Rows of the file that were not imported, each with why; long lists are cut short on screen. */
function RowList({ title, rows, testId }: { title: string; rows: { row: number; text: string }[]; testId: string }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <>
      <Typography variant="subtitle2">{title}</Typography>
      <Table size="small" data-testid={testId}>
        <TableBody>
          {rows.slice(0, LISTED_ROWS).map(({ row, text }) => (
            <TableRow key={row}>
              <TableCell sx={{ width: 80 }}>{t('patientImport.row')} {row}</TableCell>
              <TableCell>{text}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rows.length > LISTED_ROWS && <Typography variant="body2">{t('patientImport.moreRows', { count: rows.length - LISTED_ROWS })}</Typography>}
    </>
  );
}
