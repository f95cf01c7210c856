/**
 * The documents layer's public face. Two families of print, side by side:
 * - receipts, tickets and labels: a strip layout (layout.ts) rendered to ESC/POS bytes for the
 *   receipt printer (escpos.ts) or to a receipt-width PDF (pdf.ts);
 * - pages (A4/A5): a page document model (page/page-layout.ts) rendered to paginated PDF
 *   (page/page-pdf.ts), issued with serial numbers and archived by DocumentsService.
 */
export type { Align, DocumentLayout, LayoutBlock, TextSize } from './layout';
export { renderEscPos, type EscPosOptions } from './escpos';
export { renderPdf, type PdfOptions } from './pdf';
export { queueTicketLayout, ticketQrPayload, dayMonthYear, type QueueTicket } from './queue-ticket';
export { printerTestPage } from './printer-test-page';

export type { IssueStamp, Letterhead, PageBlock, PageContent, PageDocument, PageSetup } from './page/page-layout';
export { pageContentSchema, pageDocumentSchema } from './page/page-layout';
export { pageWords, type PageLanguage, type PageWords } from './page/page-words';
export { composeDocument, letterheadOf } from './page/compose-document';
export { renderPagePdf, type PageRenderOptions } from './page/page-pdf';
export { type DocumentKind, type SerialFormat } from './document-kinds';
export { DocumentsService, renderDocument, documentFileName, type ClinicProfileSource, type PrintableDocument } from './documents-service';
export { IssuedDocumentEntity } from './entities';
