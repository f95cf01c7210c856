import type { InvoiceLineKind } from '../../../shared/schemas/billing';
import type { PanelCoverage } from '../../../shared/schemas/panels';

/** A priced line of the visit's bill: what it is and what it comes to (after its discount, with its tax). */
export interface BillLine {
  kind: InvoiceLineKind;
  totalSen: number;
}

export interface LineSplit {
  coveredSen: number;
  patientSen: number;
}

export interface PanelSplit {
  lines: LineSplit[];
  coveredSen: number;
  patientSen: number;
  /** What the co-payment came to (before the cap): shown to the patient as the reason they pay. */
  copaySen: number;
}

/**
 * Splits a visit's bill between the panel and the patient by the panel's coverage rules.
 * Lines of an excluded kind are the patient's. Of the rest (the eligible total), the patient pays
 * the co-payment: the fixed amount plus the percentage of the eligible total (half a sen rounds up),
 * never more than the eligible total. The panel pays what is left, up to its cap per visit.
 *
 * The panel's share fills the eligible lines in bill order (the consultation first, as the bill
 * lists it), so at most one line is split between the two invoices; the rest are wholly one's or
 * the other's, which is how a panel statement and the patient's receipt read best.
 */
export function splitForPanel(lines: readonly BillLine[], coverage: Pick<PanelCoverage, 'capPerVisitSen' | 'excludedKinds' | 'copayFixedSen' | 'copayPercentBp'>): PanelSplit {
  for (const line of lines) if (!Number.isSafeInteger(line.totalSen) || line.totalSen < 0) throw new RangeError('a line total is whole, non-negative sen');
  const excluded = new Set(coverage.excludedKinds);
  const eligible = lines.map((line) => (excluded.has(line.kind) ? 0 : line.totalSen));
  const eligibleSen = eligible.reduce((sum, amount) => sum + amount, 0);
  const percentSen = Math.floor((eligibleSen * coverage.copayPercentBp + 5_000) / 10_000);
  const copaySen = Math.min(eligibleSen, coverage.copayFixedSen + percentSen);
  let left = Math.min(eligibleSen - copaySen, coverage.capPerVisitSen ?? Number.MAX_SAFE_INTEGER);
  const coveredSen = left;
  const split = lines.map((line, index) => {
    const covered = Math.min(eligible[index], left);
    left -= covered;
    return { coveredSen: covered, patientSen: line.totalSen - covered };
  });
  const totalSen = lines.reduce((sum, line) => sum + line.totalSen, 0);
  return { lines: split, coveredSen, patientSen: totalSen - coveredSen, copaySen };
}

/** A priced line's parts: the amount, its discount and its tax (total = amount − discount + tax). */
export interface LineParts {
  amountSen: number;
  discountSen: number;
  taxSen: number;
}

/**
 * Divides a priced line's parts so the first share comes to `coveredSen` exactly and the second to
 * the rest, every part of each share between zero and the whole: the tax in proportion (so each
 * invoice carries its own tax), the discount in proportion to what is left before tax.
 */
export function divideLine(line: LineParts, coveredSen: number): { covered: LineParts; patient: LineParts } {
  const netSen = line.amountSen - line.discountSen;
  const totalSen = netSen + line.taxSen;
  if (!Number.isSafeInteger(coveredSen) || coveredSen < 0 || coveredSen > totalSen) throw new RangeError('the covered share is between nothing and the line total');
  const proportional = (part: number, of: number, whole: number) => (whole === 0 ? 0 : Math.round((part * of) / whole));
  // At least what the net cannot carry, at most the whole tax.
  const taxSen = Math.min(line.taxSen, Math.max(coveredSen - netSen, proportional(line.taxSen, coveredSen, totalSen)));
  const coveredNet = coveredSen - taxSen;
  const discountSen = Math.min(line.discountSen, proportional(line.discountSen, coveredNet, netSen));
  const covered = { amountSen: coveredNet + discountSen, discountSen, taxSen };
  return { covered, patient: { amountSen: line.amountSen - covered.amountSen, discountSen: line.discountSen - discountSen, taxSen: line.taxSen - taxSen } };
}
