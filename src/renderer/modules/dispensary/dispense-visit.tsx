import { Alert, Button, Checkbox, FormControlLabel, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DispensingResult, DispensingView } from '../../../shared/schemas/dispensing';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { takesFrom } from './batch-takes';
import { DispenseLineRow, type LineChoice } from './dispense-line-row';
import { DispensingDone, doneWords } from './dispensing-done';

/** One finished visit's prescription at the dispensary: check, choose quantities and batches, dispense (Ctrl+Enter). */
export function DispenseVisit({ visitId }: { visitId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const view = useQuery(trpc.dispensing.open.queryOptions({ visitId }));
  const dispense = useMutation(trpc.dispensing.dispense.mutationOptions());
  const [choices, setChoices] = useState<Record<string, LineChoice>>({});
  const [seen, setSeen] = useState(false);
  const [result, setResult] = useState<DispensingResult | null>(null);

  useEffect(() => {
    if (view.data) setChoices(initialChoices(view.data));
  }, [view.data]);

  const lines = view.data?.lines ?? [];
  const findings = lines.some((line) => line.findings.length > 0);
  const submit = (): void => {
    const wanted = lines.flatMap((line) => {
      const choice = choices[line.prescriptionLineId];
      const quantity = Number(choice?.give);
      if (!choice || !Number.isInteger(quantity) || quantity <= 0) return [];
      const takes = choice.pick ? takesFrom(line.batches, quantity, choice.pick.batchId).map(({ batchId, quantity: taken }) => ({ batchId, quantity: taken })) : null;
      return [{ prescriptionLineId: line.prescriptionLineId, quantity, takes, batchReason: choice.pick?.reason ?? null }];
    });
    if (wanted.length === 0) return;
    dispense.mutate({ visitId, lines: wanted, findingsSeen: seen }, { onSuccess: setResult });
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey && event.key === 'Enter' && !dispense.isPending && !result) submit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (view.error) return <ErrorAlert error={view.error} />;
  if (!view.data) return null;
  const { patient } = view.data;
  return (
    <Stack spacing={2}>
      <div>
        <Typography variant="h6" component="h2">
          {t('dispensary.patient', { name: patient.name, mrn: patient.mrn, ticketNo: view.data.ticketNo })}
        </Typography>
        {patient.allergies.length > 0 ? (
          <Typography color="error" sx={{ fontWeight: 600 }}>
            {t('dispensary.allergies', { list: patient.allergies.join(', ') })}
          </Typography>
        ) : (
          <Typography color="text.secondary">{t('dispensary.noAllergies')}</Typography>
        )}
      </div>
      <Table size="small" aria-label={t('dispensary.tabs.prescriptions')}>
        <TableHead>
          <TableRow>
            {(['medicine', 'prescribed', 'owed', 'onHand', 'give', 'batches'] as const).map((column) => (
              <TableCell key={column} align={['prescribed', 'owed', 'onHand'].includes(column) ? 'right' : 'left'}>
                {t(`dispensary.columns.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line) => (
            <DispenseLineRow
              key={line.prescriptionLineId}
              line={line}
              choice={choices[line.prescriptionLineId] ?? { give: '', pick: null }}
              onChange={(choice) => setChoices((current) => ({ ...current, [line.prescriptionLineId]: choice }))}
            />
          ))}
        </TableBody>
      </Table>
      {findings && !result && <FormControlLabel control={<Checkbox checked={seen} onChange={(event) => setSeen(event.target.checked)} slotProps={{ input: { 'data-testid': 'dispense-findings-seen' } as object }} />} label={t('dispensary.findingsSeen')} />}
      <ErrorAlert error={dispense.error} />
      {result ? (
        <DispensingDone result={result} visitId={visitId} done={doneWords(result, 'dispensary.dispensed', 'dispensary.dispensedNoRegister', t)} />
      ) : (
        <Button variant="contained" onClick={submit} disabled={dispense.isPending} sx={{ alignSelf: 'flex-start' }} data-testid="dispense-submit">
          {t('dispensary.dispense')}
        </Button>
      )}
      {view.data.dispensings.length > 0 && !result && (
        <Alert severity="info">{t('dispensary.earlier', { list: view.data.dispensings.map((earlier) => `${earlier.byName ?? '—'} (${earlier.lines})`).join(', ') })}</Alert>
      )}
    </Stack>
  );
}

/** Each owed line starts at what stock can give now (all of it when there is enough). */
function initialChoices(view: DispensingView): Record<string, LineChoice> {
  return Object.fromEntries(view.lines.map((line) => [line.prescriptionLineId, { give: line.owed > 0 ? String(Math.min(line.owed, line.usableOnHand)) : '', pick: null }]));
}
