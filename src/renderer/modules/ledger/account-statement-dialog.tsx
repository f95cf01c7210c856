import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableFooter, TableHead, TableRow } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useRinggit } from '../../format/ringgit';
import { useClinicDates } from '../../format/use-clinic-clock';

/** One account over the range: its balance before, each line with the balance after it (debit positive), and where it ends. */
export function AccountStatementDialog({ code, range, onClose }: { code: string; range: { from: string; to: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const money = useRinggit();
  const dates = useClinicDates();
  const statement = useQuery(trpc.ledger.accountStatement.queryOptions({ ...range, code }));
  const data = statement.data;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{data ? t('ledger.statement.title', { code: data.account.code, name: data.account.name }) : code}</DialogTitle>
      <DialogContent>
        <ErrorAlert error={statement.error} />
        {data && (
          <Table size="small" data-testid="account-statement">
            <TableHead>
              <TableRow>
                <TableCell>{t('ledger.dayBook.postedAt')}</TableCell>
                <TableCell>{t('ledger.dayBook.entry')}</TableCell>
                <TableCell align="right">{t('ledger.trialBalance.debit')}</TableCell>
                <TableCell align="right">{t('ledger.trialBalance.credit')}</TableCell>
                <TableCell align="right">{t('ledger.trialBalance.balance')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              <TableRow>
                <TableCell colSpan={4}>{t('ledger.statement.opening')}</TableCell>
                <TableCell align="right">{money(data.openingSen)}</TableCell>
              </TableRow>
              {data.lines.map((line, index) => (
                <TableRow key={`${line.entryId}-${index}`}>
                  <TableCell>{dates.dateTime(line.postedAt)}</TableCell>
                  <TableCell>
                    {t(`ledger.kinds.${line.sourceKind}`)} {line.memo}
                  </TableCell>
                  <TableCell align="right">{line.debitSen > 0 ? money(line.debitSen) : ''}</TableCell>
                  <TableCell align="right">{line.creditSen > 0 ? money(line.creditSen) : ''}</TableCell>
                  <TableCell align="right">{money(line.balanceSen)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
            <TableFooter>
              <TableRow>
                <TableCell colSpan={4}>{t('ledger.statement.closing')}</TableCell>
                <TableCell align="right">{money(data.closingSen)}</TableCell>
              </TableRow>
            </TableFooter>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('ledger.statement.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
