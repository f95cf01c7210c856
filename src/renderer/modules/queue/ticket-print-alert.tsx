import { Alert, Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../i18n/describe-error';
import type { TicketPrinting } from './use-print-ticket';

interface Props {
  ticketNo: string;
  visitId: string;
  /** Just issued by a check-in (rather than a reprint from the queue). */
  issued: boolean;
  printing: TicketPrinting;
  onClose: () => void;
}

/** The ticket just issued or reprinted, how its printing went, and the buttons to print it (again). */
export function TicketPrintAlert({ ticketNo, visitId, issued, printing, onClose }: Props) {
  const { t } = useTranslation();
  const { receipt, pdf, pdfShown } = printing;
  const failure = receipt.error ?? pdf.error;
  const pending = receipt.isPending || pdf.isPending;
  let status: string | null = null;
  if (pending) status = t('printing.printing');
  else if (failure) status = describeError(failure, t);
  else if (receipt.data) status = receipt.data.printNo > 1 ? t('printing.reprinted', { printNo: receipt.data.printNo }) : t('printing.printed');
  else if (pdfShown) status = pdfShown.shown === 'window' ? t('printing.pdfOpened') : t('printing.pdfDownloaded', { fileName: pdfShown.fileName });
  return (
    <Alert
      severity={failure ? 'warning' : 'success'}
      onClose={onClose}
      data-testid="queue-issued"
      action={
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Button color="inherit" size="small" disabled={pending} onClick={() => printing.print(visitId)} data-testid="ticket-print">
            {receipt.data || failure || !issued ? t('printing.reprintTicket') : t('printing.printTicket')}
          </Button>
          {printing.hasReceiptPrinter && (
            <Button color="inherit" size="small" disabled={pending} onClick={() => printing.openPdf(visitId)} data-testid="ticket-pdf">
              {t('printing.openPdf')}
            </Button>
          )}
        </Stack>
      }
    >
      {issued ? t('queue.ticketIssued', { ticketNo }) : t('printing.ticket', { ticketNo })}
      {status && (
        <Typography variant="body2" data-testid="ticket-print-status">
          {status}
        </Typography>
      )}
    </Alert>
  );
}
