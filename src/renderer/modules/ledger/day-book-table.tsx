import { Fragment } from 'react';
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { LedgerEntry } from '../../../shared/schemas/ledger';
import { useRinggit } from '../../format/ringgit';
import { useClinicDates } from '../../format/use-clinic-clock';

/** The entries of the range as they were posted, each with its lines beneath it. */
export function DayBookTable({ entries }: { entries: readonly LedgerEntry[] }) {
  const { t } = useTranslation();
  const money = useRinggit();
  const dates = useClinicDates();
  if (entries.length === 0) return <Typography color="text.secondary">{t('ledger.dayBook.empty')}</Typography>;
  return (
    <Table size="small" aria-label={t('ledger.dayBook.title')} data-testid="day-book">
      <TableHead>
        <TableRow>
          <TableCell>{t('ledger.dayBook.postedAt')}</TableCell>
          <TableCell>{t('ledger.dayBook.entry')}</TableCell>
          <TableCell>{t('ledger.trialBalance.account')}</TableCell>
          <TableCell align="right">{t('ledger.trialBalance.debit')}</TableCell>
          <TableCell align="right">{t('ledger.trialBalance.credit')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((entry) => (
          <Fragment key={entry.id}>
            <TableRow sx={{ bgcolor: 'action.hover' }} data-testid={`day-book-entry-${entry.sourceKind}`}>
              <TableCell>{dates.dateTime(entry.postedAt)}</TableCell>
              <TableCell colSpan={4}>
                <strong>{t(`ledger.kinds.${entry.sourceKind}`)}</strong> {entry.memo}
              </TableCell>
            </TableRow>
            {entry.lines.map((line, index) => (
              <TableRow key={`${entry.id}-${index}`}>
                <TableCell />
                <TableCell />
                <TableCell sx={{ pl: line.creditSen > 0 ? 4 : 2 }}>
                  {line.accountCode} {line.accountName}
                </TableCell>
                <TableCell align="right">{line.debitSen > 0 ? money(line.debitSen) : ''}</TableCell>
                <TableCell align="right">{line.creditSen > 0 ? money(line.creditSen) : ''}</TableCell>
              </TableRow>
            ))}
          </Fragment>
        ))}
      </TableBody>
    </Table>
  );
}
