import { Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Medicine } from '../../../shared/schemas/medicines';
import type { DangerousDrugRow } from '../../../shared/schemas/registers';
import { useTRPC } from '../../api/client';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { calendarDay } from '../../format/clinic-dates';
import { DangerousDrugPicker } from './dangerous-drug-picker';
import { RegisterPrintButton } from './register-print-button';
import type { RegisterRange } from './register-range';
import { movementWords, quantityWords } from './register-words';

interface DangerousDrugsRegisterProps {
  range: RegisterRange;
  drug: Medicine | null;
  onDrugChange: (drug: Medicine | null) => void;
}

/** A row of the running balance, numbered as it will be copied into the bound register. */
type NumberedRow = DangerousDrugRow & { line: number };

/** One dangerous drug's running balance for the period: opening balance, each receipt and issue with the balance after it, closing balance. */
export function DangerousDrugsRegister({ range, drug, onDrugChange }: DangerousDrugsRegisterProps) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2}>
      <DangerousDrugPicker value={drug} onChange={onDrugChange} />
      {drug ? <DrugBalance range={range} drug={drug} /> : <Typography color="text.secondary">{t('registers.pickDrug')}</Typography>}
    </Stack>
  );
}

function DrugBalance({ range, drug }: { range: RegisterRange; drug: Medicine }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const balance = useQuery(trpc.registers.dangerousDrugs.queryOptions({ medicineId: drug.id, ...range }));
  const units = (quantity: number) => quantityWords(quantity, drug.dispensingUnit, t);
  const rows = balance.data?.rows.map((row, index): NumberedRow => ({ ...row, line: index + 1 }));
  const columns: DataColumn<NumberedRow>[] = [
    { key: 'date', header: t('registers.balanceColumns.date'), cell: (row) => calendarDay(row.date, i18n.language, 'none'), nowrap: true },
    { key: 'kind', header: t('registers.balanceColumns.kind'), cell: (row) => movementWords(row.kind, t) },
    { key: 'particulars', header: t('registers.balanceColumns.particulars'), cell: (row) => row.particulars },
    { key: 'batchNo', header: t('registers.balanceColumns.batchNo'), cell: (row) => row.batchNo, nowrap: true },
    { key: 'received', header: t('registers.balanceColumns.received'), cell: (row) => (row.received ? row.received : ''), align: 'right' },
    { key: 'issued', header: t('registers.balanceColumns.issued'), cell: (row) => (row.issued ? row.issued : ''), align: 'right' },
    { key: 'balance', header: t('registers.balanceColumns.balance'), cell: (row) => row.balance, align: 'right' },
  ];
  return (
    <Stack spacing={2}>
      <RegisterPrintButton input={{ register: 'dangerous-drugs', medicineId: drug.id, ...range }} />
      <ErrorAlert error={balance.error} />
      {balance.data && (
        <Typography data-testid="registers-opening-balance">{t('registers.openingBalance', { quantity: units(balance.data.openingBalance) })}</Typography>
      )}
      <DataTable columns={columns} rows={rows} loading={balance.isLoading} rowKey={(row) => row.line} rowTestId={(row) => `register-row-${row.line}`}
        emptyText={t('registers.noMovements')} testId="register-dangerous-drugs" aria-label={t('registers.tabs.dangerous-drugs')} />
      {balance.data && (
        <Typography sx={{ fontWeight: 600 }} data-testid="registers-closing-balance">{t('registers.closingBalance', { quantity: units(balance.data.closingBalance) })}</Typography>
      )}
    </Stack>
  );
}
