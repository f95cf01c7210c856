import { Button, IconButton, Stack, Table, TableBody, TableCell, TableRow, TextField, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DispensingResult } from '../../../shared/schemas/dispensing';
import type { MedicineChoice } from '../../../shared/schemas/medicines';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { MedicinePicker } from '../medicines/medicine-picker';
import { medicineLabel } from '../medicines/medicine-words';
import { DispensingDone, doneWords } from './dispensing-done';

interface SaleLine {
  medicine: MedicineChoice;
  quantity: number;
  directions: string;
}

/** A sale without a prescription: OTC medicines to anyone, a pharmacy medicine with the buyer's address, nothing prescription-only. */
export function OverTheCounter() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const sell = useMutation(trpc.dispensing.sell.mutationOptions());
  const [buyer, setBuyer] = useState({ name: '', address: '' });
  const [lines, setLines] = useState<SaleLine[]>([]);
  const [medicine, setMedicine] = useState<MedicineChoice | null>(null);
  const [quantity, setQuantity] = useState('');
  const [directions, setDirections] = useState('');
  const [result, setResult] = useState<DispensingResult | null>(null);

  const add = (): void => {
    const count = Number(quantity);
    if (!medicine || !Number.isInteger(count) || count <= 0) return;
    setLines((current) => [...current, { medicine, quantity: count, directions: directions.trim() }]);
    setMedicine(null);
    setQuantity('');
    setDirections('');
  };
  const submit = (): void => {
    sell.mutate(
      { buyer: { name: buyer.name, address: buyer.address || null }, lines: lines.map((line) => ({ medicineId: line.medicine.id, quantity: line.quantity, directions: line.directions })) },
      { onSuccess: setResult },
    );
  };
  const startOver = (): void => {
    setResult(null);
    setLines([]);
    setBuyer({ name: '', address: '' });
    sell.reset();
  };

  if (result) {
    return (
      <Stack spacing={2}>
        <DispensingDone result={result} visitId={null} done={doneWords(result, 'dispensary.sale.sold', 'dispensary.sale.soldNoRegister', t)} />
        <Button onClick={startOver} sx={{ alignSelf: 'flex-start' }} data-testid="sale-next">
          {t('dispensary.tabs.sale')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack spacing={2} sx={{ maxWidth: 900 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextField label={t('dispensary.sale.buyer')} value={buyer.name} onChange={(event) => setBuyer({ ...buyer, name: event.target.value })} required sx={{ flex: 1 }} slotProps={{ htmlInput: { 'data-testid': 'sale-buyer' } }} />
        <TextField label={t('dispensary.sale.address')} value={buyer.address} onChange={(event) => setBuyer({ ...buyer, address: event.target.value })} sx={{ flex: 2 }} slotProps={{ htmlInput: { 'data-testid': 'sale-address' } }} />
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <div style={{ flex: 2, width: '100%' }}>
          <MedicinePicker value={medicine} onChange={setMedicine} label={t('dispensary.sale.medicine')} />
        </div>
        <TextField label={t('dispensary.sale.quantity')} value={quantity} onChange={(event) => setQuantity(event.target.value.replace(/[^0-9]/g, ''))} sx={{ width: 120 }} slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'sale-quantity' } }} />
        <TextField label={t('dispensary.sale.directions')} value={directions} onChange={(event) => setDirections(event.target.value)} sx={{ flex: 2 }} slotProps={{ htmlInput: { 'data-testid': 'sale-directions' } }} />
        <Button variant="outlined" onClick={add} disabled={!medicine || !quantity} data-testid="sale-add">
          {t('dispensary.sale.add')}
        </Button>
      </Stack>
      {lines.length === 0 ? (
        <Typography color="text.secondary">{t('dispensary.sale.empty')}</Typography>
      ) : (
        <Table size="small">
          <TableBody>
            {lines.map((line, index) => (
              <TableRow key={`${line.medicine.id}-${index}`} data-testid={`sale-line-${index}`}>
                <TableCell>{medicineLabel(line.medicine, t)}</TableCell>
                <TableCell align="right">{`${line.quantity} ${t(`medicines.units.${line.medicine.dispensingUnit}`)}`}</TableCell>
                <TableCell>{line.directions}</TableCell>
                <TableCell align="right">
                  <IconButton aria-label={t('dispensary.sale.remove')} onClick={() => setLines((current) => current.filter((_line, at) => at !== index))}>
                    <DeleteIcon />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ErrorAlert error={sell.error} />
      <Button variant="contained" onClick={submit} disabled={sell.isPending || lines.length === 0 || buyer.name.trim().length < 2} sx={{ alignSelf: 'flex-start' }} data-testid="sale-submit">
        {t('dispensary.sale.sell')}
      </Button>
    </Stack>
  );
}
