import { Checkbox, FormControlLabel, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CSV_DELIMITERS, type CsvDelimiter } from '../../../shared/csv';
import { ColumnMappingTable } from '../../components/column-mapping-table';
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
      <ColumnMappingTable fields={IMPORT_FIELDS} required={REQUIRED} columns={columns} mapping={value.mapping} disabled={disabled} testIdPrefix="import-map"
        onChange={(mapping) => onChange({ ...value, mapping })}
        fieldLabel={(field) => t(`patientImport.fields.${field}`)}
        words={{ mapping: t('patientImport.mapping'), field: t('patientImport.field'), column: t('patientImport.column'), required: t('patientImport.required'), notInFile: t('patientImport.notInFile') }} />
    </Stack>
  );
}
