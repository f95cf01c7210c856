/** How a PDF reached the user: a new window to print from, or (where windows are blocked) a download. */
export type PdfOutcome = { shown: 'window' } | { shown: 'download'; fileName: string };

/** A PDF as the hub sends it (tickets, MCs, letters, reprints). */
export interface PdfFile {
  fileName: string;
  pdfBase64: string;
}

/** Long enough for the new window to load the PDF; then the browser may free it. */
const PDF_URL_LIFETIME_MS = 60_000;

function pdfUrl(pdf: PdfFile): string {
  const bytes = Uint8Array.from(atob(pdf.pdfBase64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  setTimeout(() => URL.revokeObjectURL(url), PDF_URL_LIFETIME_MS);
  return url;
}

/**
 * Shows `pdf` in `opened`, the window opened by the click that asked for it (browsers block a
 * window opened once the PDF arrives), or downloads it when there is none.
 */
export function showPdf(pdf: PdfFile, opened: Window | null): PdfOutcome {
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
 * Asks the hub for a PDF from a click: the window is opened first, before the PDF arrives (or
 * browsers block it), and closed again if the hub refuses.
 */
export function requestPdf<I, T extends PdfFile>(
  mutate: (input: I, handlers: { onSuccess: (pdf: T) => void; onError: () => void }) => void,
  input: I,
  onShown: (pdf: T, outcome: PdfOutcome) => void,
): void {
  const opened = window.open('', '_blank');
  mutate(input, { onSuccess: (pdf) => onShown(pdf, showPdf(pdf, opened)), onError: () => opened?.close() });
}
