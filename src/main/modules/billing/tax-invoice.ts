import type { ClinicProfile } from '../../../shared/schemas/clinic';
import type { Invoice } from '../../../shared/schemas/billing';
import { money, toDecimal } from '../../../shared/money';
import { ringgit } from '../../../shared/ringgit';
import { dayMonthYear, type PageBlock, type PageContent } from '../../documents';
import type { PatientIdentity } from '../patients';
import { patientFields } from '../visit-documents';
import { METHOD_WORDS } from './receipt';

export type PaperSize = 'A4' | 'A5';

/** The clinic's numbers a tax invoice shows besides the letterhead's registration: from the e-invoice settings, empty until registered. */
export interface ClinicTaxNumbers {
  tin: string;
  brn: string;
  sstNo: string;
}

export interface TaxInvoiceFacts {
  clinic: Pick<ClinicProfile, 'tax'>;
  numbers: ClinicTaxNumbers;
  invoice: Invoice;
  /** Whose visit it was; null for an invoice without a patient. */
  patient: PatientIdentity | null;
  /** The clinic's time the invoice was issued, as printed. */
  issuedTime: string;
  paper: PaperSize;
}

/** Sen as the tables print them, under a column titled in RM: "1234.50", "-3.00". */
export function amount(sen: number): string {
  return toDecimal(money(sen, 'MYR'));
}

/** The clinic's SST number: the e-invoice settings' when set, else the tax settings' registration. */
function sstNumber(facts: TaxInvoiceFacts): string {
  return facts.numbers.sstNo || (facts.clinic.tax.enabled ? facts.clinic.tax.registrationNo : '');
}

/**
 * The invoice on A4 or A5 paper as a tax invoice, Malay then English: the clinic's identifiers
 * (TIN, business registration, SST number) under the letterhead, who is billed (the patient, or the
 * panel for its portion, with the patient whose visit it was), every line with its quantity, unit
 * price, discount and tax, the totals, cash rounding, what was paid and credited, and the balance due.
 */
export function taxInvoicePage(facts: TaxInvoiceFacts): PageContent {
  const { invoice } = facts;
  const sst = sstNumber(facts);
  const title = sst ? 'Invois Cukai / Tax Invoice' : 'Invois / Invoice';
  const identifiers = [
    facts.numbers.tin ? { label: 'TIN', value: facts.numbers.tin } : null,
    facts.numbers.brn ? { label: 'No. perniagaan / BRN', value: facts.numbers.brn } : null,
    sst ? { label: 'No. SST / SST No.', value: sst } : null,
  ].filter((field) => field !== null);
  const billed =
    invoice.portion === 'panel'
      ? [{ label: 'Panel / Panel', value: invoice.billTo }, ...(facts.patient ? patientFields(facts.patient).map((field) => ({ ...field, label: `Pesakit: ${field.label}` })) : [])]
      : facts.patient
        ? patientFields(facts.patient)
        : [{ label: 'Kepada / Bill to', value: invoice.billTo }];
  const taxName = facts.clinic.tax.name || 'Cukai / Tax';
  return {
    title: `${title} ${invoice.number}`,
    languages: ['ms', 'en'],
    page: { size: facts.paper, orientation: 'portrait' },
    runningHeader: `${title} ${invoice.number}`,
    blocks: [
      ...(identifiers.length > 0 ? [{ kind: 'fields', fields: identifiers } as PageBlock] : []),
      { kind: 'heading', text: title.toUpperCase(), align: 'center' },
      {
        kind: 'fields',
        fields: [
          { label: 'No. invois / Invoice No.', value: invoice.number },
          { label: 'Tarikh / Date', value: `${dayMonthYear(invoice.clinicDate)} ${facts.issuedTime}` },
          ...billed,
          ...(invoice.portion === 'panel' ? [{ label: 'Bahagian / Portion', value: 'Bahagian panel / Panel portion' }] : []),
        ],
      },
      ...(invoice.status === 'void' ? [{ kind: 'paragraph', bold: true, text: `BATAL / VOID: ${invoice.voidReason ?? ''}` } as PageBlock] : []),
      {
        kind: 'table',
        columns: [
          { title: 'Perkara / Item', width: 4 },
          { title: 'Kuan. / Qty', width: 1.2, align: 'right' },
          { title: 'Harga seunit / Unit price (RM)', width: 1.7, align: 'right' },
          { title: 'Diskaun / Discount (RM)', width: 1.6, align: 'right' },
          { title: 'Cukai / Tax (RM)', width: 1.6, align: 'right' },
          { title: 'Jumlah / Amount (RM)', width: 1.8, align: 'right' },
        ],
        rows: invoice.lines.map((line) => [
          line.description,
          String(line.quantity),
          amount(line.unitPriceSen),
          line.discountSen > 0 ? amount(-line.discountSen) : '—',
          line.taxSen > 0 ? `${amount(line.taxSen)} (${line.taxRateBp / 100}%)` : '—',
          amount(line.amountSen - line.discountSen + line.taxSen),
        ]),
      },
      { kind: 'fields', fields: totals(facts.invoice, taxName, sst !== '') },
      ...payments(invoice),
      { kind: 'fields', fields: [{ label: 'BAKI / BALANCE DUE', value: ringgit(invoice.balanceSen) }] },
      ...(invoice.portion === 'panel' ? [{ kind: 'paragraph', text: 'Dituntut daripada panel mengikut penyata tuntutan. / Claimed from the panel with its claim statement.' } as PageBlock] : []),
    ],
  };
}

/** The tax line shows whenever the clinic is registered, RM 0.00 for an exempt patient, so the paper says no tax was charged. */
function totals(invoice: Invoice, taxName: string, registered: boolean): { label: string; value: string }[] {
  const rate = invoice.lines.find((line) => line.taxSen > 0)?.taxRateBp;
  return [
    { label: 'Jumlah kecil / Subtotal', value: ringgit(invoice.subtotalSen) },
    ...(invoice.discountSen > 0 ? [{ label: `Diskaun / Discount${invoice.discountReason ? ` (${invoice.discountReason})` : ''}`, value: ringgit(-invoice.discountSen) }] : []),
    ...(registered || invoice.taxSen > 0 ? [{ label: `${taxName}${rate ? ` ${rate / 100}%` : ''}`, value: ringgit(invoice.taxSen) }] : []),
    { label: 'JUMLAH / TOTAL', value: ringgit(invoice.totalSen) },
    ...(invoice.roundingSen !== 0 ? [{ label: 'Pembundaran / Rounding', value: ringgit(invoice.roundingSen) }] : []),
  ];
}

/** What was paid under which receipt, and what credit notes took off and gave back. */
function payments(invoice: Invoice): PageBlock[] {
  const taken = invoice.payments.filter((payment) => payment.status === 'taken');
  const rows = [
    ...taken.map((payment) => [payment.receiptNo, METHOD_WORDS[payment.method] + (payment.reference ? ` ${payment.reference}` : ''), amount(-payment.amountSen)]),
    ...invoice.creditNotes.flatMap((note) => [
      [note.number, `Nota kredit / Credit note: ${note.reason}`, amount(-note.totalSen)],
      ...note.refunds.map((refund) => [note.number, `Bayaran balik / Refund: ${METHOD_WORDS[refund.method]}`, amount(refund.amountSen)]),
    ]),
  ];
  if (rows.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: 'Bayaran diterima / Payments received' },
    {
      kind: 'table',
      columns: [
        { title: 'No. / No.', width: 2 },
        { title: 'Cara / Method', width: 4 },
        { title: 'Amaun / Amount (RM)', width: 2, align: 'right' },
      ],
      rows,
    },
  ];
}
