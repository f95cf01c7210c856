import { beforeAll, describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { panelClinic } from '../../../../tests/support/panel-clinic';
import { readPdf, requirePoppler } from '../../../../tests/support/pdf-pages';

// 10:00 in Kuala Lumpur on Monday 7 December 2026.
const clinic = clinicForTests(() => panelClinic('2026-12-07T02:00:00Z'));

beforeAll(() => requirePoppler());

/** The PDF's text, pages joined, runs of spaces made one. */
async function textOf(pdfBase64: string): Promise<{ text: string; pageSize: string }> {
  const read = await readPdf(Buffer.from(pdfBase64, 'base64'));
  return { text: read.pages.join('\n').replace(/[ \t]+/g, ' '), pageSize: read.pageSize };
}

describe('the tax invoice', () => {
  it('prints the clinic’s numbers, each line with its tax, the totals, the payment and the balance; a reprint is a copy', async () => {
    const profile = await clinic.admin.settings.profile.get();
    const einvoice = await clinic.admin.settings.einvoice.get();
    await clinic.admin.settings.profile.save({ ...profile, tax: { enabled: true, name: 'SST', rateBasisPoints: 600, registrationNo: 'W10-1808-32000123' } });
    await clinic.admin.settings.einvoice.save({ ...einvoice, tin: 'C20880050010', brn: '202001234567' });
    try {
      const visit = await clinic.finishedVisit('Nguyen Thi Lan', [], [], 'C1234567');
      const invoice = await clinic.reception.billing.issue({ visitId: visit.visitId });
      // The consultation fee, RM 35.00, with 6 % service tax on it for a patient who is not a citizen.
      expect(invoice).toMatchObject({ subtotalSen: 3500, taxSen: 210, totalSen: 3710 });
      const { receiptNo } = await clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'card', amountSen: 2000, reference: 'APPR 7' }] });

      const first = await clinic.reception.billing.invoicePdf({ invoiceId: invoice.id, paper: 'A4' });
      expect(first.printNo).toBe(1);
      const { text, pageSize } = await textOf(first.pdfBase64);
      expect(pageSize).toMatch(/^595\.\d* x 841\.\d* pts/);
      expect(text).toContain('INVOIS CUKAI / TAX INVOICE');
      expect(text).toContain(invoice.number);
      expect(text).toContain('C20880050010');
      expect(text).toContain('202001234567');
      expect(text).toContain('W10-1808-32000123');
      expect(text).toContain('Nguyen Thi Lan');
      expect(text).toContain('C1234567');
      // The line: 1 × 35.00, no discount, tax 2.10 at 6 %, 37.10 in all.
      expect(text).toMatch(/1 35\.00 — 2\.10 \(6%\) 37\.10/);
      expect(text).toMatch(/Jumlah kecil \/ Subtotal RM 35\.00/);
      expect(text).toMatch(/SST 6% RM 2\.10/);
      expect(text).toMatch(/JUMLAH \/ TOTAL RM 37\.10/);
      expect(text).toContain(receiptNo);
      expect(text).toMatch(/Kad \/ Card APPR 7 -20\.00/);
      expect(text).toMatch(/BAKI \/ BALANCE DUE RM 17\.10/);
      expect(text).not.toContain('SALINAN');

      const again = await clinic.reception.billing.invoicePdf({ invoiceId: invoice.id, paper: 'A5' });
      expect(again.printNo).toBe(2);
      const copy = await textOf(again.pdfBase64);
      expect(copy.pageSize).toMatch(/^419\.\d* x 595\.\d* pts/);
      expect(copy.text).toContain('SALINAN / COPY #1');
      expect(copy.text).toMatch(/JUMLAH \/ TOTAL RM 37\.10/);
      const audited = await clinic.admin.audit.list({ action: 'invoice.print', entityId: invoice.id });
      expect(audited.map((row) => (row.after as { printNo: number; paper: string }).paper)).toEqual(['A5', 'A4']);
    } finally {
      await clinic.admin.settings.profile.save(profile);
      await clinic.admin.settings.einvoice.save(einvoice);
    }
  });

  it('names the panel on the panel’s portion, with the patient whose visit it was, and the panel’s share only', async () => {
    const visit = await clinic.panelVisit('Tan Ah Kow', [clinic.card(clinic.shell.id, 'SH-00912')]);
    await clinic.reception.billing.issue({ visitId: visit.visitId, panelId: clinic.shell.id });
    const { panelInvoiceId } = await clinic.reception.billing.preview({ visitId: visit.visitId });
    const panelInvoice = await clinic.reception.billing.invoice({ id: panelInvoiceId ?? '' });
    const { text } = await textOf((await clinic.reception.billing.invoicePdf({ invoiceId: panelInvoice.id, paper: 'A4' })).pdfBase64);
    // Not registered for SST here: an invoice, not a tax invoice.
    expect(text).toContain('INVOIS / INVOICE');
    expect(text).not.toContain('TAX INVOICE');
    expect(text).not.toContain('SST');
    expect(text).toContain('Shell Malaysia (SH-00912)');
    expect(text).toContain('Tan Ah Kow');
    expect(text).toContain('Bahagian panel / Panel portion');
    expect(text).toMatch(/JUMLAH \/ TOTAL RM 50\.00/);
    expect(text).toMatch(/BAKI \/ BALANCE DUE RM 50\.00/);
  });
});

describe('the patient’s statement of account', () => {
  it('runs the balance from what was owed before the period through every invoice, payment, credit note and refund to what is owed now', async () => {
    // 7 December: a consultation, RM 35.00, of which RM 20.00 paid in cash; RM 15.00 stays owed.
    const first = await clinic.finishedVisit('Lee Mei Ling', []);
    const older = await clinic.reception.billing.issue({ visitId: first.visitId });
    await clinic.reception.billing.pay({ invoiceId: older.id, tenders: [{ method: 'cash', amountSen: 2000 }] });

    // 8 December: she comes back; the new visit is paid by card, then credited in full and the money given back.
    await clinic.setNow('2026-12-08T02:00:00Z');
    const { visitId } = await clinic.reception.queue.checkIn({ patientId: first.patientId, roomId: clinic.rooms.one.id, chiefComplaint: 'cough', priority: 'normal' });
    await clinic.doctor.queue.callNext({ roomId: clinic.rooms.one.id });
    const note = await clinic.doctor.consultation.saveNote({ visitId, version: 0, note: { subjective: 'Cough', objective: '', assessment: 'Well', plan: 'Nothing' } });
    await clinic.doctor.consultation.finish({ visitId, version: note.version });
    const newer = await clinic.reception.billing.issue({ visitId });
    const { receiptNo } = await clinic.reception.billing.pay({ invoiceId: newer.id, tenders: [{ method: 'card', amountSen: 3500 }] });
    const credited = await clinic.admin.billing.issueCreditNote({ invoiceId: newer.id, lines: [{ invoiceLineId: newer.lines[0].id, quantity: 1 }], reason: 'Seen free as a follow-up', refund: { method: 'card', reference: 'RF 1' } });
    const creditNo = credited.creditNotes[0].number;

    const statement = await clinic.reception.billing.patientStatement({ patientId: first.patientId, from: '2026-12-08', to: '2026-12-08' });
    expect(statement.openingSen).toBe(1500);
    expect(statement.rows.map((row) => [row.kind, row.number, row.amountSen, row.balanceSen])).toEqual([
      ['invoice', newer.number, 3500, 5000],
      ['payment', receiptNo, -3500, 1500],
      ['credit-note', creditNo, -3500, -2000],
      ['refund', creditNo, 3500, 1500],
    ]);
    // The closing balance is the opening plus the rows, and what her invoices still owe.
    expect(statement.closingSen).toBe(statement.openingSen + statement.rows.reduce((sum, row) => sum + row.amountSen, 0));
    const stillOwed = (await clinic.reception.billing.invoice({ id: older.id })).balanceSen + (await clinic.reception.billing.invoice({ id: newer.id })).balanceSen;
    expect(statement.closingSen).toBe(stillOwed);
    expect(stillOwed).toBe(1500);

    const whole = await clinic.reception.billing.patientStatement({ patientId: first.patientId, from: '2026-12-01', to: '2026-12-31' });
    expect(whole.openingSen).toBe(0);
    expect(whole.rows).toHaveLength(6);
    expect(whole.closingSen).toBe(1500);
    // The panel's share is not on her statement: another patient's panel bill is not either.
    expect(whole.rows.every((row) => row.invoiceNumber === older.number || row.invoiceNumber === newer.number)).toBe(true);

    const { text } = await textOf((await clinic.reception.billing.patientStatementPdf({ patientId: first.patientId, from: '2026-12-08', to: '2026-12-08', paper: 'A4' })).pdfBase64);
    expect(text).toContain('PENYATA AKAUN / STATEMENT OF ACCOUNT');
    expect(text).toContain('Lee Mei Ling');
    expect(text).toMatch(/Baki dibawa \/ Brought forward 15\.00/);
    expect(text).toMatch(new RegExp(`${receiptNo} Bayaran / Payment · Kad / Card( ·)? -35\\.00 15\\.00`));
    expect(text).toMatch(/BAKI TERHUTANG \/ OWED RM 15\.00/);
    expect((await clinic.admin.audit.list({ action: 'invoice.printStatement', entityId: first.patientId })).length).toBe(1);
  });
});
