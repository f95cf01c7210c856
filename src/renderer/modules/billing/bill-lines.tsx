import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceLine } from '../../../shared/schemas/billing';
import { useRinggit } from '../../format/ringgit';

type Line = Omit<InvoiceLine, 'id'>;

/** An invoice's lines and totals as the counter reads them; `price` replaces a line's unit price cell (to type a missing one). */
export function BillLines({ lines, totals, price }: { lines: readonly Line[]; totals: [string, number, string?][]; price?: (line: Line, index: number) => ReactNode | null }) {
  const { t } = useTranslation();
  const money = useRinggit();
  return (
    <Table size="small" data-testid="bill-lines">
      <TableHead>
        <TableRow>
          <TableCell>{t('billing.lines.item')}</TableCell>
          <TableCell align="right">{t('billing.lines.quantity')}</TableCell>
          <TableCell align="right">{t('billing.lines.unitPrice')}</TableCell>
          <TableCell align="right">{t('billing.lines.tax')}</TableCell>
          <TableCell align="right">{t('billing.lines.amount')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((line, index) => (
          <TableRow key={`${line.kind}-${index}`} data-testid={`bill-line-${index}`}>
            <TableCell>
              {line.description}
              <br />
              <small>{t(`billing.kinds.${line.kind}`)}</small>
            </TableCell>
            <TableCell align="right">{line.quantity}</TableCell>
            <TableCell align="right">{price?.(line, index) ?? money(line.unitPriceSen)}</TableCell>
            <TableCell align="right">{line.taxSen > 0 ? money(line.taxSen) : '—'}</TableCell>
            <TableCell align="right">{money(line.amountSen)}</TableCell>
          </TableRow>
        ))}
        {totals.map(([label, sen, testId]) => (
          <TableRow key={label}>
            <TableCell colSpan={4} align="right">
              <strong>{label}</strong>
            </TableCell>
            <TableCell align="right" data-testid={testId}>
              <strong>{money(sen)}</strong>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
