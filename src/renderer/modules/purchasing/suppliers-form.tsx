import { TextField } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SaveSupplierInput, Supplier } from '../../../shared/schemas/purchasing';
import { useTRPC } from '../../api/client';
import type { DataColumn } from '../../components/data-table/data-table';
import { SetupListEditor } from '../../components/setup-list/setup-list-editor';
import { NumberTextField } from '../medicines/number-text-field';

type SupplierDraft = SaveSupplierInput & { paymentTermsDays: number; leadTimeDays: number; active: boolean };

const NEW_SUPPLIER: SupplierDraft = { name: '', contactPerson: null, phone: null, email: null, address: null, paymentTermsDays: 30, leadTimeDays: 7, active: true };

/** Empty text is "not known": the hub stores null rather than an empty string. */
const orNull = (text: string): string | null => (text.trim() === '' ? null : text);

/** The companies the clinic buys from: contacts, payment terms, and the lead time the reorder list plans with. */
export function SuppliersForm({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const suppliers = useQuery(trpc.suppliers.list.queryOptions());
  const save = useMutation(trpc.suppliers.save.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.suppliers.list.queryKey() }) }));
  const columns: DataColumn<Supplier>[] = [
    { key: 'name', header: t('purchasing.suppliers.name'), cell: (s) => <strong>{s.name}</strong>, sortValue: (s) => s.name },
    { key: 'contact', header: t('purchasing.suppliers.contactPerson'), cell: (s) => [s.contactPerson, s.phone].filter(Boolean).join(' · ') },
    { key: 'terms', header: t('purchasing.suppliers.paymentTermsDays'), cell: (s) => s.paymentTermsDays, sortValue: (s) => s.paymentTermsDays, align: 'right' },
    { key: 'lead', header: t('purchasing.suppliers.leadTimeDays'), cell: (s) => s.leadTimeDays, sortValue: (s) => s.leadTimeDays, align: 'right' },
  ];
  return (
    <SetupListEditor<Supplier, SupplierDraft>
      words={{ title: t('purchasing.suppliers.title'), add: t('purchasing.suppliers.add'), empty: t('purchasing.suppliers.none') }}
      testId="supplier-form" editable={editable} list={suppliers} save={save} blank={NEW_SUPPLIER} columns={columns} rowTestId={(s) => `supplier-row-${s.name}`}
      fields={(draft, set, check) => (
        <>
          <TextField size="small" label={t('purchasing.suppliers.name')} value={draft.name} {...check('name')} onChange={(e) => set({ name: e.target.value })} sx={{ flex: 1, minWidth: 220 }} slotProps={{ htmlInput: { 'data-testid': 'supplier-name' } }} />
          <TextField size="small" label={t('purchasing.suppliers.contactPerson')} value={draft.contactPerson ?? ''} {...check('contactPerson')} onChange={(e) => set({ contactPerson: orNull(e.target.value) })} sx={{ width: 200 }} />
          <TextField size="small" label={t('purchasing.suppliers.phone')} value={draft.phone ?? ''} {...check('phone')} onChange={(e) => set({ phone: orNull(e.target.value) })} sx={{ width: 170 }} slotProps={{ htmlInput: { inputMode: 'tel', 'data-testid': 'supplier-phone' } }} />
          <TextField size="small" label={t('purchasing.suppliers.email')} value={draft.email ?? ''} {...check('email')} onChange={(e) => set({ email: orNull(e.target.value) })} sx={{ width: 220 }} />
          <TextField size="small" label={t('purchasing.suppliers.address')} value={draft.address ?? ''} {...check('address')} onChange={(e) => set({ address: orNull(e.target.value) })} sx={{ flex: 1, minWidth: 260 }} multiline />
          <NumberTextField label={t('purchasing.suppliers.paymentTermsDays')} value={draft.paymentTermsDays} {...check('paymentTermsDays')} onChange={(days) => set({ paymentTermsDays: days ?? 0 })} sx={{ width: 170 }} />
          <NumberTextField label={t('purchasing.suppliers.leadTimeDays')} value={draft.leadTimeDays} {...check('leadTimeDays')} onChange={(days) => set({ leadTimeDays: days ?? 0 })} sx={{ width: 170 }} testId="supplier-lead-time" />
        </>
      )}
    />
  );
}
