import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoodsReceived, PurchaseOrder, PurchaseOrderLine } from '../../../shared/schemas/purchasing';
import { useTRPC } from '../../api/client';
import { DateField } from '../../components/date-field/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { NumberTextField } from '../medicines/number-text-field';
import { senFromTyped, typedFromSen, useRinggit } from '../../format/ringgit';

interface DeliveryLine {
  line: PurchaseOrderLine;
  batchNo: string;
  expiryDate: string;
  quantity: number | null;
  bonusQuantity: number | null;
  unitCost: string;
}

/** Each line still owed, all of it expected until the manager types what actually came. */
function owedLines(order: PurchaseOrder): DeliveryLine[] {
  return order.lines
    .filter((line) => line.receivedQuantity < line.quantity)
    .map((line) => ({ line, batchNo: '', expiryDate: '', quantity: line.quantity - line.receivedQuantity, bonusQuantity: 0, unitCost: typedFromSen(line.unitCostSen) }));
}

/**
 * A delivery against a sent order: per line its batch, expiry, units, bonus units and invoiced cost.
 * A line left at no units is not in this delivery (it stays open); the hub refuses an expiry already past.
 */
export function ReceiveGoodsDialog({ order, onReceived, onClose }: { order: PurchaseOrder; onReceived: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [invoiceNo, setInvoiceNo] = useState('');
  const [lines, setLines] = useState(() => owedLines(order));
  const receive = useMutation(
    trpc.purchasing.receiveGoods.mutationOptions({
      // The dialog stays open on what was received, so a price the supplier changed is seen before it closes.
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.purchasing.pathKey() }),
    }),
  );
  const change = (index: number, changes: Partial<DeliveryLine>) => setLines(lines.map((line, i) => (i === index ? { ...line, ...changes } : line)));
  const delivered = lines.filter((line) => (line.quantity ?? 0) > 0);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    receive.mutate({
      orderId: order.id,
      supplierId: order.supplierId,
      invoiceNo,
      lines: delivered.map((d) => ({
        orderLineId: d.line.id,
        medicineId: d.line.medicineId,
        batchNo: d.batchNo,
        expiryDate: d.expiryDate,
        quantity: d.quantity ?? 0,
        bonusQuantity: d.bonusQuantity ?? 0,
        unitCostSen: senFromTyped(d.unitCost) ?? -1,
      })),
    });
  };
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth slotProps={{ paper: { component: 'form', onSubmit: submit, 'data-testid': 'receive-dialog' } as object }}>
      <DialogTitle>{t('purchasing.receive.title', { number: order.number, supplier: order.supplierName })}</DialogTitle>
      <DialogContent>
        {receive.data ? (
          <ReceivedSummary received={receive.data} />
        ) : (
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField size="small" label={t('purchasing.receive.invoiceNo')} value={invoiceNo} onChange={(e) => setInvoiceNo(e.target.value)} sx={{ width: 240 }} slotProps={{ htmlInput: { 'data-testid': 'receive-invoice' } }} />
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{t('purchasing.receive.medicine')}</TableCell>
                  <TableCell>{t('purchasing.receive.batchNo')}</TableCell>
                  <TableCell>{t('purchasing.receive.expiryDate')}</TableCell>
                  <TableCell align="right">{t('purchasing.receive.quantity')}</TableCell>
                  <TableCell align="right">{t('purchasing.receive.bonusQuantity')}</TableCell>
                  <TableCell align="right">{t('purchasing.receive.unitCost')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {lines.map((d, i) => (
                  <TableRow key={d.line.id} data-testid={`receive-line-${i}`}>
                    <TableCell>
                      {d.line.medicineLabel}
                      <br />
                      {t('purchasing.receive.owed', { count: d.line.quantity - d.line.receivedQuantity, unit: d.line.dispensingUnit })}
                    </TableCell>
                    <TableCell>
                      <TextField size="small" label={t('purchasing.receive.batchNo')} value={d.batchNo} onChange={(e) => change(i, { batchNo: e.target.value })} sx={{ width: 140 }} slotProps={{ htmlInput: { 'data-testid': `receive-batch-${i}` } }} />
                    </TableCell>
                    <TableCell>
                      <DateField size="small" label={t('purchasing.receive.expiryDate')} value={d.expiryDate} onChange={(expiryDate) => change(i, { expiryDate })} htmlInput={{ 'data-testid': `receive-expiry-${i}` }} sx={{ width: 180 }} />
                    </TableCell>
                    <TableCell align="right">
                      <NumberTextField label={t('purchasing.receive.quantity')} value={d.quantity} onChange={(quantity) => change(i, { quantity })} helperText={d.line.dispensingUnit} sx={{ width: 110 }} testId={`receive-quantity-${i}`} />
                    </TableCell>
                    <TableCell align="right">
                      <NumberTextField label={t('purchasing.receive.bonusQuantity')} value={d.bonusQuantity} onChange={(bonusQuantity) => change(i, { bonusQuantity })} sx={{ width: 100 }} testId={`receive-bonus-${i}`} />
                    </TableCell>
                    <TableCell align="right">
                      <TextField size="small" label={t('purchasing.receive.unitCost')} value={d.unitCost} onChange={(e) => change(i, { unitCost: e.target.value })} error={senFromTyped(d.unitCost) === null} sx={{ width: 110 }} slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': `receive-cost-${i}` } }} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <ErrorAlert error={receive.error} />
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        {receive.data ? (
          <Button variant="contained" onClick={onReceived} data-testid="receive-done">
            {t('purchasing.receive.done')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose} data-testid="receive-close">
              {t('common.cancel')}
            </Button>
            <Button type="submit" variant="contained" disabled={receive.isPending || delivered.length === 0} data-testid="receive-save">
              {t('purchasing.receive.save', { count: delivered.length })}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}

/** What went into stock, and each line the supplier invoiced at another price than was ordered. */
function ReceivedSummary({ received }: { received: GoodsReceived }) {
  const { t } = useTranslation();
  const money = useRinggit();
  const changed = received.lines.filter((line) => line.orderedUnitCostSen !== null);
  return (
    <Stack spacing={2} sx={{ pt: 1 }}>
      <Alert severity="success" data-testid="receive-result">
        {t('purchasing.receive.received', { number: received.number, count: received.lines.length })}
      </Alert>
      {changed.length > 0 && (
        <Alert severity="warning" data-testid="receive-price-differences">
          {t('purchasing.receive.priceDifferences')}
          <ul>
            {changed.map((line) => (
              <li key={line.id}>{t('purchasing.receive.priceDifference', { medicine: line.medicineLabel, invoiced: money(line.unitCostSen), ordered: money(line.orderedUnitCostSen ?? 0) })}</li>
            ))}
          </ul>
        </Alert>
      )}
    </Stack>
  );
}
