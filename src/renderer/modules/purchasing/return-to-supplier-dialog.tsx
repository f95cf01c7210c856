import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MedicineChoice } from '../../../shared/schemas/medicines';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicDates } from '../../format/use-clinic-clock';
import { MedicinePicker } from '../medicines/medicine-picker';
import { NumberTextField } from '../medicines/number-text-field';

/** Units of one batch going back to a supplier (damaged, recalled, short-dated), with the reason. */
export function ReturnToSupplierDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const dates = useClinicDates();
  const queryClient = useQueryClient();
  const [medicine, setMedicine] = useState<MedicineChoice | null>(null);
  const [batchId, setBatchId] = useState('');
  const [supplierId, setSupplierId] = useState('');
  const [quantity, setQuantity] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const batches = useQuery({ ...trpc.stock.batches.queryOptions({ medicineId: medicine?.id ?? '' }), enabled: medicine !== null });
  const suppliers = useQuery(trpc.suppliers.list.queryOptions());
  const record = useMutation(
    trpc.purchasing.returnToSupplier.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.purchasing.returns.queryKey() });
        onClose();
      },
    }),
  );
  const pickBatch = (id: string) => {
    setBatchId(id);
    // The batch's own supplier is the one it goes back to, unless the manager says otherwise.
    const supplier = batches.data?.find((b) => b.id === id)?.supplierId;
    if (supplier) setSupplierId(supplier);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (medicine) record.mutate({ medicineId: medicine.id, batchId, supplierId, quantity: quantity ?? 0, reason });
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" slotProps={{ paper: { component: 'form', onSubmit: submit, 'data-testid': 'return-dialog' } as object }}>
      <DialogTitle>{t('purchasing.returns.new')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <MedicinePicker
            autoFocus
            label={t('purchasing.returns.medicine')}
            value={medicine}
            onChange={(choice) => {
              setMedicine(choice);
              setBatchId('');
            }}
          />
          <TextField select size="small" label={t('purchasing.returns.batch')} value={batchId} disabled={!batches.data} onChange={(e) => pickBatch(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'return-batch' } }}>
            {(batches.data ?? []).map((b) => (
              <MenuItem key={b.id} value={b.id}>
                {t('purchasing.returns.batchChoice', { batchNo: b.batchNo, expiry: dates.date(b.expiryDate), onHand: b.onHand })}
              </MenuItem>
            ))}
          </TextField>
          <TextField select size="small" label={t('purchasing.returns.supplier')} value={supplierId} onChange={(e) => setSupplierId(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'return-supplier' } }}>
            {(suppliers.data ?? []).map((s) => (
              <MenuItem key={s.id} value={s.id}>
                {s.name}
              </MenuItem>
            ))}
          </TextField>
          <NumberTextField label={t('purchasing.returns.quantity')} value={quantity} onChange={setQuantity} sx={{ width: 220 }} testId="return-quantity" />
          <TextField size="small" label={t('purchasing.returns.reason')} value={reason} onChange={(e) => setReason(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'return-reason' } }} />
          <ErrorAlert error={record.error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} data-testid="return-close">
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="contained" disabled={record.isPending || !medicine || !batchId || !supplierId} data-testid="return-save">
          {t('purchasing.returns.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
