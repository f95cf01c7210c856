import { Alert, Button, Card, CardContent, Chip, List, ListItem, ListItemText, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useTRPC } from '../../api/client';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { useRinggit } from '../../format/ringgit';
import { useClinicDates } from '../../format/use-clinic-clock';
import { useCan } from '../../session/session-context';
import { BillLines } from './bill-lines';
import { CreditNoteDialog } from './credit-note-dialog';
import { InvoicePdfButton } from './invoice-pdf-button';
import { PayDialog } from './pay-dialog';
import { ReceiptButtons } from './receipt-buttons';

/** An issued invoice: its lines and totals, the payments taken, what is owed, and the buttons to pay or void it. */
export function InvoiceCard({ invoiceId }: { invoiceId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const money = useRinggit();
  const dates = useClinicDates();
  const mayVoid = useCan('billing.adjust');
  const invoice = useQuery(trpc.billing.invoice.queryOptions({ id: invoiceId }));
  const patientId = invoice.data?.portion === 'patient' ? invoice.data.patientId : null;
  const deposit = useQuery({ ...trpc.billing.depositAccount.queryOptions({ patientId: patientId ?? '' }), enabled: patientId !== null });
  const depositSen = deposit.data?.balanceSen ?? 0;
  const [paying, setPaying] = useState(false);
  const [voiding, setVoiding] = useState(false);
  const [crediting, setCrediting] = useState(false);
  const [reason, setReason] = useState('');
  const [paidWords, setPaidWords] = useState<string | null>(null);
  // The receipt just taken prints by itself on the receipt printer.
  const [justPaid, setJustPaid] = useState<string | null>(null);
  const [voidingReceipt, setVoidingReceipt] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.billing.pathKey() });
  const voidInvoice = useMutation(trpc.billing.voidInvoice.mutationOptions({ onSuccess: () => { setVoiding(false); refresh(); } }));
  const voidPayment = useMutation(trpc.billing.voidPayment.mutationOptions({ onSuccess: () => { setVoidingReceipt(null); setReason(''); refresh(); } }));
  if (invoice.error) return <ErrorAlert error={invoice.error} />;
  const data = invoice.data;
  if (!data) return null;
  const totals: [string, number, string?][] = [
    [t('billing.subtotal'), data.subtotalSen],
    ...(data.discountSen > 0 ? [[`${t('billing.discount')}: ${data.discountReason ?? ''}`, -data.discountSen] as [string, number]] : []),
    ...(data.taxSen > 0 ? [[t('billing.lines.tax'), data.taxSen] as [string, number]] : []),
    [t('billing.total'), data.totalSen, 'invoice-total'],
    ...(data.roundingSen !== 0 ? [[t('billing.rounding'), data.roundingSen] as [string, number]] : []),
    ...(data.paidSen > 0 ? [[t('billing.paid'), data.paidSen] as [string, number]] : []),
    ...(data.creditedSen > 0 ? [[t('billing.credited'), -data.creditedSen] as [string, number]] : []),
    ...(data.refundedSen > 0 ? [[t('billing.refunded'), data.refundedSen] as [string, number]] : []),
    [t('billing.balance'), data.balanceSen, 'invoice-balance'],
  ];
  return (
    <Card variant="outlined" data-testid="invoice-card">
      <CardContent>
        <Stack spacing={2}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="h6" component="h2" data-testid="invoice-number">
              {t('billing.invoice', { number: data.number })}
            </Typography>
            <Chip size="small" color={data.status === 'paid' ? 'success' : data.status === 'void' ? 'default' : 'warning'} label={t(`billing.statuses.${data.status}`)} data-testid="invoice-status" />
          </Stack>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography color="text.secondary">{data.billTo}</Typography>
            {data.patientId && data.portion === 'patient' && (
              <Button size="small" component={RouterLink} to={`/billing?patient=${data.patientId}`} data-testid="invoice-account">
                {t('billing.account.open')}
              </Button>
            )}
          </Stack>
          <BillLines lines={data.lines} totals={totals} />
          {data.payments.length > 0 && (
            <List dense aria-label={t('billing.payments')} data-testid="invoice-payments">
              {data.payments.map((payment, index) => (
                <ListItem
                  key={payment.id}
                  data-testid={`invoice-payment-${index}`}
                  secondaryAction={
                    payment.status === 'taken' && data.payments.findIndex((other) => other.receiptNo === payment.receiptNo) === index ? (
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                        <ReceiptButtons invoiceId={data.id} receiptNo={payment.receiptNo} printNow={payment.receiptNo === justPaid} />
                        {mayVoid && (
                          <Button size="small" color="warning" onClick={() => setVoidingReceipt(payment.receiptNo)} data-testid={`receipt-void-${payment.receiptNo}`}>
                            {t('billing.voidPayment')}
                          </Button>
                        )}
                      </Stack>
                    ) : undefined
                  }
                >
                  <ListItemText
                    primary={`${t(`billing.methods.${payment.method}`)} ${money(payment.amountSen)}${payment.reference ? ` · ${payment.reference}` : ''}${payment.status === 'void' ? ` · ${t('billing.statuses.void')}` : ''}`}
                    secondary={[t('billing.receipt', { receiptNo: payment.receiptNo }), dates.time(payment.takenAt), payment.takenByName].filter(Boolean).join(' · ')}
                    sx={payment.status === 'void' ? { textDecoration: 'line-through', color: 'text.secondary' } : undefined}
                  />
                </ListItem>
              ))}
            </List>
          )}
          {data.creditNotes.length > 0 && (
            <List dense aria-label={t('billing.credit.list')} data-testid="invoice-credit-notes">
              {data.creditNotes.map((note) => (
                <ListItem key={note.id} disableGutters>
                  <ListItemText
                    primary={`${note.number} · ${money(note.totalSen)} · ${note.reason}`}
                    secondary={[...note.lines.map((line) => `${line.quantity} × ${line.description}`), ...note.refunds.map((refund) => t('billing.credit.refunded', { amount: money(refund.amountSen), method: t(`billing.methods.${refund.method}`) })), dates.time(note.issuedAt), note.issuedByName].filter(Boolean).join(' · ')}
                  />
                </ListItem>
              ))}
            </List>
          )}
          {data.voidReason && <Alert severity="info">{data.voidReason}</Alert>}
          {paidWords && <Alert severity="success" data-testid="invoice-paid">{paidWords}</Alert>}
          {depositSen > 0 && data.balanceSen > 0 && <Alert severity="info" data-testid="invoice-deposit">{t('billing.deposit.onBill', { amount: money(depositSen) })}</Alert>}
          <InvoicePdfButton invoiceId={data.id} />
          <Stack direction="row" spacing={1}>
            {data.portion === 'panel' && <Alert severity="info" data-testid="invoice-panel-credit">{t('billing.panel.onCredit')}</Alert>}
            {data.balanceSen > 0 && data.portion === 'patient' && (
              <Button variant="contained" onClick={() => setPaying(true)} data-testid="invoice-pay">
                {t('billing.pay')}
              </Button>
            )}
            {mayVoid && data.status !== 'void' && (
              <Button color="warning" onClick={() => setCrediting(true)} data-testid="invoice-credit">
                {t('billing.credit.open')}
              </Button>
            )}
            {mayVoid && data.status === 'issued' && (
              <Button color="warning" onClick={() => setVoiding(true)} data-testid="invoice-void">
                {t('billing.voidInvoice')}
              </Button>
            )}
          </Stack>
        </Stack>
      </CardContent>
      {paying && <PayDialog invoice={data} depositSen={depositSen} onClose={() => setPaying(false)} onPaid={(words, receiptNo) => { setPaying(false); setPaidWords(words); setJustPaid(receiptNo); refresh(); }} />}
      {crediting && <CreditNoteDialog invoice={data} onClose={() => setCrediting(false)} onIssued={() => { setCrediting(false); refresh(); }} />}
      {voidingReceipt && (
        <ConfirmDialog title={t('billing.voidPaymentTitle', { receiptNo: voidingReceipt })} confirmLabel={t('billing.voidPayment')} testId="receipt-void-dialog" pending={voidPayment.isPending} error={voidPayment.error} color="warning" onConfirm={() => voidPayment.mutate({ invoiceId, receiptNo: voidingReceipt, reason })} onClose={() => setVoidingReceipt(null)}>
          <TextField autoFocus fullWidth size="small" label={t('billing.voidPaymentReason')} value={reason} onChange={(e) => setReason(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'receipt-void-reason' } }} />
        </ConfirmDialog>
      )}
      {voiding && (
        <ConfirmDialog title={t('billing.voidInvoice')} confirmLabel={t('billing.voidInvoice')} testId="invoice-void-dialog" pending={voidInvoice.isPending} error={voidInvoice.error} color="warning" onConfirm={() => voidInvoice.mutate({ invoiceId, reason })} onClose={() => setVoiding(false)}>
          <TextField autoFocus fullWidth size="small" label={t('billing.voidReason')} value={reason} onChange={(e) => setReason(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'invoice-void-reason' } }} />
        </ConfirmDialog>
      )}
    </Card>
  );
}
