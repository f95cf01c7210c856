import { Button, List, ListItem, ListItemText, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MONEY_METHODS, type MoneyMethod } from '../../../shared/schemas/billing';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { requestPdf } from '../../components/show-pdf';
import { useReceiptPrinter } from '../../components/use-receipt-printer';
import { useRinggit } from '../../format/ringgit';
import { useClinicDates } from '../../format/use-clinic-clock';
import { useCan } from '../../session/session-context';
import { MoneyTextField } from '../medicines/money-text-field';

/** What the cashier types to take or give back money: how, how much, and the card slip's or transfer's reference. */
function MoneyFields({ prefix, method, setMethod, amountSen, setAmountSen, reference, setReference }: { prefix: string; method: MoneyMethod; setMethod: (method: MoneyMethod) => void; amountSen: number | null; setAmountSen: (sen: number | null) => void; reference: string; setReference: (text: string) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField select size="small" label={t('billing.payDialog.method')} value={method} onChange={(event) => setMethod(event.target.value as MoneyMethod)} sx={{ width: 170 }} slotProps={{ select: { SelectDisplayProps: { 'data-testid': `${prefix}-method` } as object } }}>
        {MONEY_METHODS.map((option) => (
          <MenuItem key={option} value={option} data-testid={`${prefix}-method-${option}`}>
            {t(`billing.methods.${option}`)}
          </MenuItem>
        ))}
      </TextField>
      <MoneyTextField label={t('billing.payDialog.amount')} value={amountSen} onChange={setAmountSen} sx={{ width: 150 }} testId={`${prefix}-amount`} />
      {method !== 'cash' && <TextField size="small" label={t('billing.payDialog.reference')} value={reference} onChange={(event) => setReference(event.target.value)} sx={{ width: 200 }} />}
    </>
  );
}

/**
 * A patient's deposit at the counter: what it holds and what moved it, money left on account (in
 * the open till, with a receipt to print), and, for those who may adjust, what is left given back.
 */
export function PatientDeposit({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const money = useRinggit();
  const dates = useClinicDates();
  const mayRefund = useCan('billing.adjust');
  const { hasReceiptPrinter } = useReceiptPrinter();
  const account = useQuery(trpc.billing.depositAccount.queryOptions({ patientId }));
  const [method, setMethod] = useState<MoneyMethod>('cash');
  const [amountSen, setAmountSen] = useState<number | null>(null);
  const [reference, setReference] = useState('');
  const [backMethod, setBackMethod] = useState<MoneyMethod>('cash');
  const [backSen, setBackSen] = useState<number | null>(null);
  const [backReference, setBackReference] = useState('');
  const [reason, setReason] = useState('');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.billing.pathKey() });
  const print = useMutation(trpc.billing.printDepositReceipt.mutationOptions());
  const take = useMutation(
    trpc.billing.takeDeposit.mutationOptions({
      onSuccess: (result) => {
        setAmountSen(null);
        setReference('');
        refresh();
        if (hasReceiptPrinter) print.mutate({ receiptNo: result.receiptNo });
      },
    }),
  );
  const refund = useMutation(trpc.billing.refundDeposit.mutationOptions({ onSuccess: () => { setBackSen(null); setReason(''); refresh(); } }));
  const pdf = useMutation(trpc.billing.depositReceiptPdf.mutationOptions());
  const balanceSen = account.data?.balanceSen ?? 0;
  return (
    <Stack spacing={1} data-testid="patient-deposit">
      <Typography variant="subtitle1" component="h3">
        {t('billing.deposit.title')}
      </Typography>
      <Typography data-testid="deposit-balance">{t('billing.deposit.held', { amount: money(balanceSen) })}</Typography>
      {(account.data?.movements.length ?? 0) > 0 && (
        <List dense disablePadding aria-label={t('billing.deposit.title')}>
          {account.data?.movements.map((movement) => (
            <ListItem key={movement.id} disableGutters>
              <ListItemText
                primary={`${t(`billing.deposit.kinds.${movement.kind}`)} ${money(movement.amountSen)}${movement.method ? ` · ${t(`billing.methods.${movement.method}`)}` : ''}${movement.invoiceNumber ? ` · ${movement.invoiceNumber}` : ''}`}
                secondary={[movement.receiptNo, dates.dateTime(movement.at), movement.reason].filter(Boolean).join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      )}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <MoneyFields prefix="deposit" method={method} setMethod={setMethod} amountSen={amountSen} setAmountSen={setAmountSen} reference={reference} setReference={setReference} />
        <Button variant="contained" disabled={!amountSen || take.isPending} onClick={() => take.mutate({ patientId, method, amountSen: amountSen ?? 0, reference })} data-testid="deposit-take">
          {t('billing.deposit.take')}
        </Button>
      </Stack>
      {take.data && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography data-testid="deposit-taken">{t('billing.deposit.taken', { receiptNo: take.data.receiptNo })}</Typography>
          {hasReceiptPrinter && (
            <Button size="small" onClick={() => print.mutate({ receiptNo: take.data.receiptNo })} disabled={print.isPending}>
              {t('billing.printReceipt')}
            </Button>
          )}
          <Button size="small" onClick={() => requestPdf(pdf.mutate, { receiptNo: take.data.receiptNo }, () => undefined)} disabled={pdf.isPending} data-testid="deposit-receipt-pdf">
            {t('billing.receiptPdf')}
          </Button>
        </Stack>
      )}
      {mayRefund && balanceSen > 0 && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <MoneyFields prefix="deposit-back" method={backMethod} setMethod={setBackMethod} amountSen={backSen} setAmountSen={setBackSen} reference={backReference} setReference={setBackReference} />
          <TextField size="small" label={t('billing.deposit.reason')} value={reason} onChange={(event) => setReason(event.target.value)} sx={{ width: 220 }} slotProps={{ htmlInput: { 'data-testid': 'deposit-back-reason' } }} />
          <Button color="warning" disabled={!backSen || refund.isPending} onClick={() => refund.mutate({ patientId, method: backMethod, amountSen: backSen ?? 0, reference: backReference, reason })} data-testid="deposit-refund">
            {t('billing.deposit.refund')}
          </Button>
        </Stack>
      )}
      <ErrorAlert error={account.error ?? take.error ?? refund.error ?? print.error ?? pdf.error} />
    </Stack>
  );
}
