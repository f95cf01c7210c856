import { Checkbox, FormControlLabel, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CSV_DELIMITERS, type CsvDelimiter } from '../../../shared/csv';
import { IMPORT_DATE_FORMATS, IMPORT_FIELDS, type ImportBeginInput, type ImportField } from '../../../shared/schemas/patient-import';

/** What the user is choosing before the upload: mapping (possibly incomplete), header, date format, separator. */
export interface ImportSettingsDraft {
  mapping: Partial<Record<ImportField, string>>;
  hasHeader: boolean;
  dateFormat: ImportBeginInput['dateFormat'];
  delimiter: CsvDelimiter;
}

/** The separators by the names of their keys, as the choice lists them. */
const DELIMITER_NAMES: Record<CsvDelimiter, 'auto' | 'comma' | 'semicolon' | 'tab' | 'pipe'> = { auto: 'auto', ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

const REQUIRED: readonly ImportField[] = ['fullName', 'identityNo'];

/** The settings as the hub takes them, or null while a required field has no column. */
export function beginInput(draft: ImportSettingsDraft): ImportBeginInput | null {
  const { fullName, identityNo, ...rest } = draft.mapping;
  if (!fullName || !identityNo) return null;
  const optional = Object.fromEntries(Object.entries(rest).filter(([, column]) => column));
  return { mapping: { fullName, identityNo, ...optional }, hasHeader: draft.hasHeader, dateFormat: draft.dateFormat, delimiter: draft.delimiter };
}

/** One row per patient field, each with a choice of the file's columns. */
export function ImportMapping({ columns, value, onChange, disabled }: { columns: string[]; value: ImportSettingsDraft; onChange: (draft: ImportSettingsDraft) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const setColumn = (field: ImportField, column: string): void => onChange({ ...value, mapping: { ...value.mapping, [field]: column || undefined } });
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <FormControlLabel
          control={<Checkbox checked={value.hasHeader} disabled={disabled} onChange={(event) => onChange({ ...value, hasHeader: event.target.checked, mapping: {} })} />}
          label={t('patientImport.hasHeader')}
        />
        <TextField select size="small" label={t('patientImport.dateFormat')} value={value.dateFormat} disabled={disabled} sx={{ minWidth: 180 }}
          onChange={(event) => onChange({ ...value, dateFormat: event.target.value as ImportSettingsDraft['dateFormat'] })}>
          {IMPORT_DATE_FORMATS.map((format) => <MenuItem key={format} value={format}>{format}</MenuItem>)}
        </TextField>
        <TextField select size="small" label={t('patientImport.delimiter')} value={value.delimiter} disabled={disabled} sx={{ minWidth: 160 }} data-testid="import-delimiter"
          onChange={(event) => onChange({ ...value, delimiter: event.target.value as CsvDelimiter })}>
          {CSV_DELIMITERS.map((delimiter) => <MenuItem key={delimiter} value={delimiter}>{t(`patientImport.delimiters.${DELIMITER_NAMES[delimiter]}`)}</MenuItem>)}
        </TextField>
      </Stack>
      <Table size="small" aria-label={t('patientImport.mapping')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('patientImport.field')}</TableCell>
            <TableCell>{t('patientImport.column')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {IMPORT_FIELDS.map((field) => (
            <TableRow key={field}>
              <TableCell>
                {t(`patientImport.fields.${field}`)}
                {REQUIRED.includes(field) && ` (${t('patientImport.required')})`}
              </TableCell>
              <TableCell>
                <TextField select size="small" fullWidth value={value.mapping[field] ?? ''} disabled={disabled}
                  onChange={(event) => setColumn(field, event.target.value)}
                  slotProps={{ htmlInput: { 'data-testid': `import-map-${field}` }, select: { displayEmpty: true } }}>
                  <MenuItem value="">{t('patientImport.notInFile')}</MenuItem>
                  {columns.map((column) => <MenuItem key={column} value={column}>{column}</MenuItem>)}
                </TextField>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  );
}
