import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { pharmacyClinic } from '../../../../tests/support/pharmacy-clinic';
import { readPdf, requirePoppler } from '../../../../tests/support/pdf-pages';
import { refusalOf } from '../../../../tests/support/test-hub';
import { money, roundForCash } from '../../../shared/money';
import { MONEY_METHODS } from '../../../shared/schemas/billing';

// 10:00 in Kuala Lumpur: the standard consultation fee's hours.
const NOW = new Date('2026-12-07T02:00:00Z');

const clinic = clinicForTests(async () => {
  const pharmacy = await pharmacyClinic({ clock: () => NOW });
  /** Another finished visit of a patient already registered: a consultation, RM 35.00, to invoice. */
  const revisit = async (patientId: string) => {
    const { visitId } = await pharmacy.reception.queue.checkIn({ patientId, roomId: pharmacy.rooms.one.id, chiefComplaint: 'review', priority: 'normal' });
    await pharmacy.doctor.queue.callNext({ roomId: pharmacy.rooms.one.id });
    const note = await pharmacy.doctor.consultation.saveNote({ visitId, version: 0, note: { subjective: 'Review', objective: '', assessment: 'Well', plan: 'Nothing' } });
    await pharmacy.doctor.consultation.finish({ visitId, version: note.version });
    return pharmacy.reception.billing.issue({ visitId });
  };
  return { ...pharmacy, revisit };
});

beforeAll(() => requirePoppler());

describe('deposits', () => {
  it('keeps money left at the counter on the patient’s account, pays a later bill from it, gives the rest back, and counts it in the drawer and the books', async () => {
    const visit = await clinic.finishedVisit('Ahmad bin Ali', []);
    const { patientId } = visit;
    const before = await clinic.reception.till.mySession();

    expect(await refusalOf(clinic.reception.billing.takeDeposit({ patientId, method: 'cash', amountSen: 5003 }))).toBe('DEPOSIT_CASH_ROUNDING');
    const { receiptNo, account } = await clinic.reception.billing.takeDeposit({ patientId, method: 'cash', amountSen: 5000 });
    expect(receiptNo).toMatch(/^RCP-2026-\d{6}$/);
    expect(account.balanceSen).toBe(5000);
    const receipt = (await readPdf(Buffer.from((await clinic.reception.billing.depositReceiptPdf({ receiptNo })).pdfBase64, 'base64'))).pages.join('\n').replace(/[ \t]+/g, ' ');
    expect(receipt).toContain('RESIT DEPOSIT / DEPOSIT RECEIPT');
    expect(receipt).toContain(receiptNo);
    expect(receipt).toContain('Ahmad bin Ali');
    expect(receipt).toContain('Tunai / Cash RM 50.00');

    // The bill is paid from the deposit: no more than it holds, no more than is owed.
    const invoice = await clinic.reception.billing.issue({ visitId: visit.visitId });
    expect(await refusalOf(clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'deposit', amountSen: 5000 }] }))).toBe('PAYMENT_MORE_THAN_DUE');
    const paid = await clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'deposit', amountSen: 3500 }] });
    expect(paid.invoice).toMatchObject({ status: 'paid', balanceSen: 0 });
    const second = await clinic.revisit(patientId);
    expect(await refusalOf(clinic.reception.billing.pay({ invoiceId: second.id, tenders: [{ method: 'deposit', amountSen: 2000 }] }))).toBe('DEPOSIT_NOT_ENOUGH');
    expect((await clinic.reception.billing.depositAccount({ patientId })).balanceSen).toBe(1500);

    // Giving back is an adjustment; never more than is left; cash from the giver's open till.
    expect(await refusalOf(clinic.reception.billing.refundDeposit({ patientId, method: 'cash', amountSen: 1500, reason: 'Moving away' }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.admin.billing.refundDeposit({ patientId, method: 'cash', amountSen: 1505, reason: 'Moving away' }))).toBe('DEPOSIT_NOT_ENOUGH');
    expect(await refusalOf(clinic.admin.billing.refundDeposit({ patientId, method: 'cash', amountSen: 1500, reason: 'Moving away' }))).toBe('TILL_NOT_OPEN');
    await clinic.admin.till.openSession({ floatSen: 2000 });
    const after = await clinic.admin.billing.refundDeposit({ patientId, method: 'cash', amountSen: 1500, reason: 'Moving away' });
    expect(after.balanceSen).toBe(0);
    expect(after.movements.map((movement) => [movement.kind, movement.amountSen])).toEqual([
      ['taken', 5000],
      ['applied', -3500],
      ['refunded', -1500],
    ]);

    // The drawers: RM 50.00 more in the receptionist's, RM 15.00 out of the admin's; paying from the deposit moved no cash.
    expect((await clinic.reception.till.mySession())?.expectedCashSen).toBe((before?.expectedCashSen ?? 0) + 5000);
    expect((await clinic.admin.till.mySession())?.expectedCashSen).toBe(2000 - 1500);
    const day = await clinic.admin.till.dayReport({ clinicDate: '2026-12-07' });
    expect(day.deposits).toMatchObject({ takenSen: 5000, refundedSen: 1500, appliedSen: 3500, taken: [{ method: 'cash', count: 1, amountSen: 5000 }] });
    expect(day.payments.some((total) => total.method === 'deposit')).toBe(false);

    // The books: the deposit was owed to him, then used and given back; nothing is owed now.
    const rows = (await clinic.admin.ledger.trialBalance({ from: '2026-12-07', to: '2026-12-07' })).rows;
    const balances = new Map(rows.map((row) => [row.code, row.debitSen - row.creditSen]));
    expect(balances.get('2200') ?? 0).toBe(0);
    expect(rows.reduce((sum, row) => sum + row.debitSen, 0)).toBe(rows.reduce((sum, row) => sum + row.creditSen, 0));
    expect((await clinic.admin.audit.list({ action: 'deposit.take' })).some((row) => (row.after as { receiptNo: string }).receiptNo === receiptNo)).toBe(true);

    // Her statement pays the first bill from the deposit; the deposit itself is printed beside the balance, not as a payment.
    await clinic.reception.billing.takeDeposit({ patientId, method: 'card', amountSen: 2000, reference: 'APPR 9' });
    const statement = await clinic.reception.billing.patientStatement({ patientId, from: '2026-12-07', to: '2026-12-07' });
    expect(statement.rows.map((row) => [row.kind, row.amountSen])).toEqual([
      ['invoice', 3500],
      ['payment', -3500],
      ['invoice', 3500],
    ]);
    const printed = (await readPdf(Buffer.from((await clinic.reception.billing.patientStatementPdf({ patientId, from: '2026-12-07', to: '2026-12-07', paper: 'A5' })).pdfBase64, 'base64'))).pages.join('\n').replace(/[ \t]+/g, ' ');
    expect(printed).toContain('Deposit / Deposit');
    expect(printed).toContain('Deposit held');
    expect(printed).toMatch(/Deposit dipegang \/ RM 20\.00/);
    expect(printed).toMatch(/BAKI TERHUTANG \/ OWED RM 35\.00/);

    // The store itself refuses to give back more than the deposit holds, whatever the code does.
    const direct = clinic.open.work.run(null, (uow) =>
      uow.db.query(`INSERT INTO deposit_movements (id, patient_id, kind, method, amount_sen, rounding_sen, reference, reason, clinic_date, at) VALUES ('x', ?, 'refunded', 'card', 2005, 0, '', 'test', '2026-12-07', '2026-12-07T02:00:00Z')`, [patientId]),
    );
    await expect(direct).rejects.toThrow(/DEPOSIT_NOT_ENOUGH/);
  });

  it('never lets a deposit go below zero, and the drawer always holds float + cash payments + cash deposits − cash given back', async () => {
    const visit = await clinic.finishedVisit('Siti binti Omar', []);
    const { patientId } = visit;
    let current = await clinic.reception.billing.issue({ visitId: visit.visitId });
    if (!(await clinic.admin.till.mySession())) await clinic.admin.till.openSession({ floatSen: 0 });
    const step = fc.oneof(
      fc.record({ kind: fc.constant('take' as const), method: fc.constantFrom(...MONEY_METHODS), fives: fc.integer({ min: 1, max: 2_000 }) }),
      fc.record({ kind: fc.constant('pay' as const), cashSen: fc.integer({ min: 0, max: 4_000 }), fromDepositSen: fc.integer({ min: 1, max: 4_000 }) }),
      fc.record({ kind: fc.constant('refund' as const), method: fc.constantFrom(...MONEY_METHODS), amountSen: fc.integer({ min: 1, max: 8_000 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        for (const action of steps) {
          const balanceBefore = (await clinic.reception.billing.depositAccount({ patientId })).balanceSen;
          const drawerBefore = (await clinic.admin.till.mySession())?.expectedCashSen ?? 0;
          let cashIn = 0;
          if (action.kind === 'take') {
            await clinic.admin.billing.takeDeposit({ patientId, method: action.method, amountSen: action.fives * 5 });
            if (action.method === 'cash') cashIn = action.fives * 5;
          } else if (action.kind === 'refund') {
            const refused = await refusalOf(clinic.admin.billing.refundDeposit({ patientId, method: action.method, amountSen: action.amountSen, reason: 'Given back' }));
            if (action.amountSen > balanceBefore) expect(refused).toBe('DEPOSIT_NOT_ENOUGH');
            else if (action.method === 'cash' && action.amountSen <= 2) expect(refused).toBe('DEPOSIT_CASH_ROUNDING');
            else {
              expect(refused).toBeNull();
              if (action.method === 'cash') cashIn = -roundForCash(money(action.amountSen, 'MYR')).collect.minor;
            }
          } else {
            current = await clinic.reception.billing.invoice({ id: current.id });
            if (current.balanceSen === 0) current = await clinic.revisit(patientId);
            const owed = current;
            const tenders = [{ method: 'deposit' as const, amountSen: Math.min(action.fromDepositSen, owed.balanceSen) }, ...(action.cashSen > 0 ? [{ method: 'cash' as const, amountSen: action.cashSen }] : [])];
            const refused = await refusalOf(clinic.admin.billing.pay({ invoiceId: owed.id, tenders }));
            // Cash beyond what the deposit left owing is refused first, as over-payment.
            if (tenders[0].amountSen > balanceBefore) expect(['DEPOSIT_NOT_ENOUGH', 'PAYMENT_MORE_THAN_DUE']).toContain(refused);
            else if (refused === null) {
              const invoice = await clinic.reception.billing.invoice({ id: owed.id });
              cashIn = invoice.payments.filter((payment) => payment.method === 'cash' && payment.status === 'taken').at(-1)?.amountSen ?? 0;
            }
          }
          const balanceAfter = (await clinic.reception.billing.depositAccount({ patientId })).balanceSen;
          expect(balanceAfter).toBeGreaterThanOrEqual(0);
          expect((await clinic.admin.till.mySession())?.expectedCashSen).toBe(drawerBefore + cashIn);
        }
      }),
      { numRuns: 12 },
    );
  });

  it('refuses deposits, their use and their refund once the day is closed', async () => {
    const patient = await clinic.reception.patients.register({ fullName: 'Wong Ah Lek', identityType: 'mykad', identityNo: '690303-10-5123', phones: [], address: '', postcode: '', allergies: [] });
    await clinic.reception.billing.takeDeposit({ patientId: patient.id, method: 'card', amountSen: 1000 });
    for (const user of [clinic.reception, clinic.admin]) {
      const session = await user.till.mySession();
      if (session) await user.till.closeSession({ sessionId: session.id, count: [], varianceReason: 'Counted at the end of the test' });
    }
    const report = await clinic.admin.till.dayReport({ clinicDate: '2026-12-07' });
    await clinic.admin.till.closeDay({ clinicDate: '2026-12-07', openVisits: report.openVisits.filter((visit) => visit.ticketOpen).map((visit) => ({ visitId: visit.visitId, action: 'end' as const })) });
    expect(await refusalOf(clinic.reception.billing.takeDeposit({ patientId: patient.id, method: 'cash', amountSen: 1000 }))).toBe('DAY_CLOSED');
    expect(await refusalOf(clinic.admin.billing.refundDeposit({ patientId: patient.id, method: 'card', amountSen: 1000, reason: 'Too late' }))).toBe('DAY_CLOSED');
    expect((await clinic.reception.billing.depositAccount({ patientId: patient.id })).balanceSen).toBe(1000);
  });
});

