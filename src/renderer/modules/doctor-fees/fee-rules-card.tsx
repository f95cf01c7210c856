import { Button, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INVOICE_LINE_KINDS, type InvoiceLineKind } from '../../../shared/schemas/billing';
import type { DoctorFeeRule } from '../../../shared/schemas/doctor-fees';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useCan } from '../../session/session-context';
import { MoneyTextField } from '../medicines/money-text-field';

/** The kinds a clinic usually shares with its doctors; the rest stay at what they were. */
const SHOWN_KINDS: InvoiceLineKind[] = ['consultation', 'procedure', 'lab', 'medicine'];

/** "40" or "12.5" (per cent) → basis points; null when it is not a percentage. */
function basisPoints(text: string): number | null {
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text.trim())) return null;
  const bp = Math.round(Number.parseFloat(text) * 100);
  return bp <= 10_000 ? bp : null;
}

/** Each doctor's fee rule: a fixed sum per visit and a share of each kind of item. */
export function FeeRulesCard() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const rules = useQuery(trpc.doctorFees.rules.queryOptions());
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">
          {t('doctorFees.rules.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {t('doctorFees.rules.hint')}
        </Typography>
        <ErrorAlert error={rules.error} />
        {rules.data?.length === 0 && <Typography color="text.secondary">{t('doctorFees.rules.noDoctors')}</Typography>}
        {rules.data && rules.data.length > 0 && (
          <Table size="small" aria-label={t('doctorFees.rules.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('doctorFees.rules.doctor')}</TableCell>
                <TableCell>{t('doctorFees.rules.fixed')}</TableCell>
                {SHOWN_KINDS.map((kind) => (
                  <TableCell key={kind}>{t('doctorFees.rules.share', { kind: t(`billing.kinds.${kind}`) })}</TableCell>
                ))}
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rules.data.map((rule) => (
                <RuleRow key={`${rule.doctorId}-${rule.updatedAt ?? ''}`} rule={rule} />
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

function RuleRow({ rule }: { rule: DoctorFeeRule }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mayChange = useCan('billing.adjust');
  const [fixed, setFixed] = useState<number | null>(rule.fixedPerVisitSen);
  const [shares, setShares] = useState<Record<InvoiceLineKind, string>>(Object.fromEntries(INVOICE_LINE_KINDS.map((kind) => [kind, String(rule.shareBp[kind] / 100)])) as Record<InvoiceLineKind, string>);
  const save = useMutation(trpc.doctorFees.saveRule.mutationOptions({ onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.doctorFees.pathKey() }) }));
  const shareBp = Object.fromEntries(INVOICE_LINE_KINDS.map((kind) => [kind, basisPoints(shares[kind])])) as Record<InvoiceLineKind, number | null>;
  const valid = fixed !== null && INVOICE_LINE_KINDS.every((kind) => shareBp[kind] !== null);
  return (
    <TableRow data-testid={`fee-rule-${rule.doctorName}`}>
      <TableCell>{rule.doctorName}</TableCell>
      <TableCell>
        <MoneyTextField label={t('doctorFees.rules.fixedShort')} value={fixed} onChange={setFixed} disabled={!mayChange} sx={{ width: 120 }} testId={`fee-rule-fixed-${rule.doctorName}`} />
      </TableCell>
      {SHOWN_KINDS.map((kind) => (
        <TableCell key={kind}>
          <TextField size="small" label="%" value={shares[kind]} onChange={(event) => setShares({ ...shares, [kind]: event.target.value })} error={shareBp[kind] === null} disabled={!mayChange} sx={{ width: 90 }} slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': `fee-rule-${kind}-${rule.doctorName}` } }} />
        </TableCell>
      ))}
      <TableCell>
        <Stack spacing={0.5}>
          {mayChange && (
            <Button size="small" variant="outlined" disabled={!valid || save.isPending} onClick={() => valid && save.mutate({ doctorId: rule.doctorId, fixedPerVisitSen: fixed, shareBp: shareBp as Record<InvoiceLineKind, number> })} data-testid={`fee-rule-save-${rule.doctorName}`}>
              {t('doctorFees.rules.save')}
            </Button>
          )}
          <ErrorAlert error={save.error} />
        </Stack>
      </TableCell>
    </TableRow>
  );
}
