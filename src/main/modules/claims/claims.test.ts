import { beforeAll, describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { panelClinic } from '../../../../tests/support/panel-clinic';
import { readPdf, requirePoppler } from '../../../../tests/support/pdf-pages';
import { refusalOf } from '../../../../tests/support/test-hub';
import { parseCsv } from '../../../shared/csv';

// 10:00 in Kuala Lumpur on Tuesday 10 November 2026; the aging test moves the clock on.
const clinic = clinicForTests(() => panelClinic('2026-11-10T02:00:00Z'));

beforeAll(() => requirePoppler());

/** A visit billed with the panel; the patient's share paid in cash. */
async function billed(panelId: string, fullName: string, memberNo: string, options: { mcDays?: number; relationship?: 'self' | 'child' } = {}) {
  const visit = await clinic.panelVisit(fullName, [clinic.card(panelId, memberNo, { relationship: options.relationship ?? 'self' })], options);
  const mine = await clinic.reception.billing.issue({ visitId: visit.visitId, panelId });
  if (mine.balanceSen > 0) await clinic.reception.billing.pay({ invoiceId: mine.id, tenders: [{ method: 'cash', amountSen: mine.balanceSen }] });
  const panelInvoiceId = (await clinic.reception.billing.preview({ visitId: visit.visitId })).panelInvoiceId ?? '';
  return { ...visit, panelInvoiceId };
}

describe('panel claims', () => {
  it('gathers a month’s panel invoices into a batch carrying what the panel asks, and exports its statement as PDF and CSV', async () => {
    const tan = await billed(clinic.shell.id, 'Tan Ah Kow', 'SH-00912', { mcDays: 2 });
    await billed(clinic.shell.id, 'Tan Mei Mei', 'SH-00912-1', { relationship: 'child' });
    const waiting = (await clinic.reception.claims.unclaimed()).find((panel) => panel.panelId === clinic.shell.id);
    expect(waiting?.periods).toEqual([{ period: '2026-11', invoices: 2, coveredSen: 10_000, oldestDate: '2026-11-10', deadline: '2026-12-10' }]);
    expect(await refusalOf(clinic.reception.claims.createBatch({ panelId: clinic.shell.id, period: '2026-10' }))).toBe('CLAIM_NOTHING_TO_CLAIM');

    const batch = await clinic.reception.claims.createBatch({ panelId: clinic.shell.id, period: '2026-11' });
    expect(batch).toMatchObject({ number: expect.stringMatching(/^CLM-2026-\d{6}$/) as string, period: '2026-11', claims: 2, claimedSen: 10_000, outstandingSen: 10_000 });
    const [first, second] = batch.claimList;
    expect(first).toMatchObject({
      patientName: 'Tan Ah Kow',
      memberNo: 'SH-00912',
      relationship: 'self',
      doctorName: 'dr.lim',
      diagnoses: [{ code: 'J06.9', description: expect.stringMatching(/upper respiratory infection/i) as string }],
      mcDays: 2,
      billTotalSen: 6350,
      coveredSen: 5000,
      patientSen: 1350,
      status: 'submitted',
    });
    expect(first.items.map((item) => [item.kind, item.quantity, item.unitPriceSen, item.totalSen, item.coveredSen, item.patientSen])).toEqual([
      ['consultation', 1, 3500, 3500, 3500, 0],
      ['medicine', 15, 190, 2850, 1500, 1350],
    ]);
    expect(second).toMatchObject({ patientName: 'Tan Mei Mei', relationship: 'child', mcDays: null });
    // Claimed, the bill is the panel's record too: not voided at the counter, nor claimed twice.
    expect(await refusalOf(clinic.admin.billing.voidInvoice({ invoiceId: tan.panelInvoiceId, reason: 'Wrong panel' }))).toBe('PANEL_INVOICE_CLAIMED');
    expect(await refusalOf(clinic.reception.claims.createBatch({ panelId: clinic.shell.id, period: '2026-11' }))).toBe('CLAIM_NOTHING_TO_CLAIM');
    expect((await clinic.reception.claims.unclaimed()).find((panel) => panel.panelId === clinic.shell.id)).toBeUndefined();

    const pdf = await clinic.reception.claims.statementPdf({ id: batch.id });
    expect(pdf.fileName).toBe(`${batch.number}.pdf`);
    const text = (await readPdf(Buffer.from(pdf.pdfBase64, 'base64'))).pages.join('\n');
    for (const expected of [`STATEMENT OF CLAIMS ${batch.number}`, 'Shell Malaysia (SHELL)', 'Tan Ah Kow', 'SH-00912', 'J06.9', 'Child', '2026-11']) expect(text).toContain(expected);
    expect(text).toMatch(/Total claimed: RM\s100\.00/);

    const csv = await clinic.reception.claims.statementCsv({ id: batch.id });
    const [header, ...rows] = parseCsv(csv.csv);
    expect(rows).toHaveLength(4);
    const row = (name: string) => Object.fromEntries(header.map((column, index) => [column, rows.find((candidate) => candidate[header.indexOf('Item')].startsWith(name))?.[index]]));
    expect(row('paracetamol')).toMatchObject({ Patient: 'Tan Ah Kow', 'Member no.': 'SH-00912', 'MC days': '2', Quantity: '15', 'Item amount': '28.50', 'Item covered': '15.00', 'Item patient': '13.50', 'Claim covered': '50.00', 'Diagnosis codes': 'J06.9' });
    expect(await clinic.admin.audit.list({ action: 'claimBatch.export' })).toHaveLength(2);
  });

  it('matches the panel’s payment to its claims: paid less a TPA fee, one rejected with its reason, one part-paid', async () => {
    const tpa = await clinic.panel({ code: 'PMCARE', name: 'PMCare Sdn Bhd', kind: 'tpa', active: true, capPerVisitSen: 4000 });
    for (const [name, memberNo] of [['Lim Ah Seng', 'PM-1'], ['Siti Aminah', 'PM-2'], ['Raj Kumar', 'PM-3']]) await billed(tpa.id, name, memberNo);
    const batch = await clinic.reception.claims.createBatch({ panelId: tpa.id, period: '2026-11' });
    const [paid, rejected, partly] = batch.claimList.map((claim) => claim.id ?? '');
    const advice = { batchId: batch.id, receivedOn: '2026-12-28', reference: 'PMC-PA-7781' };
    expect(await refusalOf(clinic.reception.claims.recordPayment({ ...advice, settlements: [{ claimId: paid, paidSen: 3800, deductedSen: 200 }] }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.admin.claims.recordPayment({ ...advice, settlements: [{ claimId: rejected, rejectedSen: 4000 }] }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.admin.claims.recordPayment({ ...advice, settlements: [{ claimId: paid, paidSen: 3900, deductedSen: 200 }] }))).toBe('CLAIM_SETTLEMENT_TOO_MUCH');
    const after = await clinic.admin.claims.recordPayment({
      ...advice,
      settlements: [
        { claimId: paid, paidSen: 3800, deductedSen: 200 },
        { claimId: rejected, rejectedSen: 4000, reason: 'Pre-existing condition, not covered' },
        { claimId: partly, paidSen: 2500 },
      ],
    });
    expect(after.claimList.map((claim) => [claim.status, claim.paidSen, claim.deductedSen, claim.rejectedSen, claim.outstandingSen])).toEqual([
      ['paid', 3800, 200, 0, 0],
      ['rejected', 0, 0, 4000, 0],
      ['part-paid', 2500, 0, 0, 1500],
    ]);
    expect(after.claimList[1].rejectReason).toBe('Pre-existing condition, not covered');
    expect(after).toMatchObject({ claimedSen: 12_000, paidSen: 6300, deductedSen: 200, rejectedSen: 4000, outstandingSen: 1500 });
    expect(after.receipts).toEqual([expect.objectContaining({ reference: 'PMC-PA-7781', amountSen: 6300, receivedOn: '2026-12-28' })]);
    // The rest comes later, and the claim is settled.
    const rest = await clinic.admin.claims.recordPayment({ batchId: batch.id, receivedOn: '2027-01-15', reference: 'PMC-PA-7990', settlements: [{ claimId: partly, paidSen: 1500 }] });
    expect(rest.claimList[2]).toMatchObject({ status: 'paid', paidSen: 4000, outstandingSen: 0 });
    expect((await clinic.reception.claims.batches({ panelId: tpa.id })).map((summary) => summary.outstandingSen)).toEqual([0]);
    expect(await clinic.admin.audit.list({ action: 'claim.payment' })).toHaveLength(2);
    // In the books: the panels' receivable settled by what was paid, deducted and rejected, the money in the bank.
    const entries = (await clinic.admin.ledger.dayBook({ from: '2026-07-01', to: '2027-06-30' })).entries.filter((entry) => entry.sourceKind === 'panel-payment');
    const moved = (code: string) => entries.flatMap((entry) => entry.lines).filter((line) => line.accountCode === code).reduce((sum, line) => sum + line.debitSen - line.creditSen, 0);
    expect(entries).toHaveLength(2);
    expect([moved('1020'), moved('5100'), moved('5200'), moved('1110')]).toEqual([6300 + 1500, 200, 4000, -(6300 + 1500 + 200 + 4000)]);
  });

  it('ages what each panel still owes from the invoice date: current, 30, 60 and 90+ days', async () => {
    const insurer = await clinic.panel({ code: 'AIA', name: 'AIA Malaysia', kind: 'insurer', active: true, capPerVisitSen: 5000 });
    const visitOn = async (at: string, name: string) => {
      await clinic.setNow(at);
      return billed(insurer.id, name, `AIA-${name.length}`);
    };
    await visitOn('2026-12-01T02:00:00Z', 'Wong Kar Mun');
    await visitOn('2026-12-20T02:00:00Z', 'Nurul Izzah');
    await visitOn('2027-01-20T02:00:00Z', 'Muhammad Aiman');
    await visitOn('2027-03-01T02:00:00Z', 'Lee Chong Wei');
    // December's claim goes in and is part-paid: RM 30 of RM 50.
    const december = await clinic.reception.claims.createBatch({ panelId: insurer.id, period: '2026-12' });
    const early = december.claimList.find((claim) => claim.clinicDate === '2026-12-01');
    await clinic.admin.claims.recordPayment({ batchId: december.id, receivedOn: '2027-02-01', reference: 'AIA-1', settlements: [{ claimId: early?.id ?? '', paidSen: 3000 }] });
    await clinic.setNow('2027-03-05T02:00:00Z');
    const row = (await clinic.reception.claims.aging()).find((candidate) => candidate.panelId === insurer.id);
    // 94, 75, 44 and 4 days old.
    expect(row).toMatchObject({ panelCode: 'AIA', days90Sen: 2000, days60Sen: 5000, days30Sen: 5000, currentSen: 5000, totalSen: 17_000 });
  });
});
