import type { InvoiceLineKind, PaymentMethod } from '../../../shared/schemas/billing';
import type { LedgerSourceKind } from '../../../shared/schemas/ledger';

/** The starter chart's accounts the posting rules use, by what they hold (the codes are the migration's). */
export const ACCOUNTS = {
  cash: '1000',
  cardClearing: '1010',
  bank: '1020',
  patientReceivables: '1100',
  panelReceivables: '1110',
  inventory: '1200',
  supplierPayables: '2000',
  taxPayable: '2100',
  customerDeposits: '2200',
  fees: '4000',
  medicineSales: '4100',
  discounts: '4200',
  cashRounding: '4900',
  costOfMedicines: '5000',
  panelDeductions: '5100',
  panelRejections: '5200',
} as const;

export interface PostingLine {
  accountCode: string;
  debitSen: number;
  creditSen: number;
}

/** An entry to post, before it has a date and an id: what it is for and its lines. */
export interface Posting {
  sourceKind: LedgerSourceKind;
  sourceId: string;
  memo: string;
  lines: PostingLine[];
}

/** Card and e-wallet takings wait in clearing until the provider settles them to the bank; a transfer is in the bank already. */
const ACCOUNT_OF_METHOD: Record<PaymentMethod, string> = {
  cash: ACCOUNTS.cash,
  card: ACCOUNTS.cardClearing,
  'duitnow-qr': ACCOUNTS.cardClearing,
  'touch-n-go': ACCOUNTS.cardClearing,
  grabpay: ACCOUNTS.cardClearing,
  'bank-transfer': ACCOUNTS.bank,
  // Paid from what the patient left on account: the clinic owes them that much less.
  deposit: ACCOUNTS.customerDeposits,
};

/** Whose debt an invoice is: the patient's, or (its panel's share of a bill) the panel's, claimed later. */
type Portion = 'patient' | 'panel';

function receivablesOf(portion: Portion | undefined): string {
  return portion === 'panel' ? ACCOUNTS.panelReceivables : ACCOUNTS.patientReceivables;
}

/** What billing just wrote when it issued an invoice. */
export interface IssuedInvoice {
  id: string;
  number: string;
  portion?: Portion;
  discountSen: number;
  taxSen: number;
  totalSen: number;
  lines: readonly { kind: InvoiceLineKind; amountSen: number }[];
}

/** What billing just wrote when it took a payment: the rows of one receipt. */
export interface TakenReceipt {
  receiptNo: string;
  invoiceNumber: string;
  payments: readonly { method: PaymentMethod; amountSen: number; roundingSen: number }[];
}

/**
 * An invoice issued: the patient owes its total; sales are credited at gross (services and
 * medicines apart), the discount shown on its own contra-revenue account, the service tax owed to
 * the government. Balances because total = subtotal − discount + tax (the invoices table checks it).
 */
export function invoiceIssued(invoice: IssuedInvoice): Posting {
  const gross = (medicine: boolean) => invoice.lines.filter((line) => (line.kind === 'medicine') === medicine).reduce((sum, line) => sum + line.amountSen, 0);
  return {
    sourceKind: 'invoice',
    sourceId: invoice.id,
    memo: invoice.number,
    lines: tidy([
      debit(receivablesOf(invoice.portion), invoice.totalSen),
      debit(ACCOUNTS.discounts, invoice.discountSen),
      credit(ACCOUNTS.fees, gross(false)),
      credit(ACCOUNTS.medicineSales, gross(true)),
      credit(ACCOUNTS.taxPayable, invoice.taxSen),
    ]),
  };
}

/**
 * A receipt's payments: each method's money into its account, the receivable settled by what was
 * owed. Cash rounding (collected − owed) is income when the till rounded up and a cost when it
 * rounded down, so the receivable falls by exactly what the invoice owed.
 */
export function receiptTaken(receipt: TakenReceipt): Posting {
  const roundingSen = receipt.payments.reduce((sum, payment) => sum + payment.roundingSen, 0);
  const paidSen = receipt.payments.reduce((sum, payment) => sum + payment.amountSen, 0);
  return {
    sourceKind: 'receipt',
    sourceId: receipt.receiptNo,
    memo: `${receipt.receiptNo} ${receipt.invoiceNumber}`,
    lines: tidy([
      ...receipt.payments.map((payment) => debit(ACCOUNT_OF_METHOD[payment.method], payment.amountSen)),
      credit(ACCOUNTS.patientReceivables, paidSen - roundingSen),
      roundingSen >= 0 ? credit(ACCOUNTS.cashRounding, roundingSen) : debit(ACCOUNTS.cashRounding, -roundingSen),
    ]),
  };
}

/** What billing just wrote when it credited an invoice: each credited line's kind and amount (after its share of the discount), and the tax given back. */
export interface IssuedCreditNote {
  id: string;
  number: string;
  portion?: Portion;
  taxSen: number;
  totalSen: number;
  lines: readonly { kind: InvoiceLineKind; amountSen: number }[];
}

/**
 * A credit note: the patient owes its total less; the sales it takes back come off their own
 * accounts at what was charged after discount (a credit line carries no gross and discount apart,
 * so a fully credited invoice leaves its discount against the gross it was taken from, netting to
 * nothing), and the tax on them is no longer owed.
 */
export function creditNoteIssued(note: IssuedCreditNote): Posting {
  const net = (medicine: boolean) => note.lines.filter((line) => (line.kind === 'medicine') === medicine).reduce((sum, line) => sum + line.amountSen, 0);
  return {
    sourceKind: 'credit-note',
    sourceId: note.id,
    memo: note.number,
    lines: tidy([debit(ACCOUNTS.fees, net(false)), debit(ACCOUNTS.medicineSales, net(true)), debit(ACCOUNTS.taxPayable, note.taxSen), credit(receivablesOf(note.portion), note.totalSen)]),
  };
}

/**
 * Money given back after a credit note: out of its method's account, settling what the clinic
 * owed the patient. Cash goes back rounded to 5 sen (given − due): rounding up is a cost, down an income.
 */
export function refundPaid(refund: { id: string; creditNoteNumber: string; portion?: Portion; method: PaymentMethod; amountSen: number; roundingSen: number }): Posting {
  return {
    sourceKind: 'refund',
    sourceId: refund.id,
    memo: refund.creditNoteNumber,
    lines: tidy([
      debit(receivablesOf(refund.portion), refund.amountSen - refund.roundingSen),
      refund.roundingSen >= 0 ? debit(ACCOUNTS.cashRounding, refund.roundingSen) : credit(ACCOUNTS.cashRounding, -refund.roundingSen),
      credit(ACCOUNT_OF_METHOD[refund.method], refund.amountSen),
    ]),
  };
}

/**
 * A panel's payment against its claims: the money into the bank, what it deducted (a TPA's fee) and
 * what it rejected as costs, and the panel's receivable settled by all three.
 */
export function panelPaymentReceived(payment: { id: string; reference: string; paidSen: number; deductedSen: number; rejectedSen: number }): Posting {
  return {
    sourceKind: 'panel-payment',
    sourceId: payment.id,
    memo: payment.reference,
    lines: tidy([
      debit(ACCOUNTS.bank, payment.paidSen),
      debit(ACCOUNTS.panelDeductions, payment.deductedSen),
      debit(ACCOUNTS.panelRejections, payment.rejectedSen),
      credit(ACCOUNTS.panelReceivables, payment.paidSen + payment.deductedSen + payment.rejectedSen),
    ]),
  };
}

/** A deposit taken at the counter: the money into its method's account, owed to the patient until used or given back. */
export function depositTaken(deposit: { receiptNo: string; method: PaymentMethod; amountSen: number }): Posting {
  return {
    sourceKind: 'receipt',
    sourceId: deposit.receiptNo,
    memo: `${deposit.receiptNo} deposit`,
    lines: tidy([debit(ACCOUNT_OF_METHOD[deposit.method], deposit.amountSen), credit(ACCOUNTS.customerDeposits, deposit.amountSen)]),
  };
}

/** What is left of a deposit given back: owed to the patient no more, out of its method's account; cash rounded to 5 sen as refunds are. */
export function depositRefunded(refund: { id: string; method: PaymentMethod; amountSen: number; roundingSen: number }): Posting {
  return {
    sourceKind: 'refund',
    sourceId: refund.id,
    memo: 'deposit',
    lines: tidy([
      debit(ACCOUNTS.customerDeposits, refund.amountSen - refund.roundingSen),
      refund.roundingSen >= 0 ? debit(ACCOUNTS.cashRounding, refund.roundingSen) : credit(ACCOUNTS.cashRounding, -refund.roundingSen),
      credit(ACCOUNT_OF_METHOD[refund.method], refund.amountSen),
    ]),
  };
}

/** Medicines handed over leave the inventory at what their batches cost. */
export function medicinesDispensed(dispensing: { id: string; costSen: number }): Posting {
  return { sourceKind: 'dispensing', sourceId: dispensing.id, memo: '', lines: tidy([debit(ACCOUNTS.costOfMedicines, dispensing.costSen), credit(ACCOUNTS.inventory, dispensing.costSen)]) };
}

/** A delivery received: the inventory grows by what the supplier invoiced for it (bonus units are free), owed to the supplier. */
export function goodsReceived(delivery: { id: string; number: string; lines: readonly { quantity: number; unitCostSen: number }[] }): Posting {
  const costSen = delivery.lines.reduce((sum, line) => sum + line.quantity * line.unitCostSen, 0);
  return { sourceKind: 'goods-received', sourceId: delivery.id, memo: delivery.number, lines: tidy([debit(ACCOUNTS.inventory, costSen), credit(ACCOUNTS.supplierPayables, costSen)]) };
}

/** Stock sent back to its supplier leaves the inventory at its batch's cost, and the clinic owes the supplier that much less. */
export function returnedToSupplier(supplierReturn: { id: string; number: string; quantity: number; unitCostSen: number }): Posting {
  const costSen = supplierReturn.quantity * supplierReturn.unitCostSen;
  return { sourceKind: 'supplier-return', sourceId: supplierReturn.id, memo: supplierReturn.number, lines: tidy([debit(ACCOUNTS.supplierPayables, costSen), credit(ACCOUNTS.inventory, costSen)]) };
}

/** The entry that undoes another: the same lines, sides swapped. */
export function reversalOf(lines: readonly PostingLine[]): PostingLine[] {
  return lines.map((line) => ({ accountCode: line.accountCode, debitSen: line.creditSen, creditSen: line.debitSen }));
}

/** Whole sen, one side per line, something moved, and the sides equal. */
export function isBalanced(lines: readonly PostingLine[]): boolean {
  const whole = (sen: number) => Number.isSafeInteger(sen) && sen >= 0;
  if (lines.length < 2 || !lines.every((line) => whole(line.debitSen) && whole(line.creditSen) && (line.debitSen > 0) !== (line.creditSen > 0))) return false;
  const debits = lines.reduce((sum, line) => sum + line.debitSen, 0);
  return debits > 0 && debits === lines.reduce((sum, line) => sum + line.creditSen, 0);
}

function debit(accountCode: string, sen: number): PostingLine {
  return { accountCode, debitSen: sen, creditSen: 0 };
}

function credit(accountCode: string, sen: number): PostingLine {
  return { accountCode, debitSen: 0, creditSen: sen };
}

/** One line per account and side, in order of first appearance; lines that move nothing left out. */
function tidy(lines: readonly PostingLine[]): PostingLine[] {
  const merged = new Map<string, PostingLine>();
  for (const line of lines) {
    const side = line.debitSen > 0 ? 'debit' : 'credit';
    if (line.debitSen === 0 && line.creditSen === 0) continue;
    const key = `${line.accountCode} ${side}`;
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, debitSen: seen.debitSen + line.debitSen, creditSen: seen.creditSen + line.creditSen } : { ...line });
  }
  return [...merged.values()];
}
