import { Stack, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../session/session-context';
import { InteractionPairsForm } from './interaction-pairs-form';
import { MedicineList } from './medicine-list';

/** Setup → Medicines: the medicine master and the clinic's own interaction pairs; editing needs clinic.manage. */
export function MedicinesPage() {
  const { t } = useTranslation();
  const canManage = useCan('clinic.manage');
  const [tab, setTab] = useState<'list' | 'interactions'>('list');
  return (
    <Stack spacing={2} sx={{ maxWidth: 1400 }}>
      <Typography variant="h4" component="h1">
        {t('nav.medicines')}
      </Typography>
      <Tabs value={tab} onChange={(_event, next: 'list' | 'interactions') => setTab(next)}>
        <Tab value="list" label={t('medicines.tabs.list')} data-testid="medicines-tab-list" />
        <Tab value="interactions" label={t('medicines.tabs.interactions')} data-testid="medicines-tab-interactions" />
      </Tabs>
      {tab === 'list' ? <MedicineList editable={canManage} /> : <InteractionPairsForm editable={canManage} />}
    </Stack>
  );
}
