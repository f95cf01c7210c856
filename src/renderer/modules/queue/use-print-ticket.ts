import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { TicketPdf } from '../../../shared/schemas/printer';
import { useTRPC } from '../../api/client';

/** How the PDF reached the user: a new window to print from, or (where windows are blocked) a download. */
export type PdfOutcome = { shown: 'window' } | { shown: 'download'; fileName: string };

/** Long enough for the new window to load the PDF; then the browser may free it. */
const PDF_URL_LIFETIME_MS = 60_000;

function pdfUrl(pdf: TicketPdf): string {
  const bytes = Uint8Array.from(atob(pdf.pdfBase64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  setTimeout(() => URL.revokeObjectURL(url), PDF_URL_LIFETIME_MS);
  return url;
}

function showPdf(pdf: TicketPdf, opened: Window | null): PdfOutcome {
  const url = pdfUrl(pdf);
  if (opened && !opened.closed) {
    opened.location.href = url;
    return { shown: 'window' };
  }
  const link = document.createElement('a');
  link.href = url;
  link.download = pdf.fileName;
  link.click();
  return { shown: 'download', fileName: pdf.fileName };
}

/**
 * Printing a queue ticket from any screen that issues or shows one (walk-in check-in, appointment
 * check-in, the queue): on the receipt printer when the clinic has one, otherwise as a PDF for
 * the system printer.
 */
export function usePrintTicket() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.all.queryOptions());
  const printer = settings.data?.printer;
  const hasReceiptPrinter = printer !== undefined && printer.connection.kind !== 'none';
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
    printsAtCheckIn: hasReceiptPrinter && printer.printTicketAtCheckIn,
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
      if (hasReceiptPrinter && printer.printTicketAtCheckIn) receipt.mutate({ visitId: checkIn.visitId });
    },
    /** The receipt printer's answer: pending, printed (with the print number), or why not. */
    receipt,
    pdf,
    pdfShown,
    reset: resetAll,
  };
}

export type TicketPrinting = ReturnType<typeof usePrintTicket>;
