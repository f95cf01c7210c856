import { Alert, Button, Stack } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DispensingResult } from '../../../shared/schemas/dispensing';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { requestPdf, type PdfOutcome } from '../../components/show-pdf';
import { useReceiptPrinter } from '../../components/use-receipt-printer';

interface Props {
  result: DispensingResult;
  /** The visit, when a prescription was dispensed: what is owed can be printed as a prescription. */
  visitId: string | null;
  done: string;
}

/** After a dispensing: what was handed over with its Prescription Book serials, labels to print, and what is still owed. */
export function DispensingDone({ result, visitId, done }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const labels = useMutation(trpc.dispensing.labelsPdf.mutationOptions());
  const printed = useMutation(trpc.dispensing.printLabels.mutationOptions());
  const owed = useMutation(trpc.dispensing.owedPrescription.mutationOptions());
  const { hasReceiptPrinter } = useReceiptPrinter();
  const [shown, setShown] = useState<PdfOutcome | null>(null);
  const show = (_pdf: unknown, outcome: PdfOutcome): void => setShown(outcome);
  return (
    <Stack spacing={1} data-testid="dispensing-done">
      <Alert severity="success" role="status">
        {[done, result.handedTo ? t('dispensary.handedTo', { room: result.handedTo }) : null].filter(Boolean).join(' ')}
      </Alert>
      {result.owedLines > 0 && <Alert severity="warning">{t('dispensary.owedLeft', { count: result.owedLines })}</Alert>}
      <Stack direction="row" spacing={1}>
        {hasReceiptPrinter && (
          <Button variant="contained" onClick={() => printed.mutate({ dispensingId: result.dispensingId })} disabled={printed.isPending} data-testid="dispensing-labels-printer">
            {t('dispensary.printLabelsOnPrinter')}
          </Button>
        )}
        <Button variant={hasReceiptPrinter ? 'outlined' : 'contained'} onClick={() => requestPdf(labels.mutate, { dispensingId: result.dispensingId }, show)} disabled={labels.isPending} data-testid="dispensing-labels">
          {t('dispensary.printLabels')}
        </Button>
        {visitId && result.owedLines > 0 && (
          <Button variant="outlined" onClick={() => requestPdf(owed.mutate, { visitId }, show)} disabled={owed.isPending} data-testid="dispensing-owed">
            {t('dispensary.printOwed')}
          </Button>
        )}
      </Stack>
      <ErrorAlert error={printed.error ?? labels.error ?? owed.error} />
      {printed.data && <Alert severity="success">{t('dispensary.labelsPrinted', { count: printed.data.labels })}</Alert>}
      {shown && <Alert severity="info">{shown.shown === 'window' ? t('dispensary.pdfOpened') : t('dispensary.pdfDownloaded', { fileName: shown.fileName })}</Alert>}
    </Stack>
  );
}

/** "Handed over. Prescription Book: PB-2026-000012, PB-2026-000013." */
export function doneWords(result: DispensingResult, withRegister: string, without: string, t: (key: string, values?: Record<string, string>) => string): string {
  const serials = result.lines.map((line) => line.registerSerial).filter((serial): serial is string => serial !== null);
  return serials.length > 0 ? t(withRegister, { serials: serials.join(', ') }) : t(without);
}
