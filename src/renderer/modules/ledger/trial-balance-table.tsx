import { Chip, Table, TableBody, TableCell, TableFooter, TableHead, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { TrialBalance } from '../../../shared/schemas/ledger';
import { useRinggit } from '../../format/ringgit';

/** Each account's debits, credits and balance over the range (debit balances positive), and whether the totals agree; a row opens the account's statement. */
export function TrialBalanceTable({ balance, onOpen }: { balance: TrialBalance; onOpen: (code: string) => void }) {
  const { t } = useTranslation();
  const money = useRinggit();
  const shown = (sen: number) => (sen === 0 ? '' : money(sen));
  const difference = balance.totals.debitSen - balance.totals.creditSen;
  return (
    <>
      <Table size="small" aria-label={t('ledger.trialBalance.title')} data-testid="trial-balance">
        <TableHead>
          <TableRow>
            <TableCell>{t('ledger.trialBalance.code')}</TableCell>
            <TableCell>{t('ledger.trialBalance.account')}</TableCell>
            <TableCell>{t('ledger.trialBalance.type')}</TableCell>
            <TableCell align="right">{t('ledger.trialBalance.debit')}</TableCell>
            <TableCell align="right">{t('ledger.trialBalance.credit')}</TableCell>
            <TableCell align="right">{t('ledger.trialBalance.balanceDebit')}</TableCell>
            <TableCell align="right">{t('ledger.trialBalance.balanceCredit')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {balance.rows.map((row) => (
            <TableRow key={row.code} hover sx={{ cursor: 'pointer' }} onClick={() => onOpen(row.code)} data-testid={`trial-balance-${row.code}`}>
              <TableCell>{row.code}</TableCell>
              <TableCell>{row.name}</TableCell>
              <TableCell>{t(`ledger.types.${row.type}`)}</TableCell>
              <TableCell align="right">{shown(row.debitSen)}</TableCell>
              <TableCell align="right">{shown(row.creditSen)}</TableCell>
              <TableCell align="right">{shown(Math.max(row.balanceSen, 0))}</TableCell>
              <TableCell align="right">{shown(Math.max(-row.balanceSen, 0))}</TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableCell colSpan={3}>{t('ledger.trialBalance.total')}</TableCell>
            <TableCell align="right">{money(balance.totals.debitSen)}</TableCell>
            <TableCell align="right">{money(balance.totals.creditSen)}</TableCell>
            <TableCell colSpan={2} />
          </TableRow>
        </TableFooter>
      </Table>
      <Chip
        sx={{ mt: 1 }}
        size="small"
        color={difference === 0 ? 'success' : 'error'}
        label={difference === 0 ? t('ledger.trialBalance.balanced') : t('ledger.trialBalance.unbalanced', { amount: money(Math.abs(difference)) })}
        data-testid="trial-balance-check"
      />
    </>
  );
}
