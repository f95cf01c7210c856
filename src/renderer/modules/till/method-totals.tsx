import { Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { MethodTotal } from '../../../shared/schemas/till';
import { useRinggit } from '../../format/ringgit';

/** Money taken (or given back) by payment method: how many payments and how much. */
export function MethodTotals({ totals, empty }: { totals: readonly MethodTotal[]; empty: string }) {
  const { t } = useTranslation();
  const money = useRinggit();
  if (totals.length === 0) return <Typography color="text.secondary">{empty}</Typography>;
  return (
    <Table size="small" aria-label={t('till.byMethod')}>
      <TableBody>
        {totals.map((total) => (
          <TableRow key={total.method} data-testid={`method-${total.method}`}>
            <TableCell>{t(`billing.methods.${total.method}`)}</TableCell>
            <TableCell align="right">{total.count}</TableCell>
            <TableCell align="right">{money(total.amountSen)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
