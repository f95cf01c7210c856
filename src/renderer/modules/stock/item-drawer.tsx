import CloseIcon from '@mui/icons-material/Close';
import { Button, Drawer, IconButton, Stack, Toolbar, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockBatch, StockItem, StockMovement } from '../../../shared/schemas/stock';
import { useTRPC } from '../../api/client';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { calendarDay } from '../../format/clinic-dates';
import { useClinicDates } from '../../format/use-clinic-clock';
import { useCan } from '../../session/session-context';
import { useRinggit } from '../../format/ringgit';
import { ExpiryChip } from './expiry-chip';
import { StockChangeDialog, type StockChangeKind } from './stock-change-dialog';

/** One medicine's batches (soonest expiry first, as they are issued) and every movement of its stock. */
export function ItemDrawer({ item, today, onClose }: { item: StockItem; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const batches = useQuery(trpc.stock.batches.queryOptions({ medicineId: item.medicineId }));
  const movements = useQuery(trpc.stock.movements.queryOptions({ medicineId: item.medicineId, limit: 200 }));
  const [changing, setChanging] = useState<{ kind: StockChangeKind; batch: StockBatch } | null>(null);

  return (
    <Drawer anchor="right" open onClose={onClose} slotProps={{ paper: { sx: { width: { xs: '100%', md: 880, lg: 1000 } }, 'data-testid': 'stock-item-drawer' } as object }}>
      {/* The app bar stays on top (sign-out, lock): the panel starts below it. */}
      <Toolbar />
      <Stack spacing={2} sx={{ p: 2 }}>
        <Stack direction="row" sx={{ alignItems: 'center' }}>
          <Typography variant="h6" component="h2" sx={{ flex: 1 }} data-testid="stock-item-title">
            {item.label}
          </Typography>
          <IconButton onClick={onClose} aria-label={t('common.close')} data-testid="stock-item-close">
            <CloseIcon />
          </IconButton>
        </Stack>
        <Typography variant="subtitle1" component="h3">
          {t('stock.batches.title')}
        </Typography>
        <ErrorAlert error={batches.error} />
        <BatchTable batches={batches.data} loading={batches.isLoading} today={today} onChange={(kind, batch) => setChanging({ kind, batch })} />
        <Typography variant="subtitle1" component="h3">
          {t('stock.movements.title')}
        </Typography>
        <ErrorAlert error={movements.error} />
        <MovementTable movements={movements.data} loading={movements.isLoading} />
      </Stack>
      {changing && <StockChangeDialog kind={changing.kind} batch={changing.batch} unit={item.dispensingUnit} onClose={() => setChanging(null)} />}
    </Drawer>
  );
}

interface BatchTableProps {
  batches: StockBatch[] | undefined;
  loading: boolean;
  today: string;
  onChange: (kind: StockChangeKind, batch: StockBatch) => void;
}

function BatchTable({ batches, loading, today, onChange }: BatchTableProps) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const rm = useRinggit();
  const canAdjust = useCan('stock.adjust');
  const suppliers = useQuery(trpc.suppliers.list.queryOptions());
  const supplierName = (id: string | null): string => (id === null ? '' : (suppliers.data?.find((s) => s.id === id)?.name ?? ''));
  const columns: DataColumn<StockBatch>[] = [
    { key: 'batchNo', header: t('stock.batches.batchNo'), cell: (b) => b.batchNo, sortValue: (b) => b.batchNo, nowrap: true },
    {
      key: 'expiry',
      header: t('stock.batches.expiry'),
      sortValue: (b) => b.expiryDate,
      cell: (b) => (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <span>{calendarDay(b.expiryDate, i18n.language, 'none')}</span>
          <ExpiryChip expiryDate={b.expiryDate} today={today} />
        </Stack>
      ),
    },
    { key: 'onHand', header: t('stock.batches.onHand'), cell: (b) => b.onHand, sortValue: (b) => b.onHand, align: 'right' },
    { key: 'unitCost', header: t('stock.batches.unitCost'), cell: (b) => rm(b.unitCostSen), sortValue: (b) => b.unitCostSen, align: 'right', nowrap: true },
    { key: 'supplier', header: t('stock.batches.supplier'), cell: (b) => supplierName(b.supplierId) },
  ];
  const actions: DataColumn<StockBatch> = {
    key: 'actions',
    header: '',
    nowrap: true,
    cell: (b) => (
      <Stack direction="row" spacing={1}>
        <Button size="small" onClick={() => onChange('adjust', b)} data-testid={`batch-adjust-${b.batchNo}`}>
          {t('stock.batches.adjust')}
        </Button>
        <Button size="small" color="warning" disabled={b.onHand === 0} onClick={() => onChange('writeOff', b)} data-testid={`batch-writeoff-${b.batchNo}`}>
          {t('stock.batches.writeOff')}
        </Button>
      </Stack>
    ),
  };
  return (
    <DataTable columns={canAdjust ? [...columns, actions] : columns} rows={batches} loading={loading} rowKey={(b) => b.id} rowTestId={(b) => `batch-row-${b.batchNo}`} emptyText={t('stock.batches.none')} testId="stock-batches" />
  );
}

function MovementTable({ movements, loading }: { movements: StockMovement[] | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const dates = useClinicDates();
  const columns: DataColumn<StockMovement>[] = [
    { key: 'at', header: t('stock.movements.at'), cell: (m) => dates.dateTime(m.at), sortValue: (m) => m.at, nowrap: true },
    { key: 'batch', header: t('stock.movements.batch'), cell: (m) => m.batchNo, sortValue: (m) => m.batchNo, nowrap: true },
    { key: 'kind', header: t('stock.movements.kind'), cell: (m) => t(`stock.movements.kinds.${m.kind}`) },
    { key: 'quantity', header: t('stock.movements.quantity'), cell: (m) => (m.quantity > 0 ? `+${m.quantity}` : String(m.quantity)), sortValue: (m) => m.quantity, align: 'right' },
    { key: 'reason', header: t('stock.movements.reason'), cell: (m) => [m.reason ? t(`stock.reasons.${m.reason}`) : '', m.note ?? ''].filter(Boolean).join(': ') },
    { key: 'reference', header: t('stock.movements.reference'), cell: (m) => m.reference.label ?? '' },
    { key: 'by', header: t('stock.movements.by'), cell: (m) => m.userName ?? '' },
  ];
  return <DataTable columns={columns} rows={movements} loading={loading} rowKey={(m) => m.id} rowTestId={(m) => `movement-row-${m.id}`} emptyText={t('stock.movements.none')} pageSize={20} testId="stock-movements" />;
}
