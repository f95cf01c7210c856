import { Button, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { requestPdf } from '../../components/show-pdf';
import { useReceiptPrinter } from '../../components/use-receipt-printer';

/**
 * A receipt's print buttons: the receipt printer when the clinic has one, and the PDF. `printNow`
 * prints it on the receipt printer as soon as it shows (just after the payment), as tills do.
 */
export function ReceiptButtons({ invoiceId, receiptNo, printNow }: { invoiceId: string; receiptNo: string; printNow: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { hasReceiptPrinter } = useReceiptPrinter();
  const printed = useMutation(trpc.billing.printReceipt.mutationOptions());
  const pdf = useMutation(trpc.billing.receiptPdf.mutationOptions());
  const [pdfShown, setPdfShown] = useState(false);
  const started = useRef(false);
  useEffect(() => {
    if (!printNow || !hasReceiptPrinter || started.current) return;
    started.current = true;
    printed.mutate({ invoiceId, receiptNo });
  }, [printNow, hasReceiptPrinter, invoiceId, receiptNo, printed]);
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" spacing={1}>
        {hasReceiptPrinter && (
          <Button size="small" onClick={() => printed.mutate({ invoiceId, receiptNo })} disabled={printed.isPending} data-testid={`receipt-print-${receiptNo}`}>
            {t('billing.printReceipt')}
          </Button>
        )}
        <Button size="small" onClick={() => requestPdf(pdf.mutate, { invoiceId, receiptNo }, () => setPdfShown(true))} disabled={pdf.isPending} data-testid={`receipt-pdf-${receiptNo}`}>
          {t('billing.receiptPdf')}
        </Button>
      </Stack>
      {printed.data && <Typography variant="body2">{printed.data.printNo > 1 ? t('billing.receiptReprinted', { printNo: printed.data.printNo }) : t('billing.receiptPrinted')}</Typography>}
      {pdfShown && <Typography variant="body2">{t('billing.receiptPdfShown')}</Typography>}
      <ErrorAlert error={printed.error ?? pdf.error} />
    </Stack>
  );
}
