import DeleteIcon from '@mui/icons-material/Delete';
import { IconButton, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { LabRow } from '../../../shared/lab-results';
import { correctedRow, isOutOfRange, type PrintedField } from './lab-rows';

const FIELDS: readonly PrintedField[] = ['test', 'value', 'unit', 'range'];
const FIELD_MAX: Record<PrintedField, number> = { test: 120, value: 60, unit: 40, range: 80 };

function printedOf(row: LabRow, field: PrintedField): string {
  return field === 'range' ? row.range.text : row[field];
}

interface Props {
  rows: LabRow[];
  onChange: (rows: LabRow[]) => void;
}

/** The report's result lines as editable rows, each flagged against its printed range as it stands now. */
export function LabRowsTable({ rows, onChange }: Props) {
  const { t } = useTranslation();
  const replace = (index: number, row: LabRow) => onChange(rows.map((old, i) => (i === index ? row : old)));
  return (
    <Table size="small" data-testid="lab-rows">
      <TableHead>
        <TableRow>
          {FIELDS.map((field) => (
            <TableCell key={field}>{t(`consultation.labs.columns.${field}`)}</TableCell>
          ))}
          <TableCell>{t('consultation.labs.columns.flag')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row, index) => (
          // Rows have no identity of their own: a removed row shifts the rest, which is what the doctor sees.
          <TableRow key={index} data-testid="lab-row" data-test={row.test}>
            {FIELDS.map((field) => (
              <TableCell key={field} sx={{ px: 0.5 }}>
                <TextField
                  size="small"
                  variant="standard"
                  fullWidth
                  value={printedOf(row, field)}
                  onChange={(e) => replace(index, correctedRow(row, field, e.target.value))}
                  slotProps={{ htmlInput: { 'data-testid': `lab-row-${field}`, 'aria-label': t(`consultation.labs.columns.${field}`), maxLength: FIELD_MAX[field] } }}
                />
              </TableCell>
            ))}
            <TableCell data-testid="lab-row-flag" data-flag={row.flag}>
              <Typography variant="body2" sx={{ color: isOutOfRange(row.flag) ? 'error.main' : 'text.secondary', fontWeight: isOutOfRange(row.flag) ? 700 : 400 }}>
                {t(`consultation.labs.flags.${row.flag}`)}
              </Typography>
            </TableCell>
            <TableCell sx={{ px: 0 }}>
              <IconButton size="small" aria-label={t('consultation.labs.remove')} onClick={() => onChange(rows.filter((_, i) => i !== index))} data-testid="lab-row-remove">
                <DeleteIcon fontSize="small" />
              </IconButton>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
