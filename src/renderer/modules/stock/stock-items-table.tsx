import { Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { StockItem } from '../../../shared/schemas/stock';
import { useTRPC } from '../../api/client';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import { calendarDay } from '../../format/clinic-dates';
import { useRinggit } from '../../format/ringgit';
import { AlertChip, ExpiryChip } from './expiry-chip';

interface StockItemsTableProps {
  items: StockItem[] | undefined;
  loading: boolean;
  today: string;
  emptyText: string;
  onOpen: (item: StockItem) => void;
}

/** One row a medicine: units on hand, usable against expired, the nearest expiry with its alert, value at cost. */
export function StockItemsTable({ items, loading, today, emptyText, onOpen }: StockItemsTableProps) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const rm = useRinggit();
  // Items carry no code; the medicine master does (a row's stable test id, and what the shelf label says).
  const medicines = useQuery(trpc.medicines.list.queryOptions({ includeRetired: true }));
  const codeOf = (id: string): string | null => medicines.data?.find((m) => m.id === id)?.code ?? null;
  const columns: DataColumn<StockItem>[] = [
    { key: 'medicine', header: t('stock.medicine'), cell: (item) => [codeOf(item.medicineId), item.label].filter(Boolean).join(' · '), sortValue: (item) => item.label },
    { key: 'onHand', header: t('stock.onHand'), cell: (item) => `${item.usable + item.expired} ${item.dispensingUnit}`, sortValue: (item) => item.usable + item.expired, align: 'right', nowrap: true },
    { key: 'usable', header: t('stock.usable'), cell: (item) => item.usable, sortValue: (item) => item.usable, align: 'right' },
    {
      key: 'expired',
      header: t('stock.expired'),
      sortValue: (item) => item.expired,
      align: 'right',
      cell: (item) => (item.expired > 0 ? <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'flex-end' }}><span>{item.expired}</span><AlertChip alert="expired" /></Stack> : 0),
    },
    {
      key: 'nextExpiry',
      header: t('stock.nextExpiry'),
      sortValue: (item) => item.nextExpiry ?? '9999-12-31',
      nowrap: true,
      cell: (item) =>
        item.nextExpiry && (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <span>{calendarDay(item.nextExpiry, i18n.language, 'none')}</span>
            <ExpiryChip expiryDate={item.nextExpiry} today={today} />
          </Stack>
        ),
    },
    { key: 'value', header: t('stock.value'), cell: (item) => rm(item.valueSen), sortValue: (item) => item.valueSen, align: 'right', nowrap: true },
  ];
  return (
    <DataTable
      columns={columns}
      rows={items}
      loading={loading}
      rowKey={(item) => item.medicineId}
      rowTestId={(item) => `stock-row-${codeOf(item.medicineId) ?? item.medicineId}`}
      emptyText={emptyText}
      onRowActivate={onOpen}
      pageSize={50}
      testId="stock-items"
      aria-label={t('stock.title')}
    />
  );
}
