import { Button, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { requestPdf } from '../../components/show-pdf';
import { useReceiptPrinter } from '../../components/use-receipt-printer';

/** The day's report on the receipt printer (when the clinic has one) or as a PDF: the Z report once closed, the X preview before. */
export function ZReportButtons({ clinicDate }: { clinicDate: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { hasReceiptPrinter } = useReceiptPrinter();
  const printed = useMutation(trpc.till.printDayReport.mutationOptions());
  const pdf = useMutation(trpc.till.dayReportPdf.mutationOptions());
  const [pdfShown, setPdfShown] = useState(false);
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" spacing={1}>
        {hasReceiptPrinter && (
          <Button size="small" onClick={() => printed.mutate({ clinicDate })} disabled={printed.isPending} data-testid={`day-print-${clinicDate}`}>
            {t('till.report.print')}
          </Button>
        )}
        <Button size="small" onClick={() => requestPdf(pdf.mutate, { clinicDate }, () => setPdfShown(true))} disabled={pdf.isPending} data-testid={`day-pdf-${clinicDate}`}>
          {t('till.report.pdf')}
        </Button>
      </Stack>
      {printed.data && <Typography variant="body2">{printed.data.printNo > 1 ? t('till.report.reprinted', { printNo: printed.data.printNo }) : t('till.report.printed')}</Typography>}
      {pdfShown && <Typography variant="body2">{t('till.report.pdfShown')}</Typography>}
      <ErrorAlert error={printed.error ?? pdf.error} />
    </Stack>
  );
}
