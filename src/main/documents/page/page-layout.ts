import { z } from 'zod';
import { pageWordsSchema } from './page-words';

/**
 * A printed page document as data: what a module writes (its content: blocks top to bottom),
 * and what the documents service adds when it issues it (the letterhead, the words of the page
 * furniture, the serial number and verification code). The whole of it is archived as JSON, so a
 * reprint draws exactly what was issued, whatever the clinic's settings or the patient's record
 * say today. Every text is printed as given, in any script the bundled fonts cover.
 */

/** Paper sizes in millimetres, portrait. */
export const PAPER_MM = { A4: { width: 210, height: 297 }, A5: { width: 148, height: 210 } } as const;

const text = z.string().max(10_000);
const line = z.string().max(500);
const align = z.enum(['left', 'center', 'right']);

const marginsSchema = z.object({
  top: z.number().min(5).max(50),
  right: z.number().min(5).max(50),
  bottom: z.number().min(5).max(50),
  left: z.number().min(5).max(50),
});

export const pageSetupSchema = z.object({
  size: z.enum(['A4', 'A5']),
  orientation: z.enum(['portrait', 'landscape']),
  /** In millimetres; each size has its own default (page-geometry.ts). */
  marginsMm: marginsSchema.optional(),
});

const columnSchema = z.object({
  title: line,
  /** A share of the table's width: columns of widths 1, 4, 1 take a sixth, two thirds and a sixth. */
  width: z.number().positive().max(100),
  align: align.optional(),
});

const tableSchema = z
  .object({
    kind: z.literal('table'),
    columns: z.array(columnSchema).min(1).max(20),
    /** One text per column; a cell may hold several lines. A register of a month is thousands of rows. */
    rows: z.array(z.array(text)).max(50_000),
  })
  .refine((table) => table.rows.every((row) => row.length === table.columns.length), 'every row has one cell per column');

/** One signature: a line to sign on, what it is for, and who signs (printed under it). */
const signatureSchema = z.object({ label: line, name: line.optional(), detail: line.optional() });

export const pageBlockSchema = z.union([
  z.object({ kind: z.literal('heading'), text: line, level: z.union([z.literal(1), z.literal(2)]).optional(), align: align.optional() }),
  z.object({ kind: z.literal('paragraph'), text, align: align.optional(), bold: z.boolean().optional() }),
  /** Label: value pairs, one a row (patient name, identity number, dates of leave). */
  z.object({ kind: z.literal('fields'), fields: z.array(z.object({ label: line, value: text })).min(1).max(200) }),
  tableSchema,
  /** Signature lines side by side (a doctor, a witness), with the clinic stamp's space above them. */
  z.object({ kind: z.literal('signatures'), signatures: z.array(signatureSchema).min(1).max(3) }),
  /** The serial number, verification code and issue time in a box, with a QR code of both: what an employer checks an MC by. */
  z.object({ kind: z.literal('serial-box') }),
  z.object({ kind: z.literal('qr'), data: z.string().min(1).max(1000), caption: line.optional(), sizeMm: z.number().min(15).max(60).optional() }),
  z.object({ kind: z.literal('space'), mm: z.number().min(0).max(100).optional() }),
  z.object({ kind: z.literal('rule') }),
]);

/** What a module writes: the document's own content, in the languages its furniture is printed in. */
export const pageContentSchema = z.object({
  title: line.min(1),
  /** The languages of the page furniture (page numbers, copy mark, serial box), in print order: ['ms', 'en'] prints both. */
  languages: z.array(z.enum(['en', 'ms'])).min(1).max(2),
  page: pageSetupSchema,
  /** Printed at the top of every page after the first, beside the clinic's name; the title when absent. */
  runningHeader: line.optional(),
  blocks: z.array(pageBlockSchema).min(1).max(2_000),
});

/** The clinic's name and the lines under it (address, phone, registration), as printed at the top of page 1. */
export const letterheadSchema = z.object({ name: line, lines: z.array(line).max(8) });

/** What issuing adds: the serial, a code to verify it by, and when (in the clinic's time, as printed). */
export const issueStampSchema = z.object({
  serial: line,
  verificationCode: line,
  issuedAt: line,
  /** What the serial box's QR code holds. */
  qrData: z.string().max(1000),
});

/** A document ready to render: content with its letterhead, furniture words and (once issued) its stamp. */
export const pageDocumentSchema = pageContentSchema.extend({
  letterhead: letterheadSchema.nullable(),
  words: pageWordsSchema,
  stamp: issueStampSchema.nullable(),
});

export type PageSetup = z.infer<typeof pageSetupSchema>;
export type PageBlock = z.infer<typeof pageBlockSchema>;
export type PageContent = z.infer<typeof pageContentSchema>;
export type Letterhead = z.infer<typeof letterheadSchema>;
export type IssueStamp = z.infer<typeof issueStampSchema>;
export type PageDocument = z.infer<typeof pageDocumentSchema>;
export type TableBlock = Extract<PageBlock, { kind: 'table' }>;
