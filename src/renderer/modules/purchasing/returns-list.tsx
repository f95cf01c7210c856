import { Button, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupplierReturn } from '../../../shared/schemas/purchasing';
import { useTRPC } from '../../api/client';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicDates } from '../../format/use-clinic-clock';
import { ReturnToSupplierDialog } from './return-to-supplier-dialog';

/** What went back to suppliers, newest first, and the way to send more back. */
export function ReturnsList() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const dates = useClinicDates();
  const [returning, setReturning] = useState(false);
  const returns = useQuery(trpc.purchasing.returns.queryOptions());
  const columns: DataColumn<SupplierReturn>[] = [
    { key: 'number', header: t('purchasing.returns.number'), cell: (r) => <strong>{r.number}</strong>, sortValue: (r) => r.number, width: 120 },
    { key: 'returned', header: t('purchasing.returns.returnedAt'), cell: (r) => dates.date(r.returnedAt), sortValue: (r) => r.returnedAt },
    { key: 'supplier', header: t('purchasing.returns.supplier'), cell: (r) => r.supplierName, sortValue: (r) => r.supplierName },
    { key: 'medicine', header: t('purchasing.returns.medicine'), cell: (r) => r.medicineLabel, sortValue: (r) => r.medicineLabel },
    { key: 'batch', header: t('purchasing.returns.batch'), cell: (r) => r.batchNo },
    { key: 'quantity', header: t('purchasing.returns.quantity'), cell: (r) => r.quantity, sortValue: (r) => r.quantity, align: 'right' },
    { key: 'reason', header: t('purchasing.returns.reason'), cell: (r) => r.reason },
  ];
  return (
    <Stack spacing={2}>
      <Stack direction="row">
        <Button variant="contained" onClick={() => setReturning(true)} data-testid="returns-new">
          {t('purchasing.returns.new')}
        </Button>
      </Stack>
      <ErrorAlert error={returns.error} />
      <DataTable columns={columns} rows={returns.data} rowKey={(r) => r.id} rowTestId={(r) => `return-row-${r.number}`} loading={returns.isPending} emptyText={t('purchasing.returns.none')} testId="returns-list" />
      {returning && <ReturnToSupplierDialog onClose={() => setReturning(false)} />}
    </Stack>
  );
}
