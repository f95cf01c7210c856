import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { panelClinic } from '../../../../tests/support/panel-clinic';
import { refusalOf } from '../../../../tests/support/test-hub';

// 10:00 in Kuala Lumpur on Monday 7 December 2026.
const clinic = clinicForTests(() => panelClinic('2026-12-07T02:00:00Z'));

describe('a bill split with the patient’s panel', () => {
  it('shows the split before issuing, writes the panel’s and the patient’s invoices, and the patient pays only his', async () => {
    const visit = await clinic.panelVisit('Tan Ah Kow', [clinic.card(clinic.shell.id, 'SH-00912')]);
    const preview = await clinic.reception.billing.preview({ visitId: visit.visitId });
    expect(preview.totalSen).toBe(6350);
    expect(preview.panels).toEqual([{ panelId: clinic.shell.id, code: 'SHELL', name: 'Shell Malaysia', memberNo: 'SH-00912', relationship: 'self' }]);
    expect(preview.split).toBeNull();
    const split = await clinic.reception.billing.preview({ visitId: visit.visitId, panelId: clinic.shell.id });
    expect(split.split).toMatchObject({ coveredSen: 5000, patientSen: 1350, lines: [{ coveredSen: 3500, patientSen: 0 }, { coveredSen: 1500, patientSen: 1350 }] });

    const patientInvoice = await clinic.reception.billing.issue({ visitId: visit.visitId, panelId: clinic.shell.id });
    expect(patientInvoice).toMatchObject({ portion: 'patient', panelId: clinic.shell.id, billTo: 'Tan Ah Kow', totalSen: 1350, status: 'issued' });
    expect(patientInvoice.lines.map((line) => [line.kind, line.quantity, line.amountSen])).toEqual([['medicine', 1, 1350]]);
    const after = await clinic.reception.billing.preview({ visitId: visit.visitId });
    expect(after.invoiceId).toBe(patientInvoice.id);
    const panelInvoice = await clinic.reception.billing.invoice({ id: after.panelInvoiceId ?? '' });
    expect(panelInvoice).toMatchObject({ portion: 'panel', panelId: clinic.shell.id, billTo: 'Shell Malaysia (SH-00912)', totalSen: 5000, status: 'issued' });
    expect(panelInvoice.lines.map((line) => [line.kind, line.quantity, line.amountSen])).toEqual([['consultation', 1, 3500], ['medicine', 1, 1500]]);
    expect(panelInvoice.number).not.toBe(patientInvoice.number);

    // The counter lists the visit by what the patient owes, never the panel's share.
    expect((await clinic.reception.billing.worklist()).find((row) => row.visitId === visit.visitId)?.invoice).toMatchObject({ id: patientInvoice.id, balanceSen: 1350 });
    expect(await refusalOf(clinic.reception.billing.pay({ invoiceId: panelInvoice.id, tenders: [{ method: 'cash', amountSen: 5000 }] }))).toBe('INVOICE_PANEL_PORTION');
    const paid = await clinic.reception.billing.pay({ invoiceId: patientInvoice.id, tenders: [{ method: 'cash', amountSen: 2000 }] });
    expect(paid).toMatchObject({ changeSen: 650, invoice: { status: 'paid', balanceSen: 0 } });
    expect((await clinic.reception.billing.invoice({ id: panelInvoice.id })).status).toBe('issued');
    expect(await refusalOf(clinic.reception.billing.issue({ visitId: visit.visitId, panelId: clinic.shell.id }))).toBe('VISIT_ALREADY_INVOICED');
    const audited = await clinic.admin.audit.list({ action: 'invoice.issue' });
    expect(audited.filter((entry) => entry.entityId === panelInvoice.id || entry.entityId === patientInvoice.id)).toHaveLength(2);
    // In the books the panel's share is owed by the panel, the patient's was paid in cash.
    const balances = new Map((await clinic.admin.ledger.trialBalance({ from: '2026-12-07', to: '2026-12-07' })).rows.map((row) => [row.code, row.debitSen - row.creditSen]));
    expect(balances.get('1110')).toBe(5000);
    expect(balances.get('1100') ?? 0).toBe(0);
    expect(balances.get('1000')).toBe(1350);
  });

  it('refuses a panel whose card the patient does not hold on the visit’s day, and writes nothing', async () => {
    const expired = await clinic.panelVisit('Lim Mei Ling', [clinic.card(clinic.shell.id, 'SH-1', { validFrom: '2025-01-01', validTo: '2026-11-30' })]);
    expect((await clinic.reception.billing.preview({ visitId: expired.visitId })).panels).toEqual([]);
    expect(await refusalOf(clinic.reception.billing.issue({ visitId: expired.visitId, panelId: clinic.shell.id }))).toBe('PANEL_NOT_A_MEMBER');
    const other = await clinic.panel({ code: 'AIA', name: 'AIA', kind: 'insurer', active: true });
    const noCard = await clinic.panelVisit('Wong Kar Mun', []);
    expect(await refusalOf(clinic.reception.billing.issue({ visitId: noCard.visitId, panelId: other.id }))).toBe('PANEL_NOT_A_MEMBER');
    expect(await refusalOf(clinic.reception.billing.preview({ visitId: noCard.visitId, panelId: other.id }))).toBe('PANEL_NOT_A_MEMBER');
    expect((await clinic.reception.billing.preview({ visitId: noCard.visitId })).invoiceId).toBeNull();
    // Billed without the panel, the visit is invoiced as before: one invoice, the patient's.
    const plain = await clinic.reception.billing.issue({ visitId: expired.visitId });
    expect(plain).toMatchObject({ portion: 'patient', panelId: null, totalSen: 6350 });
  });

  it('leaves the patient a zero invoice, settled, when the panel covers everything, and keeps excluded kinds and the co-payment his', async () => {
    const full = await clinic.panel({ code: 'PETRONAS', name: 'Petronas', kind: 'corporate', active: true });
    const covered = await clinic.panelVisit('Siti Aminah', [clinic.card(full.id, 'PT-77', { relationship: 'spouse' })]);
    const zero = await clinic.reception.billing.issue({ visitId: covered.visitId, panelId: full.id });
    expect(zero).toMatchObject({ portion: 'patient', totalSen: 0, status: 'paid', lines: [] });
    expect((await clinic.reception.billing.worklist()).map((row) => row.visitId)).not.toContain(covered.visitId);

    const strict = await clinic.panel({ code: 'STRICT', name: 'Strict Sdn Bhd', kind: 'corporate', active: true, excludedKinds: ['medicine'], copayFixedSen: 500 });
    const visit = await clinic.panelVisit('Muhammad Aiman', [clinic.card(strict.id, 'ST-1')]);
    const mine = await clinic.reception.billing.issue({ visitId: visit.visitId, panelId: strict.id });
    // RM 28.50 of medicines, not covered, and RM 5 of the RM 35 consultation.
    expect(mine.totalSen).toBe(2850 + 500);
    expect(mine.lines.map((line) => [line.kind, line.amountSen])).toEqual([['consultation', 500], ['medicine', 2850]]);
  });

  it('voids both portions together, refuses while the patient’s is paid, and the visit can be billed again', async () => {
    const visit = await clinic.panelVisit('Rajeswari a/p Subramaniam', [clinic.card(clinic.shell.id, 'SH-3')]);
    const mine = await clinic.reception.billing.issue({ visitId: visit.visitId, panelId: clinic.shell.id });
    const panelInvoiceId = (await clinic.reception.billing.preview({ visitId: visit.visitId })).panelInvoiceId ?? '';
    const { receiptNo } = await clinic.reception.billing.pay({ invoiceId: mine.id, tenders: [{ method: 'card', amountSen: 1350, reference: 'APPR 1' }] });
    expect(await refusalOf(clinic.admin.billing.voidInvoice({ invoiceId: panelInvoiceId, reason: 'Wrong panel' }))).toBe('INVOICE_HAS_PAYMENTS');
    expect((await clinic.reception.billing.invoice({ id: panelInvoiceId })).status).toBe('issued');
    await clinic.admin.billing.voidPayment({ invoiceId: mine.id, receiptNo, reason: 'Wrong panel' });
    const voided = await clinic.admin.billing.voidInvoice({ invoiceId: panelInvoiceId, reason: 'Wrong panel' });
    expect(voided.status).toBe('void');
    expect((await clinic.reception.billing.invoice({ id: mine.id })).status).toBe('void');
    const again = await clinic.reception.billing.issue({ visitId: visit.visitId });
    expect(again).toMatchObject({ portion: 'patient', totalSen: 6350 });
  });
});
