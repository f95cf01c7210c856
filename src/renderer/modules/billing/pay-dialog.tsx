import { Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { money as moneyOf, roundForCash } from '../../../shared/money';
import { PAYMENT_METHODS, type Invoice, type PaymentMethod } from '../../../shared/schemas/billing';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useRinggit } from '../../format/ringgit';
import { MoneyTextField } from '../medicines/money-text-field';

interface DraftTender {
  method: PaymentMethod;
  amountSen: number | null;
  reference: string;
}

/** What the counter expects from the tenders typed: cash to collect (rounded to 5 sen), the change, or what stays owed. The hub settles it. */
function expected(balanceSen: number, tenders: readonly DraftTender[]) {
  const charged = tenders.filter((tender) => tender.method !== 'cash').reduce((sum, tender) => sum + (tender.amountSen ?? 0), 0);
  const cashDue = roundForCash(moneyOf(Math.max(balanceSen - charged, 0), 'MYR')).collect.minor;
  const handed = tenders.find((tender) => tender.method === 'cash')?.amountSen ?? 0;
  // Cards and transfers are charged exactly: more than is owed is refused, and then no cash is due nor change given.
  const overcharged = charged > balanceSen;
  return { overcharged, cashDue, change: overcharged ? 0 : Math.max(handed - cashDue, 0), short: Math.max(balanceSen - charged - handed, 0) };
}

/** Takes a payment: cash with change, card, e-wallet or transfer with its reference, from the patient's deposit when they left one, or several together. */
export function PayDialog({ invoice, depositSen = 0, onClose, onPaid }: { invoice: Invoice; depositSen?: number; onClose: () => void; onPaid: (words: string, receiptNo: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const money = useRinggit();
  const [tenders, setTenders] = useState<DraftTender[]>([{ method: 'cash', amountSen: roundForCash(moneyOf(invoice.balanceSen, 'MYR')).collect.minor, reference: '' }]);
  const pay = useMutation(
    trpc.billing.pay.mutationOptions({
      onSuccess: (result) => onPaid(result.changeSen > 0 ? t('billing.payDialog.doneChange', { receiptNo: result.receiptNo, amount: money(result.changeSen) }) : t('billing.payDialog.done', { receiptNo: result.receiptNo }), result.receiptNo),
    }),
  );
  const change = (index: number, changes: Partial<DraftTender>) => setTenders(tenders.map((tender, at) => (at === index ? { ...tender, ...changes } : tender)));
  const { overcharged, cashDue, change: changeSen, short } = expected(invoice.balanceSen, tenders);
  const hasCash = tenders.some((tender) => tender.method === 'cash');
  const valid = !overcharged && tenders.every((tender) => tender.amountSen !== null && tender.amountSen > 0) && tenders.filter((tender) => tender.method === 'cash').length <= 1;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) pay.mutate({ invoiceId: invoice.id, tenders: tenders.map((tender) => ({ method: tender.method, amountSen: tender.amountSen ?? 0, reference: tender.reference })) });
  };
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth slotProps={{ paper: { component: 'form', onSubmit: submit, 'data-testid': 'pay-dialog' } as object }}>
      <DialogTitle>{t('billing.payDialog.title', { number: invoice.number })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="h6">{t('billing.payDialog.due', { amount: money(invoice.balanceSen) })}</Typography>
          {depositSen > 0 && <Typography data-testid="pay-deposit-held">{t('billing.deposit.held', { amount: money(depositSen) })}</Typography>}
          {hasCash && !overcharged && <Typography data-testid="pay-cash-due">{t('billing.payDialog.cashDue', { amount: money(cashDue) })}</Typography>}
          {tenders.map((tender, index) => (
            <Stack key={index} direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <TextField select size="small" label={t('billing.payDialog.method')} value={tender.method} onChange={(e) => change(index, { method: e.target.value as PaymentMethod })} sx={{ width: 180 }} slotProps={{ select: { SelectDisplayProps: { 'data-testid': `pay-method-${index}` } as object } }}>
                {PAYMENT_METHODS.filter((method) => method !== 'deposit' || depositSen > 0).map((method) => (
                  <MenuItem key={method} value={method} data-testid={`pay-method-option-${method}`}>
                    {t(`billing.methods.${method}`)}
                  </MenuItem>
                ))}
              </TextField>
              <MoneyTextField
                label={tender.method === 'cash' ? t('billing.payDialog.handed') : t('billing.payDialog.amount')}
                value={tender.amountSen}
                onChange={(amountSen) => change(index, { amountSen })}
                error={overcharged && tender.method !== 'cash'}
                helperText={overcharged && tender.method !== 'cash' ? t('billing.payDialog.overcharged', { amount: money(invoice.balanceSen) }) : undefined}
                sx={{ width: 200 }}
                testId={`pay-amount-${index}`}
              />
              {tender.method !== 'cash' && <TextField size="small" label={t('billing.payDialog.reference')} value={tender.reference} onChange={(e) => change(index, { reference: e.target.value })} sx={{ flex: 1, minWidth: 220 }} slotProps={{ htmlInput: { 'data-testid': `pay-reference-${index}` } }} />}
              {tenders.length > 1 && (
                <IconButton aria-label={t('billing.remove')} onClick={() => setTenders(tenders.filter((_, at) => at !== index))}>
                  <DeleteIcon fontSize="small" />
                </IconButton>
              )}
            </Stack>
          ))}
          <Button onClick={() => setTenders([...tenders, { method: 'card', amountSen: null, reference: '' }])} sx={{ alignSelf: 'flex-start' }} data-testid="pay-add-tender">
            {t('billing.payDialog.addTender')}
          </Button>
          {changeSen > 0 && <Typography variant="h6" color="success.main" data-testid="pay-change">{t('billing.payDialog.change', { amount: money(changeSen) })}</Typography>}
          {short > 0 && <Typography color="warning.main" data-testid="pay-short">{t('billing.payDialog.short', { amount: money(short) })}</Typography>}
          <ErrorAlert error={pay.error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={!valid || pay.isPending} data-testid="pay-confirm">
          {t('billing.payDialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
