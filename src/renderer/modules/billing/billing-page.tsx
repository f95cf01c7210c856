import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CounterList } from './counter-list';
import { VisitBill } from './visit-bill';

/** The cashier's counter: today's finished visits beside the bill being settled (`?visit=<id>`). */
export function BillingPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const visitId = params.get('visit');
  return (
    <Box>
      <Typography variant="h4" component="h1">
        {t('nav.billing')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('billing.subtitle')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: '300px minmax(0, 1fr)' }, alignItems: 'start' }}>
        <CounterList openVisitId={visitId} onOpen={(id) => setParams({ visit: id })} />
        <Box sx={{ minWidth: 0 }}>{visitId ? <VisitBill key={visitId} visitId={visitId} /> : <Typography color="text.secondary">{t('billing.pick')}</Typography>}</Box>
      </Box>
    </Box>
  );
}
