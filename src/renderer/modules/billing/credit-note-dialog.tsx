import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MONEY_METHODS, type Invoice, type MoneyMethod } from '../../../shared/schemas/billing';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useRinggit } from '../../format/ringgit';

/**
 * A credit note on an issued invoice: how many of each line to credit, the reason, and (when the
 * patient paid more than the invoice will then ask) how the difference goes back. The hub prices it
 * as it is filled in.
 */
export function CreditNoteDialog({ invoice, onClose, onIssued }: { invoice: Invoice; onClose: () => void; onIssued: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const money = useRinggit();
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [method, setMethod] = useState<MoneyMethod>('cash');
  const [reference, setReference] = useState('');
  const lines = invoice.lines.flatMap((line) => {
    const quantity = Number.parseInt(quantities[line.id] ?? '', 10);
    return Number.isInteger(quantity) && quantity > 0 ? [{ invoiceLineId: line.id, quantity }] : [];
  });
  const refund = { method, reference };
  const preview = useQuery({ ...trpc.billing.previewCreditNote.queryOptions({ invoiceId: invoice.id, lines, refund }), enabled: lines.length > 0 });
  const issue = useMutation(trpc.billing.issueCreditNote.mutationOptions({ onSuccess: onIssued }));
  const refundSen = preview.data?.refundSen ?? 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (lines.length > 0 && reason.trim().length >= 3) issue.mutate({ invoiceId: invoice.id, lines, reason: reason.trim(), refund: refundSen > 0 ? refund : null });
  };
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth slotProps={{ paper: { component: 'form', onSubmit: submit, 'data-testid': 'credit-note-dialog' } as object }}>
      <DialogTitle>{t('billing.credit.title', { number: invoice.number })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography color="text.secondary">{t('billing.credit.hint')}</Typography>
          <Table size="small" aria-label={t('billing.credit.title', { number: invoice.number })}>
            <TableHead>
              <TableRow>
                <TableCell>{t('billing.lines.item')}</TableCell>
                <TableCell align="right">{t('billing.lines.quantity')}</TableCell>
                <TableCell align="right">{t('billing.lines.amount')}</TableCell>
                <TableCell>{t('billing.credit.quantity')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {invoice.lines.map((line, index) => (
                <TableRow key={line.id}>
                  <TableCell>{line.description}</TableCell>
                  <TableCell align="right">{line.quantity}</TableCell>
                  <TableCell align="right">{money(line.amountSen - line.discountSen + line.taxSen)}</TableCell>
                  <TableCell>
                    <TextField size="small" value={quantities[line.id] ?? ''} onChange={(event) => setQuantities({ ...quantities, [line.id]: event.target.value })} sx={{ width: 90 }} slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': t('billing.credit.quantity'), 'data-testid': `credit-quantity-${index}` } }} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TextField label={t('billing.credit.reason')} value={reason} onChange={(event) => setReason(event.target.value)} required slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'credit-reason' } }} />
          {preview.data && <Typography variant="h6" data-testid="credit-total">{t('billing.credit.total', { amount: money(preview.data.totalSen) })}</Typography>}
          {refundSen > 0 && (
            <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography data-testid="credit-refund">{t('billing.credit.refund', { amount: money(refundSen) })}</Typography>
              <TextField select size="small" label={t('billing.payDialog.method')} value={method} onChange={(event) => setMethod(event.target.value as MoneyMethod)} sx={{ width: 180 }}>
                {MONEY_METHODS.map((option) => (
                  <MenuItem key={option} value={option}>
                    {t(`billing.methods.${option}`)}
                  </MenuItem>
                ))}
              </TextField>
              {method !== 'cash' && <TextField size="small" label={t('billing.payDialog.reference')} value={reference} onChange={(event) => setReference(event.target.value)} sx={{ flex: 1, minWidth: 220 }} />}
            </Stack>
          )}
          <ErrorAlert error={issue.error ?? preview.error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" color="warning" disabled={lines.length === 0 || reason.trim().length < 3 || issue.isPending || !preview.data} data-testid="credit-confirm">
          {t('billing.credit.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
