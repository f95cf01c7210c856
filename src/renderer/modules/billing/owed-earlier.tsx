import { Card, CardContent, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useRinggit } from '../../format/ringgit';
import { useClinicDates } from '../../format/use-clinic-clock';

/** Bills from earlier days with something still owed, oldest first: collected when the patient comes back. Hidden while there are none. */
export function OwedEarlier({ openInvoiceId, onOpen }: { openInvoiceId: string | null; onOpen: (invoiceId: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const money = useRinggit();
  const dates = useClinicDates();
  const owed = useQuery(trpc.billing.owedEarlier.queryOptions());
  if (!owed.error && (owed.data?.length ?? 0) === 0) return null;
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">
          {t('billing.owedEarlier.title')}
        </Typography>
        <ErrorAlert error={owed.error} />
        <List dense aria-label={t('billing.owedEarlier.title')}>
          {owed.data?.map((invoice) => (
            <ListItemButton key={invoice.id} selected={invoice.id === openInvoiceId} onClick={() => onOpen(invoice.id)} data-testid={`owed-invoice-${invoice.number}`}>
              <ListItemText primary={`${invoice.billTo} · ${money(invoice.balanceSen)}`} secondary={t('billing.owedEarlier.since', { number: invoice.number, date: dates.date(invoice.clinicDate), count: invoice.daysOwed })} />
            </ListItemButton>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
