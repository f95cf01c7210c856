import { Alert, Button, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../../../shared/schemas/claims';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { saveFile } from '../../components/save-file';
import { requestPdf } from '../../components/show-pdf';
import { useRinggit } from '../../format/ringgit';
import { useCan } from '../../session/session-context';
import { MoneyTextField } from '../medicines/money-text-field';

interface Matched {
  paidSen: number | null;
  deductedSen: number | null;
  rejectedSen: number | null;
  reason: string;
}

const NOTHING: Matched = { paidSen: null, deductedSen: null, rejectedSen: null, reason: '' };

/**
 * One claim batch: its claims with what the panel has paid, kept back and rejected; the statement
 * as PDF or CSV; and, for billing.adjust, the panel's payment advice matched claim by claim.
 */
export function BatchDetail({ batchId }: { batchId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const money = useRinggit();
  const mayRecord = useCan('billing.adjust');
  const batch = useQuery(trpc.claims.batch.queryOptions({ id: batchId }));
  const pdf = useMutation(trpc.claims.statementPdf.mutationOptions());
  const csv = useMutation(trpc.claims.statementCsv.mutationOptions({ onSuccess: (file) => saveFile(file.csv, file.fileName, 'text/csv;charset=utf-8') }));
  const [matched, setMatched] = useState<Record<string, Matched>>({});
  const [reference, setReference] = useState('');
  const [receivedOn, setReceivedOn] = useState('');
  const record = useMutation(
    trpc.claims.recordPayment.mutationOptions({
      onSuccess: () => {
        setMatched({});
        setReference('');
        void queryClient.invalidateQueries({ queryKey: trpc.claims.pathKey() });
      },
    }),
  );
  if (batch.error) return <ErrorAlert error={batch.error} />;
  const data = batch.data;
  if (!data) return null;
  const set = (claimId: string, change: Partial<Matched>) => setMatched({ ...matched, [claimId]: { ...(matched[claimId] ?? NOTHING), ...change } });
  const settlements = Object.entries(matched).flatMap(([claimId, line]) => {
    const [paidSen, deductedSen, rejectedSen] = [line.paidSen ?? 0, line.deductedSen ?? 0, line.rejectedSen ?? 0];
    return paidSen + deductedSen + rejectedSen > 0 ? [{ claimId, paidSen, deductedSen, rejectedSen, reason: line.reason }] : [];
  });
  const money3 = (claim: Claim) => `${money(claim.paidSen)} / ${money(claim.deductedSen)} / ${money(claim.rejectedSen)}`;
  return (
    <Card variant="outlined" data-testid="claims-batch">
      <CardContent>
        <Stack spacing={2}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
            <Typography variant="h6" component="h2" data-testid="claims-batch-number">{`${data.number} · ${data.panelName} · ${data.period}`}</Typography>
            <Button size="small" onClick={() => requestPdf(pdf.mutate, { id: batchId }, () => undefined)} disabled={pdf.isPending} data-testid="claims-statement-pdf">{t('claims.batch.pdf')}</Button>
            <Button size="small" onClick={() => csv.mutate({ id: batchId })} disabled={csv.isPending} data-testid="claims-statement-csv">{t('claims.batch.csv')}</Button>
          </Stack>
          <Typography data-testid="claims-batch-totals">
            {t('claims.batch.totals', { claimed: money(data.claimedSen), paid: money(data.paidSen), deducted: money(data.deductedSen), rejected: money(data.rejectedSen), outstanding: money(data.outstandingSen) })}
          </Typography>
          <ErrorAlert error={pdf.error ?? csv.error} />
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('claims.batch.claim')}</TableCell>
                <TableCell>{t('claims.batch.member')}</TableCell>
                <TableCell align="right">{t('claims.batch.claimed')}</TableCell>
                <TableCell align="right">{t('claims.batch.settled')}</TableCell>
                <TableCell align="right">{t('claims.batch.outstanding')}</TableCell>
                {mayRecord && <TableCell>{t('claims.batch.match')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.claimList.map((claim, index) => {
                const line = (claim.id && matched[claim.id]) || NOTHING;
                return (
                  <TableRow key={claim.invoiceId} data-testid={`claims-claim-${index}`}>
                    <TableCell>
                      {`${claim.clinicDate} · ${claim.invoiceNumber}`}
                      <br />
                      <small>{`${claim.patientName} · ${claim.diagnoses.map((diagnosis) => diagnosis.code).join(', ') || '—'}${claim.mcDays ? ` · ${t('claims.batch.mc', { count: claim.mcDays })}` : ''}`}</small>
                    </TableCell>
                    <TableCell>{`${claim.memberNo} (${t(`patientRecord.panels.relationships.${claim.relationship}`)})`}</TableCell>
                    <TableCell align="right">{money(claim.coveredSen)}</TableCell>
                    <TableCell align="right">
                      {money3(claim)}
                      <br />
                      <Chip size="small" label={t(`claims.statuses.${claim.status}`)} data-testid={`claims-claim-status-${index}`} />
                      {claim.rejectReason && <small>{` ${claim.rejectReason}`}</small>}
                    </TableCell>
                    <TableCell align="right">{money(claim.outstandingSen)}</TableCell>
                    {mayRecord && !(claim.id && claim.outstandingSen > 0) && <TableCell />}
                    {mayRecord && claim.id && claim.outstandingSen > 0 && (
                      <TableCell>
                        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                          <MoneyTextField label={t('claims.batch.paid')} value={line.paidSen} onChange={(sen) => set(claim.id ?? '', { paidSen: sen })} sx={{ width: 110 }} testId={`claims-paid-${index}`} />
                          <MoneyTextField label={t('claims.batch.deducted')} value={line.deductedSen} onChange={(sen) => set(claim.id ?? '', { deductedSen: sen })} sx={{ width: 110 }} testId={`claims-deducted-${index}`} />
                          <MoneyTextField label={t('claims.batch.rejected')} value={line.rejectedSen} onChange={(sen) => set(claim.id ?? '', { rejectedSen: sen })} sx={{ width: 110 }} testId={`claims-rejected-${index}`} />
                          {(line.rejectedSen ?? 0) > 0 && (
                            <TextField size="small" label={t('claims.batch.reason')} value={line.reason} onChange={(e) => set(claim.id ?? '', { reason: e.target.value })} sx={{ width: 200 }} slotProps={{ htmlInput: { 'data-testid': `claims-reason-${index}` } }} />
                          )}
                        </Stack>
                      </TableCell>
                    )}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          {data.receipts.length > 0 && (
            <Typography variant="body2" color="text.secondary">
              {data.receipts.map((receipt) => t('claims.batch.receipt', { reference: receipt.reference, date: receipt.receivedOn, amount: money(receipt.amountSen) })).join(' · ')}
            </Typography>
          )}
          {mayRecord && data.outstandingSen > 0 && (
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
              <TextField size="small" label={t('claims.batch.reference')} value={reference} onChange={(e) => setReference(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'claims-reference' } }} />
              <TextField size="small" type="date" label={t('claims.batch.receivedOn')} value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'claims-received-on' } }} />
              <Button variant="contained" disabled={record.isPending || settlements.length === 0 || !reference.trim() || !receivedOn} onClick={() => record.mutate({ batchId, reference, receivedOn, settlements })} data-testid="claims-record">
                {t('claims.batch.record')}
              </Button>
            </Stack>
          )}
          <ErrorAlert error={record.error} />
          {record.isSuccess && <Alert severity="success">{t('claims.batch.recorded')}</Alert>}
        </Stack>
      </CardContent>
    </Card>
  );
}
