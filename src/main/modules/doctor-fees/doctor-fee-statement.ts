import { INVOICE_LINE_KINDS } from '../../../shared/schemas/billing';
import type { DoctorFeeRuleInput, DoctorFeeStatement } from '../../../shared/schemas/doctor-fees';
import type { IssuedLine } from '../billing';

/** A share of an amount in basis points, to the nearest sen (half a sen up). */
function shareOf(netSen: number, shareBp: number): number {
  return Math.floor((netSen * shareBp + 5_000) / 10_000);
}

/**
 * What a doctor earned from their invoices in a period: the fixed sum for each visit invoiced, plus
 * each kind of item's share of its amount after discount (tax is the government's, not a fee).
 * The share is taken of each kind's total, so a statement's rows may differ from its totals by a
 * sen of rounding; the totals are what is paid.
 */
export function doctorFeeStatement(rule: DoctorFeeRuleInput, lines: readonly IssuedLine[]): Omit<DoctorFeeStatement, 'doctorName' | 'from' | 'to'> {
  const visits = new Set(lines.flatMap((line) => (line.visitId ? [line.visitId] : [])));
  const byKind = INVOICE_LINE_KINDS.map((kind) => {
    const netSen = lines.filter((line) => line.kind === kind).reduce((sum, line) => sum + line.netSen, 0);
    return { kind, netSen, shareBp: rule.shareBp[kind], shareSen: shareOf(netSen, rule.shareBp[kind]) };
  }).filter((row) => row.netSen !== 0 || row.shareBp !== 0);
  const invoices = new Map<string, DoctorFeeStatement['invoices'][number]>();
  for (const line of lines) {
    const row = invoices.get(line.invoiceId) ?? { clinicDate: line.clinicDate, invoiceNo: line.invoiceNo, netSen: 0, shareSen: 0 };
    invoices.set(line.invoiceId, { ...row, netSen: row.netSen + line.netSen, shareSen: row.shareSen + shareOf(line.netSen, rule.shareBp[line.kind]) });
  }
  const fixedSen = visits.size * rule.fixedPerVisitSen;
  return { doctorId: rule.doctorId, rule, visits: visits.size, fixedSen, byKind, totalSen: fixedSen + byKind.reduce((sum, row) => sum + row.shareSen, 0), invoices: [...invoices.values()] };
}
