import { Alert, Button, Stack } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { requestPdf, type PdfOutcome } from '../../components/show-pdf';

/**
 * Prints the visit's prescription (a numbered RX, listed with the visit's documents) and the
 * dispensary's labels for the medicines given in the clinic. Each opens a PDF to print from.
 */
export function PrescriptionPrintButtons({ visitId }: { visitId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const prescription = useMutation(trpc.prescriptions.printPrescription.mutationOptions());
  const labels = useMutation(trpc.prescriptions.printLabels.mutationOptions());
  const [shown, setShown] = useState<{ outcome: PdfOutcome; serial: string | null } | null>(null);

  const printPrescription = (): void => {
    labels.reset();
    setShown(null);
    requestPdf(prescription.mutate, { visitId }, (printed, outcome) => {
      void queryClient.invalidateQueries({ queryKey: trpc.documents.forVisit.queryKey({ visitId }) });
      setShown({ outcome, serial: printed.serial });
    });
  };
  const printLabels = (): void => {
    prescription.reset();
    setShown(null);
    requestPdf(labels.mutate, { visitId }, (_printed, outcome) => setShown({ outcome, serial: null }));
  };

  const pending = prescription.isPending || labels.isPending;
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" onClick={printPrescription} disabled={pending}>
          {t('prescriptionPrints.printPrescription')}
        </Button>
        <Button variant="outlined" onClick={printLabels} disabled={pending}>
          {t('prescriptionPrints.printLabels')}
        </Button>
      </Stack>
      <ErrorAlert error={prescription.error ?? labels.error} />
      {shown && (
        <Alert severity="success" role="status">
          {[
            shown.serial ? t('prescriptionPrints.issued', { serial: shown.serial }) : null,
            shown.outcome.shown === 'window' ? t('prescriptionPrints.pdfOpened') : t('prescriptionPrints.pdfDownloaded', { fileName: shown.outcome.fileName }),
          ]
            .filter(Boolean)
            .join(' ')}
        </Alert>
      )}
    </Stack>
  );
}
