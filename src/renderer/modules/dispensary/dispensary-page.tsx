import { Box, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DispenseVisit } from './dispense-visit';
import { DispensaryWorklist } from './dispensary-worklist';
import { OverTheCounter } from './over-the-counter';

/**
 * The dispensary: finished visits waiting for their medicines beside the prescription being
 * dispensed (`?visit=<id>`), and over-the-counter sales to walk-in buyers.
 */
export function DispensaryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const visitId = params.get('visit');
  const [tab, setTab] = useState<'prescriptions' | 'sale'>('prescriptions');
  return (
    <Box>
      <Typography variant="h4" component="h1" sx={{ mb: 1 }}>
        {t('nav.dispensary')}
      </Typography>
      <Tabs value={tab} onChange={(_event, value: 'prescriptions' | 'sale') => setTab(value)} sx={{ mb: 2 }}>
        <Tab value="prescriptions" label={t('dispensary.tabs.prescriptions')} data-testid="dispensary-tab-prescriptions" />
        <Tab value="sale" label={t('dispensary.tabs.sale')} data-testid="dispensary-tab-sale" />
      </Tabs>
      {tab === 'sale' ? (
        <OverTheCounter />
      ) : (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: '300px minmax(0, 1fr)' }, alignItems: 'start' }}>
          <DispensaryWorklist openVisitId={visitId} onOpen={(id) => setParams({ visit: id })} />
          <Box sx={{ minWidth: 0 }}>{visitId ? <DispenseVisit key={visitId} visitId={visitId} /> : <Typography color="text.secondary">{t('dispensary.pick')}</Typography>}</Box>
        </Box>
      )}
    </Box>
  );
}
