import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useRinggit } from '../../format/ringgit';
import { BillLines } from './bill-lines';

/** The panel's share of the visit's bill: its own invoice, on credit, claimed from the panel with the month's statement. */
export function PanelShareCard({ invoiceId }: { invoiceId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const money = useRinggit();
  const invoice = useQuery(trpc.billing.invoice.queryOptions({ id: invoiceId }));
  if (invoice.error) return <ErrorAlert error={invoice.error} />;
  const data = invoice.data;
  if (!data) return null;
  return (
    <Card variant="outlined" data-testid="panel-share-card">
      <CardContent>
        <Stack spacing={1}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="subtitle1" component="h2" data-testid="panel-share-number">
              {t('billing.panel.share', { number: data.number })}
            </Typography>
            <Chip size="small" label={data.status === 'void' ? t('billing.statuses.void') : t('billing.panel.credit')} />
          </Stack>
          <Typography color="text.secondary">{data.billTo}</Typography>
          <BillLines lines={data.lines} totals={[[t('billing.panel.covered'), data.totalSen, 'panel-share-total']]} />
          <Typography variant="body2" color="text.secondary">
            {t('billing.panel.claimLater', { amount: money(data.totalSen) })}
          </Typography>
        </Stack>
      </CardContent>
    </Card>
  );
}
