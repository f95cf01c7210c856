import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUYER_ID_TYPES, type EinvoiceBuyer } from '../../../shared/schemas/einvoice';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useFormErrors } from '../../components/form-errors/use-form-errors';
import { useRinggit } from '../../format/ringgit';
import { StateSelect } from './state-select';

const EMPTY_BUYER: EinvoiceBuyer = { name: '', tin: '', idType: 'NRIC', idNo: '', sstNo: '', email: '', phone: '', address: { line: '', city: '', postcode: '', stateCode: '14', countryCode: 'MYS' } };

/**
 * The buyer of an individual e-invoice, for an invoice given (a sale above RM 10,000) or chosen by
 * its day (a patient's request, a panel company's invoice).
 */
export function BuyerDialog({ invoiceId, onClose }: { invoiceId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const money = useRinggit();
  const [day, setDay] = useState('');
  const [chosen, setChosen] = useState(invoiceId ?? '');
  const [buyer, setBuyer] = useState<EinvoiceBuyer>(EMPTY_BUYER);
  const invoices = useQuery({ ...trpc.billing.invoicesOfDay.queryOptions({ clinicDate: day }), enabled: invoiceId === null && /^\d{4}-\d{2}-\d{2}$/.test(day) });
  const build = useMutation(trpc.einvoice.buildIndividual.mutationOptions({ onSuccess: onClose }));
  const form = useFormErrors({ error: build.error, prefix: 'buyer' });
  const field = (key: 'name' | 'tin' | 'idNo' | 'sstNo' | 'email' | 'phone', label: string, hint?: string) => (
    <TextField label={label} value={buyer[key]} {...form.check(key, undefined, hint)} onChange={(e) => setBuyer({ ...buyer, [key]: e.target.value })} slotProps={{ htmlInput: { ...form.input(key), 'data-testid': `buyer-${key}` } }} />
  );
  const addressField = (key: 'line' | 'city' | 'postcode' | 'countryCode', label: string) => (
    <TextField label={label} value={buyer.address[key]} {...form.check(`address.${key}`)} onChange={(e) => setBuyer({ ...buyer, address: { ...buyer.address, [key]: e.target.value } })} slotProps={{ htmlInput: { 'data-testid': `buyer-${key}` } }} />
  );
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('einvoice.buyerDialog.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }} ref={form.ref}>
          {invoiceId === null && (
            <>
              <TextField type="date" label={t('einvoice.buyerDialog.day')} value={day} onChange={(e) => setDay(e.target.value)} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'buyer-day' } }} />
              <TextField select label={t('einvoice.buyerDialog.invoice')} value={chosen} onChange={(e) => setChosen(e.target.value)} helperText={invoices.data?.length === 0 ? t('einvoice.buyerDialog.noInvoices') : undefined}>
                {(invoices.data ?? [])
                  .filter((invoice) => invoice.status !== 'void')
                  .map((invoice) => (
                    <MenuItem key={invoice.id} value={invoice.id}>{`${invoice.number} · ${invoice.billTo} · ${money(invoice.totalSen)}`}</MenuItem>
                  ))}
              </TextField>
            </>
          )}
          {field('name', t('einvoice.buyerDialog.name'))}
          {field('tin', t('einvoice.buyerDialog.tin'), t('einvoice.buyerDialog.tinHint'))}
          <TextField select label={t('einvoice.buyerDialog.idType')} value={buyer.idType} onChange={(e) => setBuyer({ ...buyer, idType: e.target.value as EinvoiceBuyer['idType'] })}>
            {BUYER_ID_TYPES.map((type) => (
              <MenuItem key={type} value={type}>
                {t(`einvoice.buyerDialog.idTypes.${type}`)}
              </MenuItem>
            ))}
          </TextField>
          {field('idNo', t('einvoice.buyerDialog.idNo'))}
          {field('sstNo', t('einvoice.buyerDialog.sstNo'))}
          {field('phone', t('einvoice.fields.phone'))}
          {field('email', t('einvoice.fields.email'))}
          {addressField('line', t('einvoice.fields.line'))}
          {addressField('city', t('einvoice.fields.city'))}
          {addressField('postcode', t('einvoice.fields.postcode'))}
          <StateSelect value={buyer.address.stateCode} onChange={(stateCode) => setBuyer({ ...buyer, address: { ...buyer.address, stateCode } })} />
          {addressField('countryCode', t('einvoice.buyerDialog.country'))}
          <ErrorAlert error={build.error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('einvoice.buyerDialog.cancel')}</Button>
        <Button variant="contained" disabled={build.isPending || !chosen} onClick={() => build.mutate({ invoiceId: chosen, buyer })} data-testid="buyer-build">
          {t('einvoice.buyerDialog.build')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
