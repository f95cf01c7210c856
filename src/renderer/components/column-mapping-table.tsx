import { MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';

interface Props<F extends string> {
  /** The fields a column can be mapped to, in the order shown. */
  fields: readonly F[];
  required: readonly F[];
  /** The file's column names (its header, or `Column N`). */
  columns: readonly string[];
  mapping: Partial<Record<F, string>>;
  onChange: (mapping: Partial<Record<F, string>>) => void;
  disabled: boolean;
  fieldLabel: (field: F) => string;
  /** Already translated: the table's name, its two headings, "required" and the choice of no column. */
  words: { mapping: string; field: string; column: string; required: string; notInFile: string };
  /** Each choice's test id is `<testIdPrefix>-<field>`. */
  testIdPrefix: string;
}

/** One row per field of an import, each with a choice of the file's columns (patients, medicines). */
export function ColumnMappingTable<F extends string>({ fields, required, columns, mapping, onChange, disabled, fieldLabel, words, testIdPrefix }: Props<F>) {
  const setColumn = (field: F, column: string): void => onChange({ ...mapping, [field]: column || undefined });
  return (
    <Table size="small" aria-label={words.mapping}>
      <TableHead>
        <TableRow>
          <TableCell>{words.field}</TableCell>
          <TableCell>{words.column}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {fields.map((field) => (
          <TableRow key={field}>
            <TableCell>
              {fieldLabel(field)}
              {required.includes(field) && ` (${words.required})`}
            </TableCell>
            <TableCell>
              <TextField select size="small" fullWidth value={mapping[field] ?? ''} disabled={disabled}
                onChange={(event) => setColumn(field, event.target.value)}
                slotProps={{ htmlInput: { 'data-testid': `${testIdPrefix}-${field}` }, select: { displayEmpty: true } }}>
                <MenuItem value="">{words.notInFile}</MenuItem>
                {columns.map((column) => <MenuItem key={column} value={column}>{column}</MenuItem>)}
              </TextField>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
