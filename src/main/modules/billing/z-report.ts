import type { ClinicProfile } from '../../../shared/schemas/clinic';
import { netTakenSen, type DayReport, type MethodTotal } from '../../../shared/schemas/till';
import { ringgit } from '../../../shared/ringgit';
import { dayMonthYear, type DocumentLayout, type LayoutBlock } from '../../documents';
import { METHOD_WORDS } from './receipt';

export interface ZReportFacts {
  clinic: Pick<ClinicProfile, 'name'>;
  report: DayReport;
  /** The clinic's date and time the report was closed (or printed, for a preview). */
  at: { date: string; time: string };
  /** 1 for the first print; a reprint says it is a copy. */
  printNo: number;
}

const STAGE_WORDS = { 'in-queue': 'Dalam giliran / In queue', 'not-invoiced': 'Belum diinvois / Not invoiced', owes: 'Berhutang / Owes' } as const;
const ACTION_WORDS = { end: 'ditamatkan / ended', carry: 'dibawa / carried over' } as const;

/**
 * The end-of-day report, for the receipt printer and as a PDF: what the day took by method, what
 * went back, every void and discount with its reason, each drawer's count against what it should
 * hold, and what was left open. Before closing it prints as a preview (an X report), not numbered.
 */
export function zReportLayout(facts: ZReportFacts): DocumentLayout {
  const { report } = facts;
  const amount = (left: string, sen: number, bold = false): LayoutBlock => ({ kind: 'columns', left, right: ringgit(sen), bold });
  const text = (value: string, bold = false): LayoutBlock => ({ kind: 'text', text: value, bold });
  const heading = (value: string): LayoutBlock[] => [{ kind: 'rule' }, text(value, true)];
  const methods = (totals: readonly MethodTotal[]) => totals.map((total) => amount(`${METHOD_WORDS[total.method]} (${total.count})`, total.amountSen));
  const title = report.zNo ? `LAPORAN Z / Z REPORT ${report.zNo}` : 'LAPORAN X / X REPORT (belum ditutup / not closed)';
  return {
    title: report.zNo ? `Z report ${report.zNo}` : `X report ${report.clinicDate}`,
    blocks: [
      { kind: 'text', text: facts.clinic.name, size: 'large', bold: true, align: 'center' },
      { kind: 'text', text: title, bold: true, align: 'center' },
      ...(facts.printNo > 1 ? [{ kind: 'text', text: `SALINAN / COPY ${facts.printNo}`, bold: true, align: 'center' } as LayoutBlock] : []),
      text(`Hari / Day ${dayMonthYear(report.clinicDate)}`),
      text(`${report.zNo ? 'Ditutup / Closed' : 'Dicetak / Printed'} ${dayMonthYear(facts.at.date)} ${facts.at.time}${report.closedByName ? ` - ${report.closedByName}` : ''}`),
      ...heading('Jualan / Sales'),
      { kind: 'columns', left: 'Lawatan / Visits', right: String(report.visits) },
      { kind: 'columns', left: 'Invois / Invoices', right: String(report.invoices.count) },
      amount('Jumlah invois / Invoiced', report.invoices.totalSen),
      amount('  termasuk cukai / incl. tax', report.invoices.taxSen),
      amount('  diskaun / discounts given', report.invoices.discountSen),
      ...(report.invoices.panelSen > 0 ? [amount('Kepada panel / To panels', report.invoices.panelSen)] : []),
      amount('Belum dibayar / Owed (credit)', report.owedSen),
      ...heading('Bayaran diterima / Payments taken'),
      ...methods(report.payments),
      ...(report.roundingSen !== 0 ? [amount('  pembundaran / rounding', report.roundingSen)] : []),
      amount('Jumlah / Total taken', report.takenSen, true),
      ...(report.refunds.length > 0 ? [...heading('Dipulangkan / Refunded'), ...methods(report.refunds), amount('Jumlah / Total refunded', report.refundedSen, true)] : []),
      ...(report.deposits && (report.deposits.takenSen > 0 || report.deposits.refundedSen > 0 || report.deposits.appliedSen !== 0)
        ? [
            ...heading('Deposit / Deposits'),
            ...methods(report.deposits.taken),
            amount('Diterima / Taken', report.deposits.takenSen, true),
            ...(report.deposits.refunds.length > 0 ? [...methods(report.deposits.refunds), amount('Dipulangkan / Given back', report.deposits.refundedSen, true)] : []),
            amount('Digunakan untuk bil / Used for bills', report.deposits.appliedSen),
          ]
        : []),
      amount('BERSIH / NET', netTakenSen(report), true),
      ...heading('Laci tunai / Cash drawers'),
      ...report.sessions.flatMap((session): LayoutBlock[] => [
        text(`${session.cashierName}${session.status === 'open' ? ' (masih dibuka / still open)' : ''}`, true),
        amount('  Apungan / Float', session.floatSen),
        amount('  Sepatutnya / Expected', session.expectedCashSen),
        ...(session.countedCashSen === null ? [] : [amount('  Dikira / Counted', session.countedCashSen), amount('  Beza / Variance', session.varianceSen ?? 0)]),
        ...(session.varianceReason ? [text(`  Sebab / Reason: ${session.varianceReason}`)] : []),
      ]),
      ...(report.voids.length > 0 ? [...heading(`Pembatalan & nota kredit / Voids & credit notes (${report.voids.length})`), ...report.voids.flatMap((item): LayoutBlock[] => [amount(item.number, item.amountSen), text(`  ${item.reason}${item.byName ? ` - ${item.byName}` : ''}`)])] : []),
      ...(report.discounts.length > 0 ? [...heading(`Diskaun / Discounts (${report.discounts.length})`), ...report.discounts.flatMap((item): LayoutBlock[] => [amount(item.invoiceNo, item.amountSen), text(`  ${item.reason}`)])] : []),
      ...(report.openVisits.length > 0
        ? [
            ...heading(`Lawatan terbuka / Open visits (${report.openVisits.length})`),
            ...report.openVisits.map((visit): LayoutBlock => text(`${visit.ticketNo} ${visit.patientName}: ${STAGE_WORDS[visit.stage]}${visit.action ? `, ${ACTION_WORDS[visit.action]}` : ''}${visit.balanceSen ? ` ${ringgit(visit.balanceSen)}` : ''}`)),
          ]
        : []),
      { kind: 'rule' },
      { kind: 'text', text: report.zNo ? `-- ${report.zNo} --` : '-- X --', align: 'center' },
    ],
  };
}
