import { beforeAll, describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { decodeEscPos, imageArt, inkBox, textOf } from '../../../../tests/support/escpos-decoder';
import { readPdf, requirePoppler } from '../../../../tests/support/pdf-pages';
import { pharmacyClinic } from '../../../../tests/support/pharmacy-clinic';
import { holdsCut, tcpPrinterStub } from '../../../../tests/support/receipt-printer-stub';
import { refusalOf } from '../../../../tests/support/test-hub';
import { DEFAULT_PRINTER_SETTINGS } from '../../../shared/schemas/printer';

// 10:00 in Kuala Lumpur: the standard consultation fee's hours.
const NOW = new Date('2026-12-07T02:00:00Z');

const clinic = clinicForTests(async () => {
  const pharmacy = await pharmacyClinic({ clock: () => NOW });
  /** An invoice of the consultation fee alone (RM 35.00), for a finished visit with nothing dispensed. */
  const invoiced = async (fullName: string) => {
    const visit = await pharmacy.finishedVisit(fullName, []);
    return pharmacy.reception.billing.issue({ visitId: visit.visitId });
  };
  return { ...pharmacy, invoiced };
});

beforeAll(() => requirePoppler());

describe('receipts', () => {
  it('prints on the network printer with the change, opens the drawer for cash, and marks a reprint as a copy', async () => {
    const invoice = await clinic.invoiced('Tan Ah Kow');
    const { receiptNo } = await clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'cash', amountSen: 5000 }] });
    expect(await refusalOf(clinic.reception.billing.printReceipt({ invoiceId: invoice.id, receiptNo }))).toBe('PRINTER_NOT_CONFIGURED');

    const stub = await tcpPrinterStub('ready');
    try {
      await clinic.admin.settings.printer.save({ ...DEFAULT_PRINTER_SETTINGS, connection: { kind: 'escpos-tcp', host: '127.0.0.1', port: stub.port } });
      expect(await clinic.reception.billing.printReceipt({ invoiceId: invoice.id, receiptNo })).toEqual({ receiptNo, printNo: 1 });
      const [first] = decodeEscPos(await stub.waitFor((bytes) => holdsCut(bytes))).jobs;
      const text = textOf(first).join('\n');
      expect(text).toContain('Klinik');
      expect(text).toContain(`RESIT / RECEIPT ${receiptNo}`);
      expect(text).toContain(invoice.number);
      expect(text).toMatch(/JUMLAH \/ TOTAL +RM 35\.00/);
      expect(text).toMatch(/Tunai \/ Cash +RM 50\.00/);
      expect(text).toMatch(/Baki \/ Change +RM 15\.00/);
      expect(text).not.toContain('COPY');
      expect(first.drawerPulses).toBe(1);

      await clinic.reception.billing.printReceipt({ invoiceId: invoice.id, receiptNo });
      const jobs = decodeEscPos(await stub.waitFor((bytes) => holdsCut(bytes, 2))).jobs;
      expect(textOf(jobs[1]).join('\n')).toContain('SALINAN / COPY 2');
      // The drawer opens once, for the money; a reprint does not open it again.
      expect(jobs[1].drawerPulses).toBe(0);
      const audited = await clinic.admin.audit.list({ action: 'receipt.print', entityId: receiptNo });
      // Newest first, as the audit log lists.
      expect(audited.map((row) => (row.after as { printNo: number }).printNo)).toEqual([2, 1]);
    } finally {
      await clinic.admin.settings.printer.save(DEFAULT_PRINTER_SETTINGS);
      await stub.close();
    }
  });

  it('prints the patient 陈伟明 and a Tamil clinic name as images, on 58 mm paper, the rest as text', async () => {
    const profile = await clinic.admin.settings.profile.get();
    const invoice = await clinic.invoiced('陈伟明');
    const { receiptNo } = await clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'cash', amountSen: 3500 }] });
    const stub = await tcpPrinterStub('ready');
    try {
      await clinic.admin.settings.profile.save({ ...profile, name: 'கிளினிக் ராஜா' });
      await clinic.admin.settings.printer.save({ ...DEFAULT_PRINTER_SETTINGS, paperWidthMm: 58, connection: { kind: 'escpos-tcp', host: '127.0.0.1', port: stub.port } });
      await clinic.reception.billing.printReceipt({ invoiceId: invoice.id, receiptNo });
      const [job] = decodeEscPos(await stub.waitFor((bytes) => holdsCut(bytes))).jobs;
      const text = textOf(job).join('\n');
      expect(text).toContain(`RESIT / RECEIPT ${receiptNo}`);
      expect(text).not.toContain('?');
      // The clinic's name in large print at the top, centred; the patient's after the date line, as the receipt lays them out.
      expect(job.images.map((image) => [image.height, image.align])).toEqual([
        [60, 'center'],
        [30, 'left'],
      ]);
      expect(job.images[0].afterLine).toBe(0);
      expect(job.lines[job.images[1].afterLine - 1].text).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      for (const image of job.images) {
        expect(image.width).toBeLessThanOrEqual(384);
        expect(inkBox(image), imageArt(image)).not.toBeNull();
      }
    } finally {
      await clinic.admin.settings.profile.save(profile);
      await clinic.admin.settings.printer.save(DEFAULT_PRINTER_SETTINGS);
      await stub.close();
    }
  });

  it('reads back from the PDF: a card payment, what is still owed, and no drawer', async () => {
    const invoice = await clinic.invoiced('Lee Mei Ling');
    const { receiptNo } = await clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'card', amountSen: 2000, reference: 'APPR 0042' }] });
    const { pdfBase64 } = await clinic.reception.billing.receiptPdf({ invoiceId: invoice.id, receiptNo });
    const text = (await readPdf(Buffer.from(pdfBase64, 'base64'))).pages.join('\n').replace(/[ \t]+/g, ' ');
    expect(text).toContain(`RESIT / RECEIPT ${receiptNo}`);
    expect(text).toContain('Lee Mei Ling');
    expect(text).toContain('Kad / Card APPR 0042 RM 20.00');
    expect(text).toContain('BELUM DIBAYAR / OWED RM 15.00');
  });
});
