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
