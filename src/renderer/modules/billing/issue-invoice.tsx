import { Alert, Button, Card, CardContent, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoicePreview } from '../../../shared/schemas/billing';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useCan } from '../../session/session-context';
import { MoneyTextField } from '../medicines/money-text-field';
import { NumberTextField } from '../medicines/number-text-field';
import { BillLines } from './bill-lines';
import { PanelChoice } from './panel-choice';

/**
 * The bill before it is issued: what the visit charges (consultation fee, what was dispensed), fees
 * added at the counter, a price for anything dispensed without one, a discount with its reason for
 * those allowed; priced by the hub as it will be issued.
 */
export function IssueInvoice({ preview: first }: { preview: InvoicePreview }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mayDiscount = useCan('billing.adjust');
  const fees = useQuery(trpc.fees.list.queryOptions({ includeInactive: false }));
  const [added, setAdded] = useState<{ feeId: string; quantity: number }[]>([]);
  const [feeId, setFeeId] = useState('');
  const [feeQuantity, setFeeQuantity] = useState<number | null>(1);
  const [prices, setPrices] = useState<Record<string, number | null>>({});
  const [discountSen, setDiscountSen] = useState<number | null>(null);
  const [discountReason, setDiscountReason] = useState('');
  const [panelId, setPanelId] = useState<string | null>(null);
  const draft = {
    visitId: first.visitId,
    fees: added,
    prices: Object.entries(prices).flatMap(([chargeLineId, unitPriceSen]) => (unitPriceSen !== null && unitPriceSen >= 0 ? [{ chargeLineId, unitPriceSen }] : [])),
    discount: discountSen && discountSen > 0 ? { amountSen: discountSen, reason: discountReason } : null,
    panelId,
  };
  const priced = useQuery({ ...trpc.billing.preview.queryOptions({ ...draft, discount: draft.discount && { amountSen: draft.discount.amountSen } }), placeholderData: keepPreviousData });
  const issue = useMutation(trpc.billing.issue.mutationOptions({ onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.billing.pathKey() }) }));
  const preview = priced.data ?? first;
  const feeName = (id: string) => fees.data?.find((fee) => fee.id === id)?.name ?? '';
  const totals: [string, number, string?][] = [
    [t('billing.subtotal'), preview.subtotalSen],
    ...(preview.discountSen > 0 ? [[t('billing.discount'), -preview.discountSen] as [string, number]] : []),
    ...(preview.tax ? [[t('billing.taxLine', { name: preview.tax.name, rate: preview.tax.rateBp / 100 }), preview.taxSen] as [string, number]] : []),
    [t('billing.total'), preview.totalSen, 'bill-total'],
  ];
  const missing = preview.lines.some((line) => line.priceMissing && (line.chargeLineId === null || (prices[line.chargeLineId] ?? null) === null));
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {preview.patientName}
          </Typography>
          <BillLines
            lines={preview.lines}
            totals={totals}
            price={(_line, index) => {
              const chargeLineId = preview.lines[index]?.chargeLineId;
              if (!preview.lines[index]?.priceMissing || !chargeLineId) return null;
              return <MoneyTextField label={t('billing.priceMissing')} value={prices[chargeLineId] ?? null} onChange={(sen) => setPrices({ ...prices, [chargeLineId]: sen })} sx={{ width: 140 }} testId={`bill-price-${index}`} />;
            }}
          />
          <PanelChoice panels={first.panels} panelId={panelId} onChange={setPanelId} split={preview.split} />
          {!preview.tax && <Typography variant="body2" color="text.secondary">{t('billing.noTax')}</Typography>}
          {added.map((fee, index) => (
            <Stack key={`${fee.feeId}-${index}`} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography>{`${feeName(fee.feeId)} × ${fee.quantity}`}</Typography>
              <IconButton aria-label={t('billing.remove')} onClick={() => setAdded(added.filter((_, at) => at !== index))} data-testid={`bill-fee-remove-${index}`}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Stack>
          ))}
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
            <TextField select size="small" label={t('billing.addFee')} value={feeId} onChange={(e) => setFeeId(e.target.value)} sx={{ width: 280 }} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'bill-fee' } as object } }}>
              {(fees.data ?? []).map((fee) => (
                <MenuItem key={fee.id} value={fee.id} data-testid={`bill-fee-${fee.code}`}>
                  {fee.name}
                </MenuItem>
              ))}
            </TextField>
            <NumberTextField label={t('billing.feeQuantity')} value={feeQuantity} onChange={setFeeQuantity} sx={{ width: 90 }} testId="bill-fee-quantity" />
            <Button
              variant="outlined"
              disabled={!feeId || !feeQuantity || feeQuantity < 1}
              onClick={() => {
                setAdded([...added, { feeId, quantity: feeQuantity ?? 1 }]);
                setFeeId('');
                setFeeQuantity(1);
              }}
              data-testid="bill-fee-add"
            >
              {t('billing.add')}
            </Button>
          </Stack>
          {mayDiscount && (
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
              <MoneyTextField label={t('billing.discountAmount')} value={discountSen} onChange={setDiscountSen} sx={{ width: 160 }} testId="bill-discount" />
              <TextField size="small" label={t('billing.discountReason')} value={discountReason} onChange={(e) => setDiscountReason(e.target.value)} sx={{ flex: 1, minWidth: 240 }} slotProps={{ htmlInput: { 'data-testid': 'bill-discount-reason' } }} />
            </Stack>
          )}
          <ErrorAlert error={priced.error ?? issue.error} />
          {issue.isSuccess && <Alert severity="success">{t('billing.invoice', { number: issue.data.number })}</Alert>}
          <Button variant="contained" disabled={issue.isPending || missing || (draft.discount !== null && discountReason.trim().length < 3)} onClick={() => issue.mutate(draft)} sx={{ alignSelf: 'flex-start' }} data-testid="bill-issue">
            {t('billing.issue')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}
