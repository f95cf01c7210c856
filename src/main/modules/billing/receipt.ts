import type { ClinicProfile } from '../../../shared/schemas/clinic';
import type { Invoice, PaymentMethod } from '../../../shared/schemas/billing';
import { ringgit } from '../../../shared/ringgit';
import { dayMonthYear, type DocumentLayout, type LayoutBlock } from '../../documents';

/** Payment methods as the receipt prints them: the same words in Malay and English, or a brand. */
export const METHOD_WORDS: Record<PaymentMethod, string> = {
  cash: 'Tunai / Cash',
  card: 'Kad / Card',
  'duitnow-qr': 'DuitNow QR',
  'touch-n-go': "Touch 'n Go",
  grabpay: 'GrabPay',
  'bank-transfer': 'Pindahan / Transfer',
  deposit: 'Deposit / Deposit',
};

export interface ReceiptFacts {
  clinic: Pick<ClinicProfile, 'name' | 'address' | 'phone' | 'registrationNo' | 'tax'>;
  invoice: Invoice;
  receiptNo: string;
  /** The clinic's date and time of the payment. */
  paidOn: { date: string; time: string };
  /** 1 for the first print; a reprint says it is a copy. */
  printNo: number;
}

/**
 * The receipt for one payment (what was handed over together, however split): the clinic, the
 * invoice's lines and totals, what was paid by which method, the change, what is still owed.
 * In Malay and English, as the clinic's patients read one or the other.
 */
export function receiptLayout(facts: ReceiptFacts): DocumentLayout {
  const { clinic, invoice, receiptNo } = facts;
  const line = (left: string, sen: number, bold = false): LayoutBlock => ({ kind: 'columns', left, right: ringgit(sen), bold });
  const payments = invoice.payments.filter((payment) => payment.receiptNo === receiptNo && payment.status === 'taken');
  const change = payments.reduce((sum, payment) => sum + payment.changeSen, 0);
  const rounding = payments.reduce((sum, payment) => sum + payment.roundingSen, 0);
  // The rate the invoice was taxed at, not today's setting.
  const taxRateBp = invoice.lines.find((item) => item.taxSen > 0)?.taxRateBp ?? 0;
  return {
    title: `Resit / Receipt ${receiptNo}`,
    blocks: [
      { kind: 'text', text: clinic.name, size: 'large', bold: true, align: 'center' },
      ...clinic.address.split(/\r?\n/).map((part): LayoutBlock => ({ kind: 'text', text: part.trim(), align: 'center' })),
      { kind: 'text', text: `Tel ${clinic.phone}`, align: 'center' },
      ...(clinic.tax.enabled && clinic.tax.registrationNo ? [{ kind: 'text', text: `${clinic.tax.name || 'SST'} No. ${clinic.tax.registrationNo}`, align: 'center' } as LayoutBlock] : []),
      { kind: 'rule' },
      ...(facts.printNo > 1 ? [{ kind: 'text', text: `SALINAN / COPY ${facts.printNo}`, bold: true, align: 'center' } as LayoutBlock] : []),
      { kind: 'text', text: `RESIT / RECEIPT ${receiptNo}`, bold: true },
      { kind: 'text', text: `Invois / Invoice ${invoice.number}` },
      { kind: 'text', text: `${dayMonthYear(facts.paidOn.date)} ${facts.paidOn.time}` },
      { kind: 'text', text: invoice.billTo },
      { kind: 'rule' },
      ...invoice.lines.flatMap((item): LayoutBlock[] => [
        { kind: 'text', text: item.description },
        line(`  ${item.quantity} x ${ringgit(item.unitPriceSen)}`, item.amountSen),
      ]),
      { kind: 'rule' },
      line('Jumlah kecil / Subtotal', invoice.subtotalSen),
      ...(invoice.discountSen > 0 ? [line('Diskaun / Discount', -invoice.discountSen)] : []),
      ...(invoice.taxSen > 0 ? [line(`${clinic.tax.name || 'Cukai / Tax'} ${taxRateBp / 100}%`, invoice.taxSen)] : []),
      line('JUMLAH / TOTAL', invoice.totalSen, true),
      ...payments.map((payment) => line(`${METHOD_WORDS[payment.method]}${payment.method === 'cash' ? '' : payment.reference ? ` ${payment.reference}` : ''}`, payment.method === 'cash' ? payment.tenderedSen : payment.amountSen)),
      ...(rounding !== 0 ? [line('Pembundaran / Rounding', rounding)] : []),
      ...(change > 0 ? [line('Baki / Change', change)] : []),
      ...(invoice.balanceSen > 0 ? [line('BELUM DIBAYAR / OWED', invoice.balanceSen, true)] : []),
      { kind: 'space' },
      { kind: 'text', text: 'Terima kasih / Thank you', align: 'center' },
    ],
  };
}
