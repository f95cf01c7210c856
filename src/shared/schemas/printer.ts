import { z } from 'zod';
import { idSchema } from './common';

/** Thermal receipt rolls sold in Malaysia and India: 58 mm and 80 mm. */
export const PAPER_WIDTHS_MM = [58, 80] as const;
export type PaperWidthMm = (typeof PAPER_WIDTHS_MM)[number];

/** The speeds USB-serial receipt printers are set to (9600 is the factory default of most). */
export const BAUD_RATES = [9600, 19200, 38400, 57600, 115200] as const;

export const PRINTER_KINDS = ['none', 'escpos-serial', 'escpos-tcp'] as const;
export type PrinterKind = (typeof PRINTER_KINDS)[number];

/** Why a receipt printer could not print: the `reason` of PRINTER_UNAVAILABLE, put into words by the screens. */
export const PRINTER_FAILURE_REASONS = [
  'timeout',
  'refused',
  'unreachable',
  'unknown-host',
  'closed',
  'no-port',
  'no-permission',
  'busy',
  'paper-out',
  'cover-open',
  'printer-error',
  'offline',
  'error',
] as const;
export type PrinterFailureReason = (typeof PRINTER_FAILURE_REASONS)[number];

/** The raw-printing port of network receipt printers ("JetDirect"). */
export const ESC_POS_TCP_PORT = 9100;

export const printerConnectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({
    kind: z.literal('escpos-serial'),
    /** `/dev/ttyUSB0` on Linux, `COM3` on Windows, `/dev/cu.usbserial-…` on macOS. */
    path: z.string().trim().min(1).max(200),
    baudRate: z.literal(BAUD_RATES),
  }),
  z.object({
    kind: z.literal('escpos-tcp'),
    /** A host name or an IPv4/IPv6 address on the clinic's network. */
    host: z
      .string()
      .trim()
      .min(1)
      .max(253)
      .regex(/^[A-Za-z0-9.:-]+$/),
    port: z.number().int().min(1).max(65_535).default(ESC_POS_TCP_PORT),
  }),
]);
export type PrinterConnection = z.infer<typeof printerConnectionSchema>;

export const printerSettingsSchema = z.object({
  connection: printerConnectionSchema,
  paperWidthMm: z.literal(PAPER_WIDTHS_MM),
  /** Print the ticket by itself when a walk-in or an appointment is checked in. */
  printTicketAtCheckIn: z.boolean(),
  copies: z.number().int().min(1).max(3),
  /**
   * Ask the printer for its status (DLE EOT) before printing, so paper out, an open cover or a
   * switched-off printer is reported instead of the ticket silently going nowhere. Off only for
   * the rare printer (or print server) that cannot answer.
   */
  checkStatus: z.boolean(),
});
export type PrinterSettings = z.infer<typeof printerSettingsSchema>;
export type PrinterSettingsInput = z.input<typeof printerSettingsSchema>;

/** A store without a printer prints PDFs through the system's printer dialog. */
export const DEFAULT_PRINTER_SETTINGS: PrinterSettings = {
  connection: { kind: 'none' },
  paperWidthMm: 80,
  printTicketAtCheckIn: false,
  copies: 1,
  checkStatus: true,
};

/** Characters per line in the printer's standard font (12×24 dots): 384 dots on 58 mm paper, 576 on 80 mm. */
export function charsPerLine(paperWidthMm: PaperWidthMm): number {
  return paperWidthMm === 58 ? 32 : 48;
}

/** A test print uses the settings being edited, before they are saved; without them, the saved ones. */
export const testPrinterInputSchema = z.object({ printer: printerSettingsSchema.optional() });
export type TestPrinterInput = z.input<typeof testPrinterInputSchema>;

export const visitTicketInputSchema = z.object({ visitId: idSchema });
export type VisitTicketInput = z.infer<typeof visitTicketInputSchema>;

/** The ticket as a PDF, for the system printer when there is no receipt printer. */
export interface TicketPdf {
  fileName: string;
  pdfBase64: string;
}

export interface TicketPrintResult {
  ticketNo: string;
  copies: number;
  /** 1 for the first print of this ticket; reprints count on from there. */
  printNo: number;
}
