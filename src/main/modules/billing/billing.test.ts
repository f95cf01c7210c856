import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { pharmacyClinic } from '../../../../tests/support/pharmacy-clinic';
import { refusalOf } from '../../../../tests/support/test-hub';
import { WALK_IN_TIER } from '../../../shared/schemas/medicines';

// 10:00 in Kuala Lumpur: the standard consultation fee's hours.
const NOW = new Date('2026-12-07T02:00:00Z');

const clinic = clinicForTests(async () => {
  const pharmacy = await pharmacyClinic({ clock: () => NOW });
  const paracetamol = await pharmacy.medicine('PCM500');
  await pharmacy.receive(paracetamol.id, 'P-1', '2028-06-30', 500);
  // 15 sen a tablet at the counter.
  const listed = (await pharmacy.admin.medicines.list({ includeRetired: false })).find((medicine) => medicine.id === paracetamol.id);
  if (!listed) throw new Error('PCM500 not listed');
  await pharmacy.admin.medicines.save({ ...listed, prices: [{ tier: WALK_IN_TIER, priceSen: 15 }] });
  /** A finished visit whose 15 paracetamol tablets were handed over. */
  const dispensedVisit = async (fullName: string, passportNo?: string) => {
    const visit = await pharmacy.finishedVisit(fullName, [{ medicineId: paracetamol.id }], [], passportNo);
    const view = await pharmacy.pharmacist.dispensing.open({ visitId: visit.visitId });
    await pharmacy.pharmacist.dispensing.dispense({ visitId: visit.visitId, lines: view.lines.map((line) => ({ prescriptionLineId: line.prescriptionLineId, quantity: line.owed })) });
    return visit;
  };
  const fee = async (code: string) => {
    const found = (await pharmacy.admin.fees.list({ includeInactive: false })).find((candidate) => candidate.code === code);
    if (!found) throw new Error(`no starter fee ${code}`);
    return found;
  };
  return { ...pharmacy, paracetamol, dispensedVisit, fee };
});

describe('invoicing a visit', () => {
  it('charges the consultation fee and what was dispensed, and the patient pays cash rounded to 5 sen with change', async () => {
    const visit = await clinic.dispensedVisit('Tan Ah Kow');
    const preview = await clinic.reception.billing.preview({ visitId: visit.visitId });
    expect(preview.lines.map((line) => [line.kind, line.description, line.quantity])).toEqual([
      ['consultation', 'General consultation', 1],
      ['medicine', 'paracetamol 500 mg tablet (Panadol)', 15],
    ]);
    // A citizen pays no service tax even when the clinic is registered; none is set up here.
    expect(preview.tax).toBeNull();

    const dressing = await clinic.fee('DRESS');
    const invoice = await clinic.reception.billing.issue({ visitId: visit.visitId, fees: [{ feeId: dressing.id, quantity: 1 }] });
    expect(invoice.number).toMatch(/^INV-2026-\d{6}$/);
    expect(invoice.lines.map((line) => line.kind)).toEqual(['consultation', 'procedure', 'medicine']);
    expect(invoice.totalSen).toBe(invoice.lines.reduce((sum, line) => sum + line.amountSen, 0));
    expect(await refusalOf(clinic.reception.billing.issue({ visitId: visit.visitId }))).toBe('VISIT_ALREADY_INVOICED');

    const handed = Math.ceil(invoice.totalSen / 1000) * 1000 + 1000;
    const paid = await clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'cash', amountSen: handed }] });
    expect(paid.invoice.status).toBe('paid');
    expect(paid.invoice.balanceSen).toBe(0);
    expect(paid.receiptNo).toMatch(/^RCP-2026-\d{6}$/);
    const [payment] = paid.invoice.payments;
    expect(payment.amountSen % 5).toBe(0);
    expect(payment.amountSen - paid.invoice.roundingSen).toBe(invoice.totalSen);
    expect(paid.changeSen).toBe(handed - payment.amountSen);
    expect(await refusalOf(clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'card', amountSen: 100 }] }))).toBe('INVOICE_NOT_PAYABLE');
    // Paid in full, the patient leaves: the ticket is done at the counter, called there or not.
    expect((await clinic.reception.queue.list({ roomId: clinic.rooms.pay?.id ?? '' })).waiting.map((ticket) => ticket.ticketNo)).not.toContain(visit.ticketNo);
    expect(await clinic.admin.audit.list({ action: 'payment.take' })).toHaveLength(1);
  });

  it('charges service tax on services, not medicines, to a patient who is not a citizen once the clinic is registered', async () => {
    const profile = await clinic.admin.settings.profile.get();
    await clinic.admin.settings.profile.save({ ...profile, tax: { enabled: true, name: 'SST', rateBasisPoints: 600, registrationNo: 'W10-1808-32000123' } });
    try {
      const visit = await clinic.dispensedVisit('Budi Santoso', 'B1234567');
      const invoice = await clinic.reception.billing.issue({ visitId: visit.visitId });
      const [consultation, medicine] = invoice.lines;
      expect(consultation.taxSen).toBe(Math.round(consultation.amountSen * 0.06));
      expect(medicine.taxSen).toBe(0);
      expect(invoice.taxSen).toBe(consultation.taxSen);
      const citizen = await clinic.dispensedVisit('Siti Aminah');
      expect((await clinic.reception.billing.issue({ visitId: citizen.visitId })).taxSen).toBe(0);
    } finally {
      await clinic.admin.settings.profile.save(profile);
    }
  });

  it('takes a card and cash together, leaves a part owed, and refuses a card charge above the balance', async () => {
    const visit = await clinic.dispensedVisit('Lee Mei Ling');
    const invoice = await clinic.reception.billing.issue({ visitId: visit.visitId });
    expect(await refusalOf(clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'card', amountSen: invoice.totalSen + 1 }] }))).toBe('PAYMENT_MORE_THAN_DUE');
    const part = await clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'duitnow-qr', amountSen: 1000, reference: 'DN-889911' }, { method: 'cash', amountSen: 500 }] });
    expect(part.invoice).toMatchObject({ status: 'part-paid', paidSen: 1500, balanceSen: invoice.totalSen - 1500 });
    // One receipt for what was handed over together.
    expect(new Set(part.invoice.payments.map((payment) => payment.receiptNo)).size).toBe(1);
    const rest = await clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'card', amountSen: part.invoice.balanceSen, reference: 'APPR 0042' }] });
    expect(rest.invoice).toMatchObject({ status: 'paid', balanceSen: 0, roundingSen: 0 });
  });

  it('needs billing.adjust for a discount and a void, each with a reason; a voided visit can be invoiced again', async () => {
    const visit = await clinic.dispensedVisit('Rajeswari a/p Subramaniam');
    // Priced while the amount is typed, before its reason: the preview writes nothing.
    const previewed = await clinic.reception.billing.preview({ visitId: visit.visitId, discount: { amountSen: 500 } });
    expect(previewed.totalSen).toBe(previewed.subtotalSen - 500);
    expect(await refusalOf(clinic.reception.billing.issue({ visitId: visit.visitId, discount: { amountSen: 500, reason: 'Staff family' } }))).toBe('FORBIDDEN');
    const discounted = await clinic.admin.billing.issue({ visitId: visit.visitId, discount: { amountSen: 500, reason: 'Staff family' } });
    expect(discounted).toMatchObject({ discountSen: 500, discountReason: 'Staff family' });
    expect(discounted.totalSen).toBe(discounted.subtotalSen - 500);
    expect(await refusalOf(clinic.reception.billing.voidInvoice({ invoiceId: discounted.id, reason: 'Wrong patient' }))).toBe('FORBIDDEN');
    const voided = await clinic.admin.billing.voidInvoice({ invoiceId: discounted.id, reason: 'Discount given in error' });
    expect(voided).toMatchObject({ status: 'void', voidReason: 'Discount given in error', balanceSen: 0 });
    const again = await clinic.reception.billing.issue({ visitId: visit.visitId });
    expect(again.number).not.toBe(discounted.number);

    await clinic.reception.billing.pay({ invoiceId: again.id, tenders: [{ method: 'card', amountSen: 100 }] });
    expect(await refusalOf(clinic.admin.billing.voidInvoice({ invoiceId: again.id, reason: 'Changed mind' }))).toBe('INVOICE_HAS_PAYMENTS');
  });

  it('refuses two cash tenders in one payment, and writes nothing', async () => {
    const visit = await clinic.dispensedVisit('Muhammad Aiman');
    const invoice = await clinic.reception.billing.issue({ visitId: visit.visitId });
    expect(await refusalOf(clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'cash', amountSen: 100 }, { method: 'cash', amountSen: 100 }] }))).toBe('VALIDATION_FAILED');
    const after = await clinic.reception.billing.invoice({ id: invoice.id });
    expect(after).toMatchObject({ status: 'issued', paidSen: 0, payments: [] });
  });

  it('asks the counter to price an item dispensed without a price, and refuses to issue until it has one', async () => {
    const cetirizine = await clinic.medicine('CTZ10');
    await clinic.receive(cetirizine.id, 'C-1', '2028-06-30', 100);
    const visit = await clinic.finishedVisit('Wong Kar Mun', [{ medicineId: cetirizine.id, quantity: 10 }]);
    const view = await clinic.pharmacist.dispensing.open({ visitId: visit.visitId });
    await clinic.pharmacist.dispensing.dispense({ visitId: visit.visitId, lines: view.lines.map((line) => ({ prescriptionLineId: line.prescriptionLineId, quantity: line.owed })) });
    const preview = await clinic.reception.billing.preview({ visitId: visit.visitId });
    const unpriced = preview.lines.find((line) => line.priceMissing);
    expect(unpriced).toMatchObject({ kind: 'medicine', quantity: 10 });
    expect(await refusalOf(clinic.reception.billing.issue({ visitId: visit.visitId }))).toBe('INVOICE_PRICE_MISSING');
    const invoice = await clinic.reception.billing.issue({ visitId: visit.visitId, prices: [{ chargeLineId: unpriced?.chargeLineId ?? '', unitPriceSen: 40 }] });
    expect(invoice.lines.find((line) => line.kind === 'medicine')).toMatchObject({ quantity: 10, unitPriceSen: 40, amountSen: 400 });
  });

  it('voids what one receipt took, with billing.adjust and a reason, keeping the rows; the invoice owes it again', async () => {
    const visit = await clinic.dispensedVisit('Nurul Izzah');
    const invoice = await clinic.reception.billing.issue({ visitId: visit.visitId });
    const { receiptNo } = await clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'cash', amountSen: 10_000 }] });
    expect(await refusalOf(clinic.reception.billing.voidPayment({ invoiceId: invoice.id, receiptNo, reason: 'Paid by card instead' }))).toBe('FORBIDDEN');
    const after = await clinic.admin.billing.voidPayment({ invoiceId: invoice.id, receiptNo, reason: 'Paid by card instead' });
    expect(after).toMatchObject({ status: 'issued', paidSen: 0, roundingSen: 0, balanceSen: invoice.totalSen });
    expect(after.payments.map((payment) => payment.status)).toEqual(['void']);
    expect(await refusalOf(clinic.admin.billing.voidPayment({ invoiceId: invoice.id, receiptNo, reason: 'Twice' }))).toBe('RECEIPT_NOT_FOUND');
    expect(await refusalOf(clinic.reception.billing.receiptPdf({ invoiceId: invoice.id, receiptNo }))).toBe('RECEIPT_NOT_FOUND');
    const byCard = await clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'card', amountSen: invoice.totalSen, reference: 'APPR 7781' }] });
    expect(byCard.invoice).toMatchObject({ status: 'paid', balanceSen: 0 });
    expect(await clinic.admin.audit.list({ action: 'payment.void' })).toHaveLength(1);
  });
});
