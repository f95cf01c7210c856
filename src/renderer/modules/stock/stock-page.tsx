import { Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPIRY_WINDOWS, type StockItem } from '../../../shared/schemas/stock';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicClock } from '../../format/use-clinic-clock';
import type { ExpiryWindow } from './expiry-alert';
import { ItemDrawer } from './item-drawer';
import { StockItemsTable } from './stock-items-table';
import { ValuationCard } from './valuation-card';

/** /stock: the store at a glance for whoever keeps it — what is on hand, what expires soon, what it is worth. */
export function StockPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const today = useClinicClock().date;
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const [expiring, setExpiring] = useState<ExpiryWindow | 'all'>('all');
  const [opened, setOpened] = useState<StockItem | null>(null);
  const items = useQuery({ ...trpc.stock.items.queryOptions({ query: query === '' ? undefined : query }), placeholderData: keepPreviousData });
  const expiringBatches = useQuery({ ...trpc.stock.expiring.queryOptions({ days: expiring === 'all' ? 30 : expiring }), enabled: expiring !== 'all' });
  const expiringIds = new Set(expiringBatches.data?.map((batch) => batch.medicineId));
  const shown = expiring === 'all' ? items.data : expiringBatches.data && items.data?.filter((item) => expiringIds.has(item.medicineId));
  // The latest figures once they come; the opened row itself after its last unit is written off and it leaves the list.
  const open = opened && (items.data?.find((item) => item.medicineId === opened.medicineId) ?? opened);

  return (
    <Stack spacing={2} sx={{ maxWidth: 1400 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between' }}>
        <Stack spacing={1}>
          <Typography variant="h4" component="h1">
            {t('stock.title')}
          </Typography>
          <Typography variant="body2">{t('stock.intro')}</Typography>
        </Stack>
        <ValuationCard />
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField size="small" type="search" label={t('stock.search')} value={search} onChange={(event) => setSearch(event.target.value)} sx={{ width: 320 }} slotProps={{ htmlInput: { 'data-testid': 'stock-search' } }} />
        <Typography id="stock-expiring-label">{t('stock.expiringFilter')}</Typography>
        <ToggleButtonGroup size="small" exclusive value={expiring} onChange={(_event, value: ExpiryWindow | 'all' | null) => value !== null && setExpiring(value)} aria-labelledby="stock-expiring-label">
          <ToggleButton value="all" data-testid="stock-expiry-all">
            {t('stock.allItems')}
          </ToggleButton>
          {EXPIRY_WINDOWS.map((days) => (
            <ToggleButton key={days} value={days} data-testid={`stock-expiry-${days}`}>
              {t('stock.days', { days })}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Stack>
      <ErrorAlert error={items.error ?? expiringBatches.error} />
      <StockItemsTable items={shown} loading={items.isLoading || expiringBatches.isLoading} today={today} emptyText={expiring === 'all' ? t('stock.none') : t('stock.noneExpiring', { days: expiring })} onOpen={setOpened} />
      {open && <ItemDrawer item={open} today={today} onClose={() => setOpened(null)} />}
    </Stack>
  );
}
