import { Stack, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrdersList } from './orders-list';
import { ReorderList } from './reorder-list';
import { ReturnsList } from './returns-list';
import { SuppliersForm } from './suppliers-form';

type PurchasingTab = 'orders' | 'reorder' | 'returns' | 'suppliers';

/** Purchasing: the clinic's purchase orders, what to reorder, returns to suppliers, and the suppliers it buys from (stock.manage). */
export function PurchasingPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<PurchasingTab>('orders');
  return (
    <Stack spacing={2} sx={{ maxWidth: 1400 }}>
      <Typography variant="h4" component="h1">
        {t('nav.purchasing')}
      </Typography>
      <Tabs value={tab} onChange={(_event, next: PurchasingTab) => setTab(next)}>
        <Tab value="orders" label={t('purchasing.tabs.orders')} data-testid="purchasing-tab-orders" />
        <Tab value="reorder" label={t('purchasing.tabs.reorder')} data-testid="reorder-tab" />
        <Tab value="returns" label={t('purchasing.tabs.returns')} data-testid="returns-tab" />
        <Tab value="suppliers" label={t('purchasing.tabs.suppliers')} data-testid="purchasing-tab-suppliers" />
      </Tabs>
      {tab === 'orders' && <OrdersList />}
      {tab === 'reorder' && <ReorderList />}
      {tab === 'returns' && <ReturnsList />}
      {tab === 'suppliers' && <SuppliersForm editable />}
    </Stack>
  );
}
