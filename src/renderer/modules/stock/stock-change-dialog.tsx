import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ADJUSTMENT_REASONS, type AdjustmentReason, type StockBatch } from '../../../shared/schemas/stock';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { fieldRejected } from '../../components/field-error';

export type StockChangeKind = 'adjust' | 'writeOff';

/**
 * One batch's stock changed by hand: an adjustment by a signed number of units, or a write-off of
 * some (or, left empty, all) of what is on hand. Both need a reason and a note for the audit trail.
 */
export function StockChangeDialog({ kind, batch, unit, onClose }: { kind: StockChangeKind; batch: StockBatch; unit: string; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [quantity, setQuantity] = useState('');
  const [reason, setReason] = useState<AdjustmentReason | ''>(kind === 'writeOff' && batch.expired ? 'expired' : '');
  const [note, setNote] = useState('');
  const done = { onSuccess: async () => { await queryClient.invalidateQueries({ queryKey: trpc.stock.pathKey() }); onClose(); } };
  const adjust = useMutation(trpc.stock.adjust.mutationOptions(done));
  const writeOff = useMutation(trpc.stock.writeOff.mutationOptions(done));
  const pending = adjust.isPending || writeOff.isPending;
  const error = adjust.error ?? writeOff.error;
  const quantityField = kind === 'adjust' ? 'change' : 'quantity';
  const units = quantity.trim() === '' ? undefined : Number(quantity);
  const ready = reason !== '' && note.trim() !== '' && (kind === 'writeOff' || (units !== undefined && units !== 0));

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!ready) return;
    if (kind === 'adjust') adjust.mutate({ batchId: batch.id, change: units ?? 0, reason, note });
    else writeOff.mutate({ batchId: batch.id, quantity: units, reason, note });
  };
  return (
    <Dialog open onClose={pending ? undefined : onClose} fullWidth maxWidth="xs" slotProps={{ paper: { component: 'form', onSubmit: submit, 'data-testid': 'stock-adjust-dialog' } as object }}>
      <DialogTitle>{t(kind === 'adjust' ? 'stock.change.adjustTitle' : 'stock.change.writeOffTitle', { batchNo: batch.batchNo })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography>{t('stock.change.onHandNow', { onHand: batch.onHand, unit })}</Typography>
          <TextField
            autoFocus
            type="number"
            label={t(kind === 'adjust' ? 'stock.change.change' : 'stock.change.quantity')}
            helperText={t(kind === 'adjust' ? 'stock.change.changeHint' : 'stock.change.quantityHint')}
            required={kind === 'adjust'}
            value={quantity}
            error={fieldRejected(error, quantityField)}
            onChange={(event) => setQuantity(event.target.value)}
            slotProps={{ htmlInput: { step: 1, min: kind === 'writeOff' ? 1 : undefined, max: kind === 'writeOff' ? batch.onHand : undefined, 'data-testid': 'stock-adjust-quantity' } }}
          />
          <TextField
            select
            required
            label={t('stock.change.reason')}
            value={reason}
            error={fieldRejected(error, 'reason')}
            onChange={(event) => setReason(event.target.value as AdjustmentReason)}
            slotProps={{ select: { native: true }, htmlInput: { 'data-testid': 'stock-adjust-reason' }, inputLabel: { shrink: true } }}
          >
            <option value="" disabled />
            {ADJUSTMENT_REASONS.map((option) => (
              <option key={option} value={option}>
                {t(`stock.reasons.${option}`)}
              </option>
            ))}
          </TextField>
          <TextField
            required
            label={t('stock.change.note')}
            helperText={t('stock.change.noteHint')}
            value={note}
            error={fieldRejected(error, 'note')}
            onChange={(event) => setNote(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'stock-adjust-note' } }}
          />
          <ErrorAlert error={error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending} data-testid="stock-adjust-cancel">
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="contained" color={kind === 'writeOff' ? 'warning' : 'primary'} disabled={pending || !ready} data-testid="stock-adjust-save">
          {t(kind === 'adjust' ? 'stock.batches.adjust' : 'stock.batches.writeOff')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
