import { Card, CardContent, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useRinggit } from '../../format/ringgit';

/** The whole store at cost, each batch at what the clinic paid for it. */
export function ValuationCard() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const rm = useRinggit();
  const valuation = useQuery(trpc.stock.valuation.queryOptions());
  const items = valuation.data?.items ?? [];
  const units = items.reduce((sum, item) => sum + item.units, 0);
  return (
    <Card variant="outlined" sx={{ minWidth: 280 }}>
      <CardContent>
        <Typography variant="overline" component="h2">
          {t('stock.valuation.total')}
        </Typography>
        <ErrorAlert error={valuation.error} />
        {valuation.data && (
          <>
            <Typography variant="h4" component="p" data-testid="stock-valuation-total">
              {rm(valuation.data.totalSen)}
            </Typography>
            <Typography color="text.secondary">{t('stock.valuation.summary', { units, count: items.length })}</Typography>
          </>
        )}
        <Typography variant="caption" color="text.secondary">
          {t('stock.valuation.layers')}
        </Typography>
      </CardContent>
    </Card>
  );
}
