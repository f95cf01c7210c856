import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerAccountType, LedgerSourceKind } from '../../../shared/schemas/ledger';
import { useTRPC } from '../../api/client';
import { DateField } from '../../components/date-field/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { saveFile } from '../../components/save-file';
import { useClinicClock, useClinicDates } from '../../format/use-clinic-clock';
import { AccountStatementDialog } from './account-statement-dialog';
import { DayBookTable } from './day-book-table';
import { dayBookCsv, trialBalanceCsv } from './ledger-csv';
import { TrialBalanceTable } from './trial-balance-table';

const CSV_TYPE = 'text/csv;charset=utf-8';

/** The books for the clinic's accountant: the trial balance and the day book of a range of clinic days (this month so far, to begin), each exportable as CSV. */
export function LedgerPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const dates = useClinicDates();
  const { date: today } = useClinicClock();
  const [range, setRange] = useState({ from: `${today.slice(0, 8)}01`, to: today });
  const [statementOf, setStatementOf] = useState<string | null>(null);
  const ready = range.from !== '' && range.to !== '' && range.from <= range.to;
  const balance = useQuery({ ...trpc.ledger.trialBalance.queryOptions(range), enabled: ready });
  const dayBook = useQuery({ ...trpc.ledger.dayBook.queryOptions(range), enabled: ready });
  const suffix = `${range.from}_${range.to}.csv`;

  const exportTrialBalance = () => {
    if (!balance.data) return;
    const words = {
      code: t('ledger.trialBalance.code'),
      account: t('ledger.trialBalance.account'),
      typeHeading: t('ledger.trialBalance.type'),
      type: (type: LedgerAccountType) => t(`ledger.types.${type}`),
      debit: t('ledger.trialBalance.debit'),
      credit: t('ledger.trialBalance.credit'),
      balanceDebit: t('ledger.trialBalance.balanceDebit'),
      balanceCredit: t('ledger.trialBalance.balanceCredit'),
      total: t('ledger.trialBalance.total'),
    };
    saveFile(trialBalanceCsv(balance.data, words), `${t('ledger.trialBalance.file')}-${suffix}`, CSV_TYPE);
  };
  const exportDayBook = () => {
    if (!dayBook.data) return;
    const words = {
      date: t('ledger.dayBook.date'),
      postedAt: t('ledger.dayBook.postedAt'),
      entry: t('ledger.dayBook.entry'),
      kind: (kind: LedgerSourceKind) => t(`ledger.kinds.${kind}`),
      reference: t('ledger.dayBook.reference'),
      code: t('ledger.trialBalance.code'),
      account: t('ledger.trialBalance.account'),
      debit: t('ledger.trialBalance.debit'),
      credit: t('ledger.trialBalance.credit'),
    };
    saveFile(dayBookCsv(dayBook.data.entries, words, dates.dateTime), `${t('ledger.dayBook.file')}-${suffix}`, CSV_TYPE);
  };

  return (
    <Stack spacing={2}>
      <Box>
        <Typography variant="h4" component="h1">
          {t('nav.ledger')}
        </Typography>
        <Typography color="text.secondary">{t('ledger.subtitle')}</Typography>
      </Box>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <DateField size="small" label={t('ledger.from')} value={range.from} max={range.to || undefined} onChange={(from) => setRange((was) => ({ ...was, from }))} htmlInput={{ 'data-testid': 'ledger-from' }} sx={{ width: 170 }} />
        <DateField size="small" label={t('ledger.to')} value={range.to} min={range.from || undefined} onChange={(to) => setRange((was) => ({ ...was, to }))} htmlInput={{ 'data-testid': 'ledger-to' }} sx={{ width: 170 }} />
        <Box sx={{ flex: 1 }} />
        <Button variant="outlined" startIcon={<DownloadIcon />} onClick={exportTrialBalance} disabled={!balance.data} data-testid="ledger-export-trial-balance">
          {t('ledger.trialBalance.exportCsv')}
        </Button>
        <Button variant="outlined" startIcon={<DownloadIcon />} onClick={exportDayBook} disabled={!dayBook.data} data-testid="ledger-export-day-book">
          {t('ledger.dayBook.exportCsv')}
        </Button>
      </Stack>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2">
            {t('ledger.trialBalance.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {t('ledger.statement.open')}
          </Typography>
          <ErrorAlert error={balance.error} />
          {balance.data && <TrialBalanceTable balance={balance.data} onOpen={setStatementOf} />}
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {t('ledger.dayBook.title')}
          </Typography>
          <ErrorAlert error={dayBook.error} />
          {dayBook.data?.capped && <Alert severity="warning">{t('ledger.dayBook.capped', { count: dayBook.data.entries.length })}</Alert>}
          {dayBook.data && <DayBookTable entries={dayBook.data.entries} />}
        </CardContent>
      </Card>
      {statementOf && ready && <AccountStatementDialog code={statementOf} range={range} onClose={() => setStatementOf(null)} />}
    </Stack>
  );
}
