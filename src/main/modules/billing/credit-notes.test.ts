import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { pharmacyClinic } from '../../../../tests/support/pharmacy-clinic';
import { refusalOf } from '../../../../tests/support/test-hub';
import { WALK_IN_TIER } from '../../../shared/schemas/medicines';

// 10:00 in Kuala Lumpur: the standard consultation fee (RM 35) applies.
const NOW = new Date('2026-12-07T02:00:00Z');
const TODAY = '2026-12-07';

const clinic = clinicForTests(async () => {
  const pharmacy = await pharmacyClinic({ clock: () => NOW });
  const paracetamol = await pharmacy.medicine('PCM500');
  await pharmacy.receive(paracetamol.id, 'P-1', '2028-06-30', 500);
  // 13 sen a tablet: odd amounts, so cash given back needs rounding.
  const listed = (await pharmacy.admin.medicines.list({ includeRetired: false })).find((medicine) => medicine.id === paracetamol.id);
  if (!listed) throw new Error('PCM500 not listed');
  await pharmacy.admin.medicines.save({ ...listed, prices: [{ tier: WALK_IN_TIER, priceSen: 13 }] });
  /** RM 35 consultation + 15 paracetamol at 13 sen: RM 36.95. */
  const invoiced = async (fullName: string) => {
    const visit = await pharmacy.finishedVisit(fullName, [{ medicineId: paracetamol.id }]);
    const view = await pharmacy.pharmacist.dispensing.open({ visitId: visit.visitId });
    await pharmacy.pharmacist.dispensing.dispense({ visitId: visit.visitId, lines: view.lines.map((line) => ({ prescriptionLineId: line.prescriptionLineId, quantity: line.owed })) });
    return pharmacy.reception.billing.issue({ visitId: visit.visitId });
  };
  const lineOf = (invoice: { lines: { id: string; kind: string }[] }, kind: string) => {
    const found = invoice.lines.find((line) => line.kind === kind);
    if (!found) throw new Error(`no ${kind} line`);
    return found.id;
  };
  return { ...pharmacy, invoiced, lineOf };
});

describe('credit notes', () => {
  it('lowers what an unpaid invoice owes, never crediting more than was charged, with billing.adjust and a reason', async () => {
    const invoice = await clinic.invoiced('Tan Ah Kow');
    expect(invoice.totalSen).toBe(3695);
    const medicine = clinic.lineOf(invoice, 'medicine');
    const input = { invoiceId: invoice.id, lines: [{ invoiceLineId: medicine, quantity: 5 }], reason: 'Five tablets returned unopened' };
    expect(await refusalOf(clinic.reception.billing.issueCreditNote(input))).toBe('FORBIDDEN');
    expect(await clinic.admin.billing.previewCreditNote({ invoiceId: invoice.id, lines: input.lines })).toEqual({ amountSen: 65, taxSen: 0, totalSen: 65, refundSen: 0 });
    const credited = await clinic.admin.billing.issueCreditNote(input);
    expect(credited).toMatchObject({ status: 'issued', creditedSen: 65, balanceSen: 3695 - 65, totalSen: 3695 });
    expect(credited.creditNotes).toEqual([expect.objectContaining({ number: expect.stringMatching(/^CN-2026-\d{6}$/), totalSen: 65, reason: 'Five tablets returned unopened', refunds: [], issuedByName: 'Dr Aminah' })]);
    expect(credited.creditNotes[0].lines).toEqual([expect.objectContaining({ quantity: 5, amountSen: 65, description: expect.stringContaining('paracetamol') })]);
    expect(await refusalOf(clinic.admin.billing.issueCreditNote({ ...input, lines: [{ invoiceLineId: medicine, quantity: 11 }] }))).toBe('CREDIT_MORE_THAN_CHARGED');

    // The patient then pays what is left, to the sen as cash is rounded.
    const paid = await clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'cash', amountSen: 4000 }] });
    expect(paid.invoice).toMatchObject({ status: 'paid', balanceSen: 0 });
    expect(await clinic.admin.audit.list({ action: 'invoice.credit', entityId: invoice.id })).toHaveLength(1);
  });

  it('gives back from the drawer what was paid above what the invoice now asks, rounded to 5 sen, and the day report lists it', async () => {
    const invoice = await clinic.invoiced('Lee Mei Ling');
    await clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'cash', amountSen: 5000 }] });
    const drawerBefore = (await clinic.reception.till.mySession())?.expectedCashSen ?? 0;
    const oneTablet = { invoiceId: invoice.id, lines: [{ invoiceLineId: clinic.lineOf(invoice, 'medicine'), quantity: 1 }], reason: 'One tablet too many' };
    expect(await refusalOf(clinic.admin.billing.issueCreditNote(oneTablet))).toBe('REFUND_METHOD_NEEDED');
    expect((await clinic.reception.billing.invoice({ id: invoice.id })).creditNotes).toEqual([]);
    // 13 sen is owed back: cash goes back as 15 sen, the 2 sen recorded as rounding.
    expect(await clinic.admin.billing.previewCreditNote({ ...oneTablet, refund: { method: 'cash' } })).toMatchObject({ totalSen: 13, refundSen: 15 });
    // The manager has no till open: cash comes out of a drawer.
    expect(await refusalOf(clinic.admin.billing.issueCreditNote({ ...oneTablet, refund: { method: 'cash' } }))).toBe('TILL_NOT_OPEN');
    const byCard = await clinic.admin.billing.issueCreditNote({ ...oneTablet, refund: { method: 'card', reference: 'VOID 77' } });
    expect(byCard).toMatchObject({ status: 'paid', creditedSen: 13, refundedSen: 13, balanceSen: 0 });
    expect(byCard.creditNotes[0].refunds).toEqual([{ method: 'card', amountSen: 13, roundingSen: 0, reference: 'VOID 77' }]);

    await clinic.admin.till.openSession({ floatSen: 0 });
    const consultation = { invoiceId: invoice.id, lines: [{ invoiceLineId: clinic.lineOf(invoice, 'consultation'), quantity: 1 }], reason: 'Follow-up is free', refund: { method: 'cash' as const } };
    const cash = await clinic.admin.billing.issueCreditNote(consultation);
    expect(cash).toMatchObject({ status: 'paid', creditedSen: 13 + 3500, refundedSen: 13 + 3500, balanceSen: 0 });
    expect((await clinic.reception.till.mySession())?.expectedCashSen).toBe(drawerBefore);
    expect((await clinic.admin.till.mySession())?.expectedCashSen).toBe(-3500);

    const report = await clinic.admin.till.dayReport({ clinicDate: TODAY });
    expect(report.refunds).toEqual(expect.arrayContaining([{ method: 'cash', count: 1, amountSen: 3500 }, { method: 'card', count: 1, amountSen: 13 }]));
    expect(report.voids.filter((item) => item.kind === 'credit-note').map((item) => [item.amountSen, item.reason])).toEqual(
      expect.arrayContaining([
        [13, 'One tablet too many'],
        [3500, 'Follow-up is free'],
      ]),
    );
    expect(await refusalOf(clinic.admin.billing.issueCreditNote(consultation))).toBe('CREDIT_MORE_THAN_CHARGED');
    const receiptNo = cash.payments[0].receiptNo;
    expect(await refusalOf(clinic.admin.billing.voidPayment({ invoiceId: invoice.id, receiptNo, reason: 'Twice back' }))).toBe('PAYMENT_HAS_REFUNDS');
  });

  it('rounds cash given back to 5 sen and keeps the invoice settled to the sen', async () => {
    const invoice = await clinic.invoiced('Siti Aminah');
    await clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'cash', amountSen: 3695 }] });
    const after = await clinic.admin.billing.issueCreditNote({ invoiceId: invoice.id, lines: [{ invoiceLineId: clinic.lineOf(invoice, 'medicine'), quantity: 1 }], reason: 'One tablet too many', refund: { method: 'cash' } });
    expect(after.creditNotes[0].refunds).toEqual([{ method: 'cash', amountSen: 15, roundingSen: 2, reference: '' }]);
    expect(after).toMatchObject({ roundingSen: -2, balanceSen: 0, status: 'paid' });
  });
});
