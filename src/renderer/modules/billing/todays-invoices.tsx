import { Card, CardContent, Chip, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useRinggit } from '../../format/ringgit';
import { useClinicClock } from '../../format/use-clinic-clock';

/** The invoices issued today, newest first: where a paid bill is found again, to reprint its receipt. */
export function TodaysInvoices({ openInvoiceId, onOpen }: { openInvoiceId: string | null; onOpen: (invoiceId: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const money = useRinggit();
  const { date } = useClinicClock();
  const invoices = useQuery(trpc.billing.invoicesOfDay.queryOptions({ clinicDate: date }));
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">
          {t('billing.today.title')}
        </Typography>
        <ErrorAlert error={invoices.error} />
        {invoices.data?.length === 0 && <Typography color="text.secondary">{t('billing.today.empty')}</Typography>}
        <List dense aria-label={t('billing.today.title')}>
          {invoices.data?.map((invoice) => (
            <ListItemButton key={invoice.id} selected={invoice.id === openInvoiceId} onClick={() => onOpen(invoice.id)} data-testid={`today-invoice-${invoice.number}`}>
              <ListItemText primary={`${invoice.number} · ${invoice.billTo}`} secondary={money(invoice.totalSen)} />
              <Chip size="small" variant="outlined" label={invoice.portion === 'panel' && invoice.status === 'issued' ? t('billing.panel.credit') : t(`billing.statuses.${invoice.status}`)} />
            </ListItemButton>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
