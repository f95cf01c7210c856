import { Button, Chip, FormControlLabel, Stack, Switch } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrder, PurchaseOrderStatus } from '../../../shared/schemas/purchasing';
import { useTRPC } from '../../api/client';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicDates } from '../../format/use-clinic-clock';
import { OrderEditor } from './order-editor';
import { ringgit } from '../../format/ringgit';

const OPEN: PurchaseOrderStatus[] = ['draft', 'sent', 'partly-received'];

const STATUS_COLOUR: Record<PurchaseOrderStatus, 'default' | 'info' | 'warning' | 'success'> = { draft: 'default', sent: 'info', 'partly-received': 'warning', received: 'success', cancelled: 'default' };

/** The clinic's purchase orders, open ones first; Enter or a click opens one, N starts a new one. */
export function OrdersList() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const dates = useClinicDates();
  const [showClosed, setShowClosed] = useState(false);
  const [open, setOpen] = useState<{ id: string | null } | null>(null);
  const orders = useQuery(trpc.purchasing.orders.queryOptions({ statuses: showClosed ? null : OPEN }));
  const columns: DataColumn<PurchaseOrder>[] = [
    { key: 'number', header: t('purchasing.orders.number'), cell: (o) => <strong>{o.number}</strong>, sortValue: (o) => o.number, width: 120 },
    { key: 'supplier', header: t('purchasing.orders.supplier'), cell: (o) => o.supplierName, sortValue: (o) => o.supplierName },
    { key: 'status', header: t('purchasing.orders.status'), cell: (o) => <Chip size="small" color={STATUS_COLOUR[o.status]} label={t(`purchasing.orders.statuses.${o.status}`)} />, sortValue: (o) => o.status },
    { key: 'created', header: t('purchasing.orders.created'), cell: (o) => dates.date(o.createdAt), sortValue: (o) => o.createdAt },
    { key: 'total', header: t('purchasing.orders.total'), cell: (o) => ringgit(o.totalSen), sortValue: (o) => o.totalSen, align: 'right' },
  ];
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button variant="contained" onClick={() => setOpen({ id: null })} data-testid="po-new">
          {t('purchasing.orders.new')}
        </Button>
        <FormControlLabel control={<Switch checked={showClosed} onChange={(e) => setShowClosed(e.target.checked)} />} label={t('purchasing.orders.showClosed')} />
      </Stack>
      <ErrorAlert error={orders.error} />
      <DataTable columns={columns} rows={orders.data} rowKey={(o) => o.id} rowTestId={(o) => `po-row-${o.number}`} loading={orders.isPending} emptyText={t('purchasing.orders.none')} onRowActivate={(o) => setOpen({ id: o.id })} testId="po-list" />
      {open && <OrderEditor orderId={open.id} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
