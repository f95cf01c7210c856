import { Box, Chip, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../shared/schemas/registers';
import { useTRPC } from '../../api/client';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { calendarDay } from '../../format/clinic-dates';
import { RegisterPrintButton } from './register-print-button';
import type { RegisterRange } from './register-range';
import { quantityWords } from './register-words';

interface SupplyRegisterProps {
  register: 'prescription-book' | 'psychotropic';
  range: RegisterRange;
}

/** A cancelled entry stays in the register, struck through, as the bound book would show it. */
function Struck({ entry, children }: { entry: RegisterEntry; children: ReactNode }) {
  return (
    <Box component="span" sx={{ textDecoration: entry.cancelledAt ? 'line-through' : undefined, color: entry.cancelledAt ? 'text.secondary' : undefined }}>
      {children}
    </Box>
  );
}

/** The Prescription Book or the psychotropic register for the period: one row per supply (Poisons Act 1952 s24), and its print. */
export function SupplyRegister({ register, range }: SupplyRegisterProps) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const entries = useQuery(register === 'prescription-book' ? trpc.registers.prescriptionBook.queryOptions(range) : trpc.registers.psychotropic.queryOptions(range));

  const text = (value: (entry: RegisterEntry) => string | null) => (entry: RegisterEntry) => <Struck entry={entry}>{value(entry) ?? ''}</Struck>;
  const columns: DataColumn<RegisterEntry>[] = [
    {
      key: 'serial',
      header: t('registers.columns.serial'),
      cell: (entry) => (
        <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
          <Struck entry={entry}>{entry.serial}</Struck>
          {entry.cancelledAt && (
            <Chip size="small" color="warning" variant="outlined" data-testid={`register-cancelled-${entry.serial}`}
              label={entry.cancelReason ? t('registers.cancelled', { reason: entry.cancelReason }) : t('registers.cancelledNoReason')} />
          )}
        </Stack>
      ),
      sortValue: (entry) => entry.serial,
      nowrap: true,
    },
    ...(register === 'psychotropic' ? [{ key: 'bookSerial', header: t('registers.columns.bookSerial'), cell: text((entry) => entry.bookSerial), nowrap: true }] : []),
    { key: 'date', header: t('registers.columns.date'), cell: text((entry) => calendarDay(entry.date, i18n.language, 'none')), sortValue: (entry) => entry.date, nowrap: true },
    {
      key: 'medicine',
      header: t('registers.columns.medicine'),
      cell: (entry) => (
        <Struck entry={entry}>
          {entry.medicineLabel}
          <Box component="span" sx={{ display: 'block', fontWeight: 600 }}>{quantityWords(entry.quantity, entry.unit, t)}</Box>
        </Struck>
      ),
      sortValue: (entry) => entry.medicineLabel,
    },
    { key: 'patient', header: t('registers.columns.patient'), cell: text((entry) => entry.patientName), sortValue: (entry) => entry.patientName },
    { key: 'address', header: t('registers.columns.address'), cell: text((entry) => entry.patientAddress) },
    { key: 'prescriber', header: t('registers.columns.prescriber'), cell: text((entry) => entry.prescriberName) },
    { key: 'prescriptionRef', header: t('registers.columns.prescriptionRef'), cell: text((entry) => entry.prescriptionRef), nowrap: true },
    { key: 'repeatOf', header: t('registers.columns.repeatOf'), cell: text((entry) => entry.repeatOf), nowrap: true },
    { key: 'dispensedBy', header: t('registers.columns.dispensedBy'), cell: text((entry) => entry.dispensedBy) },
  ];
  return (
    <Stack spacing={2}>
      <RegisterPrintButton input={{ register, ...range }} />
      <ErrorAlert error={entries.error} />
      <DataTable columns={columns} rows={entries.data} loading={entries.isLoading} rowKey={(entry) => entry.id} rowTestId={(entry) => `register-row-${entry.serial}`}
        emptyText={t('registers.none')} pageSize={50} testId={`register-${register}`} aria-label={t(`registers.tabs.${register}`)} />
    </Stack>
  );
}
