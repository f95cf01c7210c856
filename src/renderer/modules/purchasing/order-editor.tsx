import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { medicineLabel } from '../../../shared/schemas/medicines';
import type { PurchaseOrder } from '../../../shared/schemas/purchasing';
import { useTRPC } from '../../api/client';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { requestPdf } from '../../components/show-pdf';
import { MedicinePicker } from '../medicines/medicine-picker';
import { NumberTextField } from '../medicines/number-text-field';
import { ReceiveGoodsDialog } from './receive-goods-dialog';
import { ringgit, senFromTyped, typedFromSen } from '../../format/ringgit';

interface DraftLine {
  medicineId: string;
  label: string;
  unit: string;
  packSize: number | null;
  quantity: number | null;
  unitCost: string;
  received: number;
}

function draftLinesOf(order: PurchaseOrder): DraftLine[] {
  return order.lines.map((l) => ({ medicineId: l.medicineId, label: l.medicineLabel, unit: l.dispensingUnit, packSize: l.packSize, quantity: l.quantity, unitCost: typedFromSen(l.unitCostSen), received: l.receivedQuantity }));
}

/** A purchase order: a draft is edited here (packs or units, cost per unit), then marked as sent and printed; an open order can be cancelled with a reason. */
export function OrderEditor({ orderId, onClose }: { orderId: string | null; onClose: () => void }) {
  const trpc = useTRPC();
  const order = useQuery({ ...trpc.purchasing.order.queryOptions({ id: orderId ?? '' }), enabled: orderId !== null });
  if (orderId !== null && !order.data) return null;
  return <OrderForm key={order.data?.id ?? 'new'} order={order.data ?? null} onClose={onClose} />;
}

function OrderForm({ order, onClose }: { order: PurchaseOrder | null; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const suppliers = useQuery(trpc.suppliers.list.queryOptions());
  const medicines = useQuery(trpc.medicines.list.queryOptions());
  const [id, setId] = useState(order?.id ?? null);
  const [supplierId, setSupplierId] = useState(order?.supplierId ?? '');
  const [note, setNote] = useState(order?.note ?? '');
  const [lines, setLines] = useState<DraftLine[]>(order ? draftLinesOf(order) : []);
  const [status, setStatus] = useState(order?.status ?? 'draft');
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState(false);
  const [receiving, setReceiving] = useState(false);
  // The order as the hub last returned it: what a delivery is received against.
  const [current, setCurrent] = useState(order);
  const refresh = (next: PurchaseOrder) => {
    setId(next.id);
    setCurrent(next);
    setStatus(next.status);
    setLines(draftLinesOf(next));
    setSaved(true);
    void queryClient.invalidateQueries({ queryKey: trpc.purchasing.pathKey() });
  };
  const save = useMutation(trpc.purchasing.saveOrder.mutationOptions({ onSuccess: refresh }));
  const send = useMutation(trpc.purchasing.sendOrder.mutationOptions({ onSuccess: refresh }));
  const cancel = useMutation(trpc.purchasing.cancelOrder.mutationOptions({ onSuccess: (next) => { setCancelling(false); refresh(next); } }));
  const print = useMutation({ mutationFn: (input: { id: string }) => queryClient.fetchQuery(trpc.purchasing.printOrder.queryOptions(input)) });
  const editable = status === 'draft';
  const change = (index: number, changes: Partial<DraftLine>) => setLines(lines.map((line, i) => (i === index ? { ...line, ...changes } : line)));
  const total = lines.reduce((sum, line) => sum + (line.quantity ?? 0) * (senFromTyped(line.unitCost) ?? 0), 0);
  const draft = () => ({ id: id ?? undefined, supplierId, note, lines: lines.map((line) => ({ medicineId: line.medicineId, quantity: line.quantity ?? 0, unitCostSen: senFromTyped(line.unitCost) ?? -1 })) });
  const saveDraft = () => save.mutate(draft());
  // What is on the screen is what goes to the supplier: the draft is saved first, then marked as sent.
  const saveAndSend = () => save.mutate(draft(), { onSuccess: (saved) => send.mutate({ id: saved.id }) });
  const unpriced = lines.filter((line) => senFromTyped(line.unitCost) === 0).length;
  const activeSuppliers = (suppliers.data ?? []).filter((s) => s.active || s.id === supplierId);
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth data-testid="po-editor">
      <DialogTitle>{order || id ? t('purchasing.editor.title', { number: order?.number ?? save.data?.number ?? '' }) : t('purchasing.editor.titleNew')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Stack direction="row" spacing={2}>
            <TextField select size="small" label={t('purchasing.editor.supplier')} value={supplierId} disabled={!editable} onChange={(e) => setSupplierId(e.target.value)} sx={{ width: 320 }} slotProps={{ htmlInput: { 'data-testid': 'po-supplier' } }}>
              {activeSuppliers.map((s) => (
                <MenuItem key={s.id} value={s.id}>
                  {s.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField size="small" label={t('purchasing.editor.note')} value={note} disabled={!editable} onChange={(e) => setNote(e.target.value)} sx={{ flex: 1 }} />
          </Stack>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('purchasing.editor.medicine')}</TableCell>
                <TableCell align="right">{t('purchasing.editor.packs')}</TableCell>
                <TableCell align="right">{t('purchasing.editor.quantity')}</TableCell>
                <TableCell align="right">{t('purchasing.editor.unitCost')}</TableCell>
                <TableCell align="right">{t('purchasing.editor.amount')}</TableCell>
                <TableCell align="right">{t('purchasing.editor.received')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {lines.map((line, index) => (
                <TableRow key={`${line.medicineId}-${index}`} data-testid={`po-line-${index}`}>
                  <TableCell>{line.label}</TableCell>
                  <TableCell align="right">
                    {line.packSize && line.packSize > 1 ? (
                      <NumberTextField
                        disabled={!editable}
                        value={line.quantity !== null && line.quantity % line.packSize === 0 ? line.quantity / line.packSize : null}
                        onChange={(packs) => change(index, { quantity: packs === null ? null : Math.round(packs) * (line.packSize ?? 1) })}
                        helperText={t('purchasing.editor.packsHint', { packSize: line.packSize })}
                        sx={{ width: 100 }}
                        testId={`po-line-${index}-packs`}
                      />
                    ) : null}
                  </TableCell>
                  <TableCell align="right">
                    <NumberTextField disabled={!editable} value={line.quantity} onChange={(quantity) => change(index, { quantity })} helperText={line.unit} sx={{ width: 110 }} testId={`po-line-${index}-quantity`} />
                  </TableCell>
                  <TableCell align="right">
                    <TextField size="small" disabled={!editable} value={line.unitCost} onChange={(e) => change(index, { unitCost: e.target.value })} error={senFromTyped(line.unitCost) === null} sx={{ width: 110 }} slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': `po-line-${index}-cost` } }} />
                  </TableCell>
                  <TableCell align="right">{ringgit((line.quantity ?? 0) * (senFromTyped(line.unitCost) ?? 0))}</TableCell>
                  <TableCell align="right">{line.received}</TableCell>
                  <TableCell>
                    {editable && (
                      <IconButton aria-label={t('purchasing.editor.removeLine')} onClick={() => setLines(lines.filter((_, i) => i !== index))}>
                        <DeleteIcon fontSize="small" />
                      </IconButton>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {editable && (
            <MedicinePicker
              label={t('purchasing.editor.addLine')}
              value={null}
              onChange={(choice) => {
                if (!choice) return;
                const medicine = medicines.data?.find((m) => m.id === choice.id);
                setLines([...lines, { medicineId: choice.id, label: medicineLabel(choice), unit: choice.dispensingUnit, packSize: medicine?.packSize ?? null, quantity: medicine?.packSize ?? null, unitCost: '0.00', received: 0 }]);
              }}
            />
          )}
          <Typography variant="h6" sx={{ textAlign: 'right' }} data-testid="po-total">
            {t('purchasing.editor.total', { amount: ringgit(total) })}
          </Typography>
          {editable && unpriced > 0 && <Alert severity="warning" data-testid="po-unpriced">{t('purchasing.editor.unpriced', { count: unpriced })}</Alert>}
          {saved && <Alert severity="success">{t('purchasing.editor.saved')}</Alert>}
          <ErrorAlert error={save.error ?? send.error ?? print.error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        {id && status !== 'received' && status !== 'cancelled' && (
          <Button color="warning" onClick={() => setCancelling(true)} data-testid="po-cancel">
            {t('purchasing.editor.cancelOrder')}
          </Button>
        )}
        {id && (
          <Button onClick={() => requestPdf(print.mutate, { id }, () => undefined)} data-testid="po-print">
            {t('purchasing.editor.print')}
          </Button>
        )}
        {editable && (
          <Button onClick={saveDraft} disabled={save.isPending || !supplierId || lines.length === 0} data-testid="po-save">
            {t('purchasing.editor.saveDraft')}
          </Button>
        )}
        {current && (status === 'sent' || status === 'partly-received') && (
          <Button variant="contained" onClick={() => setReceiving(true)} data-testid="receive-open">
            {t('purchasing.receive.open')}
          </Button>
        )}
        {editable && id && (
          <Button variant="contained" onClick={saveAndSend} disabled={save.isPending || send.isPending || lines.length === 0} data-testid="po-send">
            {t('purchasing.editor.send')}
          </Button>
        )}
        <Button onClick={onClose}>{t('purchasing.editor.close')}</Button>
      </DialogActions>
      {receiving && current && <ReceiveGoodsDialog order={current} onReceived={() => { setReceiving(false); onClose(); }} onClose={() => setReceiving(false)} />}
      {cancelling && id && (
        <ConfirmDialog title={t('purchasing.editor.cancelOrder')} confirmLabel={t('purchasing.editor.cancelOrder')} testId="po-cancel-confirm" pending={cancel.isPending} error={cancel.error} color="warning" onConfirm={() => cancel.mutate({ id, reason })} onClose={() => setCancelling(false)}>
          <TextField autoFocus fullWidth size="small" label={t('purchasing.editor.cancelReason')} value={reason} onChange={(e) => setReason(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'po-cancel-reason' } }} />
        </ConfirmDialog>
      )}
    </Dialog>
  );
}
