import { beforeAll, describe, expect, it } from 'vitest';
import { fewestNotes } from '../../../../tests/support/cash-count';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { decodeEscPos, textOf } from '../../../../tests/support/escpos-decoder';
import { readPdf, requirePoppler } from '../../../../tests/support/pdf-pages';
import { pharmacyClinic } from '../../../../tests/support/pharmacy-clinic';
import { holdsCut, tcpPrinterStub } from '../../../../tests/support/receipt-printer-stub';
import { refusalOf, unlockAfterClockMove } from '../../../../tests/support/test-hub';
import { DEFAULT_PRINTER_SETTINGS } from '../../../shared/schemas/printer';

// 10:00 in Kuala Lumpur on 7 December 2026; the clock moves on a day when the test says so.
let now = new Date('2026-12-07T02:00:00Z');
const TODAY = '2026-12-07';

const clinic = clinicForTests(async () => {
  const pharmacy = await pharmacyClinic({ clock: () => now, withoutTill: true });
  /** An invoice of the consultation fee alone (RM 35.00), for a finished visit with nothing dispensed. */
  const invoiced = async (fullName: string) => {
    const visit = await pharmacy.finishedVisit(fullName, []);
    return pharmacy.reception.billing.issue({ visitId: visit.visitId });
  };
  return { ...pharmacy, invoiced };
});

beforeAll(() => requirePoppler());

describe('a cashier’s till session', () => {
  it('takes money only in an open session, and counts the drawer against float + cash taken − cash given back', async () => {
    const first = await clinic.invoiced('Tan Ah Kow');
    expect(await refusalOf(clinic.reception.billing.pay({ invoiceId: first.id, tenders: [{ method: 'cash', amountSen: 5000 }] }))).toBe('TILL_NOT_OPEN');
    expect((await clinic.reception.billing.invoice({ id: first.id })).payments).toEqual([]);

    const opened = await clinic.reception.till.openSession({ floatSen: 10_000 });
    expect(opened).toMatchObject({ status: 'open', floatSen: 10_000, expectedCashSen: 10_000, clinicDate: TODAY });
    expect(await refusalOf(clinic.reception.till.openSession({ floatSen: 0 }))).toBe('TILL_SESSION_ALREADY_OPEN');

    await clinic.reception.billing.pay({ invoiceId: first.id, tenders: [{ method: 'cash', amountSen: 5000 }] });
    const second = await clinic.invoiced('Lee Mei Ling');
    await clinic.reception.billing.pay({ invoiceId: second.id, tenders: [{ method: 'card', amountSen: second.totalSen, reference: 'APPR 1' }] });
    const third = await clinic.invoiced('Siti Nurhaliza');
    const { receiptNo } = await clinic.reception.billing.pay({ invoiceId: third.id, tenders: [{ method: 'cash', amountSen: 3500 }] });
    // The manager voids it; the cash goes back out of Farah's drawer, where it went in.
    await clinic.admin.billing.voidPayment({ invoiceId: third.id, receiptNo, reason: 'Charged the wrong patient' });

    const mine = await clinic.reception.till.mySession();
    expect(mine).toMatchObject({ expectedCashSen: 10_000 + 3500 + 3500 - 3500, refundedCashSen: 3500 });
    expect(mine?.byMethod).toEqual([
      { method: 'cash', count: 2, amountSen: 7000 },
      { method: 'card', count: 1, amountSen: second.totalSen },
    ]);

    const short = fewestNotes(13_000);
    expect(await refusalOf(clinic.reception.till.closeSession({ sessionId: opened.id, count: short }))).toBe('TILL_VARIANCE_NEEDS_REASON');
    expect((await clinic.reception.till.mySession())?.status).toBe('open');
    const closed = await clinic.reception.till.closeSession({ sessionId: opened.id, count: short, varianceReason: 'RM 5 note given as change twice' });
    expect(closed).toMatchObject({ status: 'closed', expectedCashSen: 13_500, countedCashSen: 13_000, varianceSen: -500, varianceReason: 'RM 5 note given as change twice' });
    expect(closed.count?.every((entry) => entry.count > 0)).toBe(true);
    expect(await clinic.reception.till.mySession()).toBeNull();

    const fourth = await clinic.invoiced('Raj a/l Kumar');
    expect(await refusalOf(clinic.reception.billing.pay({ invoiceId: fourth.id, tenders: [{ method: 'card', amountSen: 100 }] }))).toBe('TILL_NOT_OPEN');
    expect(await refusalOf(clinic.reception.till.closeSession({ sessionId: opened.id, count: short, varianceReason: 'again' }))).toBe('TILL_SESSION_CLOSED');
  });

  it('refuses a count in notes that do not exist', async () => {
    const session = await clinic.reception.till.openSession({ floatSen: 0 });
    expect(await refusalOf(clinic.reception.till.closeSession({ sessionId: session.id, count: [{ denominationSen: 300, count: 1 }] }))).toBe('VALIDATION_FAILED');
    await clinic.reception.till.closeSession({ sessionId: session.id, count: [] });
  });
});

describe('closing the clinic day', () => {
  it('waits for every till and every open visit, then keeps a numbered Z report whose takings are the day’s payments, and locks the day', async () => {
    const session = await clinic.reception.till.openSession({ floatSen: 5000 });
    const discounted = await clinic.admin.billing.issue({ visitId: (await clinic.finishedVisit('Wong Kar Mun', [])).visitId, discount: { amountSen: 500, reason: 'Staff family' } });
    await clinic.reception.billing.pay({ invoiceId: discounted.id, tenders: [{ method: 'duitnow-qr', amountSen: 1000, reference: 'DN-1' }, { method: 'cash', amountSen: 2000 }] });
    const owing = await clinic.invoiced('Muthu a/l Rajan');
    await clinic.reception.billing.pay({ invoiceId: owing.id, tenders: [{ method: 'cash', amountSen: 1000 }] });
    const unbilled = await clinic.finishedVisit('Ahmad bin Ismail', []);
    const patient = await clinic.reception.patients.register({ fullName: 'Chong Wei', identityType: 'mykad', identityNo: '800808-14-5151', phones: [], address: '', postcode: '', allergies: [] });
    const waiting = await clinic.reception.queue.checkIn({ patientId: patient.id, roomId: clinic.rooms.one.id, chiefComplaint: 'cough', priority: 'normal' });

    expect(await refusalOf(clinic.admin.till.closeDay({ clinicDate: TODAY }))).toBe('DAY_HAS_OPEN_SESSION');
    const mine = await clinic.reception.till.mySession();
    await clinic.reception.till.closeSession({ sessionId: session.id, count: fewestNotes(mine?.expectedCashSen ?? 0) });

    const preview = await clinic.admin.till.dayReport({ clinicDate: TODAY });
    expect(preview.zNo).toBeNull();
    const stageOf = (visitId: string) => preview.openVisits.find((visit) => visit.visitId === visitId);
    expect(stageOf(waiting.visitId)).toMatchObject({ stage: 'in-queue', ticketOpen: true });
    expect(stageOf(unbilled.visitId)).toMatchObject({ stage: 'not-invoiced', ticketOpen: true });
    expect(stageOf(owing.visitId ?? '')).toMatchObject({ stage: 'owes', ticketOpen: true, balanceSen: owing.totalSen - 1000 });
    // Paid in full and gone from the queue: nothing left open.
    expect(stageOf(discounted.visitId ?? '')).toBeUndefined();
    // Every visit with a ticket still in a queue needs a decision: Ahmad's bill waits for tomorrow, the others end now.
    const decisions = preview.openVisits.filter((visit) => visit.ticketOpen).map((visit) => ({ visitId: visit.visitId, action: visit.visitId === unbilled.visitId ? ('carry' as const) : ('end' as const) }));
    expect(await refusalOf(clinic.admin.till.closeDay({ clinicDate: TODAY }))).toBe('DAY_HAS_OPEN_VISITS');
    expect(await refusalOf(clinic.admin.till.closeDay({ clinicDate: TODAY, openVisits: decisions.slice(1) }))).toBe('DAY_HAS_OPEN_VISITS');
    expect(await refusalOf(clinic.admin.till.closeDay({ clinicDate: '2026-12-08', openVisits: decisions }))).toBe('DAY_IN_FUTURE');
    expect(await refusalOf(clinic.reception.till.closeDay({ clinicDate: TODAY, openVisits: decisions }))).toBe('FORBIDDEN');

    const report = await clinic.admin.till.closeDay({ clinicDate: TODAY, openVisits: decisions });
    expect(report.zNo).toBe('Z-2026-0001');
    const invoices = await clinic.reception.billing.invoicesOfDay({ clinicDate: TODAY });
    const payments = invoices.flatMap((invoice) => invoice.payments);
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    expect(report.takenSen).toBe(sum(payments.map((payment) => payment.amountSen)));
    expect(report.refundedSen).toBe(sum(payments.filter((payment) => payment.status === 'void').map((payment) => payment.amountSen)));
    expect(sum(report.payments.map((total) => total.amountSen))).toBe(report.takenSen);
    expect(report.invoices.totalSen).toBe(sum(invoices.filter((invoice) => invoice.status !== 'void').map((invoice) => invoice.totalSen)));
    expect(report.owedSen).toBe(sum(invoices.map((invoice) => invoice.balanceSen)));
    expect(report.discounts).toEqual([{ invoiceNo: discounted.number, amountSen: 500, reason: 'Staff family' }]);
    expect(report.voids).toEqual([expect.objectContaining({ kind: 'payment', amountSen: 3500, reason: 'Charged the wrong patient', byName: 'Dr Aminah' })]);
    expect(report.sessions.map((item) => [item.status, item.varianceSen])).toEqual([
      ['closed', -500],
      ['closed', 0],
      ['closed', 0],
    ]);
    expect(report.openVisits.find((visit) => visit.visitId === waiting.visitId)).toMatchObject({ stage: 'in-queue', action: 'end' });
    expect(report.openVisits.find((visit) => visit.visitId === unbilled.visitId)).toMatchObject({ stage: 'not-invoiced', action: 'carry' });
    expect(report.openVisits.find((visit) => visit.visitId === owing.visitId)).toMatchObject({ stage: 'owes', action: 'end' });
    // The ended visits left their queues; the carried one still waits at the counter.
    const atCounter = (await clinic.reception.queue.list({ roomId: clinic.rooms.pay?.id ?? '' })).waiting.map((entry) => entry.ticketNo);
    expect((await clinic.reception.queue.list({ roomId: clinic.rooms.one.id })).waiting.map((entry) => entry.ticketNo)).not.toContain(waiting.ticketNo);
    expect(atCounter).not.toContain(stageOf(owing.visitId ?? '')?.ticketNo);
    expect(atCounter).toContain(stageOf(unbilled.visitId)?.ticketNo);

    // The day is locked: nothing on it changes, through the services or straight into the store.
    expect(await refusalOf(clinic.reception.billing.issue({ visitId: unbilled.visitId }))).toBe('DAY_CLOSED');
    expect(await refusalOf(clinic.admin.billing.voidInvoice({ invoiceId: owing.id, reason: 'Too late' }))).toBe('DAY_CLOSED');
    const cashReceipt = (await clinic.reception.billing.invoice({ id: owing.id })).payments[0].receiptNo;
    expect(await refusalOf(clinic.admin.billing.voidPayment({ invoiceId: owing.id, receiptNo: cashReceipt, reason: 'Too late' }))).toBe('DAY_CLOSED');
    expect(await refusalOf(clinic.reception.till.openSession({ floatSen: 0 }))).toBe('DAY_CLOSED');
    expect(await refusalOf(clinic.admin.till.closeDay({ clinicDate: TODAY }))).toBe('DAY_CLOSED');
    await expect(clinic.open.work.run(null, (uow) => uow.db.query(`UPDATE invoices SET status = 'void', void_reason = 'direct' WHERE id = ?`, [owing.id]))).rejects.toThrow(/DAY_CLOSED/);
    expect((await clinic.reception.billing.invoice({ id: owing.id })).status).toBe('part-paid');
    expect(await clinic.admin.till.dayReport({ clinicDate: TODAY })).toEqual(report);
    expect(await clinic.admin.till.closedDays()).toEqual([expect.objectContaining({ clinicDate: TODAY, zNo: 'Z-2026-0001', netSen: report.takenSen - report.refundedSen })]);

    // The next morning the till opens again; yesterday's carried visit is on the counter's list and invoiced on the new day, and the owed balance is paid on it.
    now = new Date('2026-12-08T01:00:00Z');
    await unlockAfterClockMove(clinic.admin, clinic.reception);
    await clinic.reception.till.openSession({ floatSen: 10_000 });
    expect((await clinic.reception.billing.worklist()).map((visit) => visit.visitId)).toEqual([unbilled.visitId]);
    const late = await clinic.reception.billing.issue({ visitId: unbilled.visitId });
    expect(late.clinicDate).toBe('2026-12-08');
    expect((await clinic.reception.billing.owedEarlier()).find((invoice) => invoice.id === owing.id)).toMatchObject({ balanceSen: owing.totalSen - 1000, daysOwed: 1, clinicDate: TODAY });
    const settled = await clinic.reception.billing.pay({ invoiceId: owing.id, tenders: [{ method: 'cash', amountSen: owing.totalSen - 1000 }] });
    expect(settled.invoice.status).toBe('paid');
    expect((await clinic.reception.billing.owedEarlier()).map((invoice) => invoice.id)).not.toContain(owing.id);
    // Today's own bill is at the counter, not among the earlier debts.
    expect((await clinic.reception.billing.owedEarlier()).map((invoice) => invoice.id)).not.toContain(late.id);
    expect((await clinic.admin.till.dayReport({ clinicDate: '2026-12-08' })).takenSen).toBe(owing.totalSen - 1000);
    expect((await clinic.admin.till.dayReport({ clinicDate: TODAY })).takenSen).toBe(report.takenSen);
  });

  it('prints the Z report on the receipt printer and as a PDF, a reprint marked as a copy', async () => {
    const stub = await tcpPrinterStub('ready');
    try {
      await clinic.admin.settings.printer.save({ ...DEFAULT_PRINTER_SETTINGS, connection: { kind: 'escpos-tcp', host: '127.0.0.1', port: stub.port } });
      expect(await clinic.admin.till.printDayReport({ clinicDate: TODAY })).toEqual({ zNo: 'Z-2026-0001', printNo: 1 });
      const [first] = decodeEscPos(await stub.waitFor((bytes) => holdsCut(bytes))).jobs;
      const text = textOf(first).join('\n');
      expect(text).toContain('Z REPORT Z-2026-0001');
      expect(text).toMatch(/DuitNow QR \(1\) +RM 10\.00/);
      expect(text).toContain('Charged the wrong patient');
      expect(text).not.toContain('COPY');
      expect(first.drawerPulses).toBe(0);
      await clinic.admin.till.printDayReport({ clinicDate: TODAY });
      const jobs = decodeEscPos(await stub.waitFor((bytes) => holdsCut(bytes, 2))).jobs;
      expect(textOf(jobs[1]).join('\n')).toContain('SALINAN / COPY 2');
    } finally {
      await clinic.admin.settings.printer.save(DEFAULT_PRINTER_SETTINGS);
      await stub.close();
    }
    const { fileName, pdfBase64 } = await clinic.admin.till.dayReportPdf({ clinicDate: TODAY });
    expect(fileName).toBe('Z-2026-0001.pdf');
    const pdfText = (await readPdf(Buffer.from(pdfBase64, 'base64'))).pages.join('\n').replace(/[ \t]+/g, ' ');
    expect(pdfText).toContain('Z REPORT Z-2026-0001');
    expect(pdfText).toContain('Staff family');
    // Long lines wrap on the 80 mm strip.
    expect(pdfText.replace(/\s+/g, ' ')).toContain('Chong Wei: Dalam giliran / In queue, ditamatkan / ended');
    // Today's is not closed: it prints as an unnumbered X report.
    const { fileName: preview } = await clinic.admin.till.dayReportPdf({ clinicDate: '2026-12-08' });
    expect(preview).toBe('x-report-2026-12-08.pdf');
  });
});
