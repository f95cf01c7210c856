import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../api/client';
import { showPdf, type PdfOutcome } from '../../components/show-pdf';
import { useReceiptPrinter } from '../../components/use-receipt-printer';

/**
 * Printing a queue ticket from any screen that issues or shows one (walk-in check-in, appointment
 * check-in, the queue): on the receipt printer when the clinic has one, otherwise as a PDF for
 * the system printer.
 */
export function usePrintTicket() {
  const trpc = useTRPC();
  const { printer, hasReceiptPrinter } = useReceiptPrinter();
  const printsAtCheckIn = hasReceiptPrinter && printer?.printTicketAtCheckIn === true;
  const receipt = useMutation(trpc.queue.printTicket.mutationOptions());
  const pdf = useMutation(trpc.queue.ticketPdf.mutationOptions());
  const [pdfShown, setPdfShown] = useState<PdfOutcome | null>(null);
  const resetAll = (): void => {
    receipt.reset();
    pdf.reset();
    setPdfShown(null);
  };

  /** Opens the ticket PDF. Call it straight from a click: the window is opened before the PDF arrives, or browsers block it. */
  const openPdf = (visitId: string): void => {
    resetAll();
    const opened = window.open('', '_blank');
    pdf.mutate({ visitId }, { onSuccess: (result) => setPdfShown(showPdf(result, opened)), onError: () => opened?.close() });
  };

  const printOnReceiptPrinter = (visitId: string): void => {
    resetAll();
    receipt.mutate({ visitId });
  };

  return {
    hasReceiptPrinter,
    /** The clinic asked for tickets to print by themselves at check-in. */
    printsAtCheckIn,
    printOnReceiptPrinter,
    openPdf,
    /** The usual way to print here: the receipt printer if there is one, else the PDF. */
    print: (visitId: string): void => {
      if (hasReceiptPrinter) printOnReceiptPrinter(visitId);
      else openPdf(visitId);
    },
    /** After a check-in: prints at once when the clinic's settings say so. */
    afterCheckIn: (checkIn: { visitId: string }): void => {
      resetAll();
      if (printsAtCheckIn) receipt.mutate({ visitId: checkIn.visitId });
    },
    /** The receipt printer's answer: pending, printed (with the print number), or why not. */
    receipt,
    pdf,
    pdfShown,
    reset: resetAll,
  };
}

export type TicketPrinting = ReturnType<typeof usePrintTicket>;
