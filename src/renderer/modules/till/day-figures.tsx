import { List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { netTakenSen, type DayReport } from '../../../shared/schemas/till';
import { useRinggit } from '../../format/ringgit';
import { MethodTotals } from './method-totals';

/** The day's money as the Z report shows it: takings by method, refunds, credit, each drawer's count, voids and discounts with reasons. */
export function DayFigures({ report }: { report: DayReport }) {
  const { t } = useTranslation();
  const money = useRinggit();
  return (
    <Stack spacing={1.5} data-testid="day-figures">
      <Typography>{t('till.day.summary', { visits: report.visits, invoices: report.invoices.count, amount: money(report.invoices.totalSen) })}</Typography>
      <Typography variant="subtitle2">{t('till.day.taken')}</Typography>
      <MethodTotals totals={report.payments} empty={t('till.day.nothingTaken')} />
      {report.refunds.length > 0 && (
        <>
          <Typography variant="subtitle2">{t('till.day.refunded')}</Typography>
          <MethodTotals totals={report.refunds} empty="" />
        </>
      )}
      {report.deposits && (report.deposits.takenSen > 0 || report.deposits.refundedSen > 0 || report.deposits.appliedSen !== 0) && (
        <>
          <Typography variant="subtitle2">{t('till.day.depositsTaken')}</Typography>
          <MethodTotals totals={report.deposits.taken} empty={t('till.day.nothingTaken')} />
          {report.deposits.refunds.length > 0 && (
            <>
              <Typography variant="subtitle2">{t('till.day.depositsRefunded')}</Typography>
              <MethodTotals totals={report.deposits.refunds} empty="" />
            </>
          )}
          <Typography data-testid="day-deposits-applied">{t('till.day.depositsApplied', { amount: money(report.deposits.appliedSen) })}</Typography>
        </>
      )}
      <Typography variant="h6" data-testid="day-net">
        {t('till.day.net', { amount: money(netTakenSen(report)) })}
      </Typography>
      {report.invoices.panelSen > 0 && <Typography data-testid="day-panels">{t('till.day.panels', { amount: money(report.invoices.panelSen) })}</Typography>}
      {report.owedSen > 0 && <Typography>{t('till.day.owed', { amount: money(report.owedSen) })}</Typography>}
      <Typography variant="subtitle2">{t('till.day.drawers')}</Typography>
      <List dense disablePadding>
        {report.sessions.map((session) => (
          <ListItem key={session.id} disableGutters data-testid="day-session">
            <ListItemText
              primary={`${session.cashierName} · ${t(`till.day.sessionStatus.${session.status}`)}`}
              secondary={
                session.countedCashSen === null
                  ? t('till.day.expectedOnly', { expected: money(session.expectedCashSen) })
                  : `${t('till.day.counted', { expected: money(session.expectedCashSen), counted: money(session.countedCashSen), variance: money(session.varianceSen ?? 0) })}${session.varianceReason ? ` (${session.varianceReason})` : ''}`
              }
            />
          </ListItem>
        ))}
      </List>
      {report.voids.length > 0 && (
        <>
          <Typography variant="subtitle2">{t('till.day.voids', { count: report.voids.length })}</Typography>
          <List dense disablePadding>
            {report.voids.map((item) => (
              <ListItem key={`${item.kind}-${item.number}`} disableGutters>
                <ListItemText primary={`${item.number} · ${money(item.amountSen)}`} secondary={`${item.reason}${item.byName ? ` · ${item.byName}` : ''}`} />
              </ListItem>
            ))}
          </List>
        </>
      )}
      {report.discounts.length > 0 && (
        <>
          <Typography variant="subtitle2">{t('till.day.discounts', { count: report.discounts.length })}</Typography>
          <List dense disablePadding>
            {report.discounts.map((item) => (
              <ListItem key={item.invoiceNo} disableGutters>
                <ListItemText primary={`${item.invoiceNo} · ${money(item.amountSen)}`} secondary={item.reason} />
              </ListItem>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
