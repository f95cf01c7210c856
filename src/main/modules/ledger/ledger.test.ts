import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { pharmacyClinic } from '../../../../tests/support/pharmacy-clinic';
import { refusalOf } from '../../../../tests/support/test-hub';
import type { TrialBalance } from '../../../shared/schemas/ledger';
import { WALK_IN_TIER } from '../../../shared/schemas/medicines';
import { AppError } from '../../errors/app-error';
import { ledgerKey } from './key';
import { ACCOUNTS } from './postings';

// 10:00 in Kuala Lumpur: the standard consultation fee's hours.
const NOW = new Date('2026-12-07T02:00:00Z');
const DAY = { from: '2026-12-07', to: '2026-12-07' };
const TABLET_COST_SEN = 10;

const clinic = clinicForTests(async () => {
  const pharmacy = await pharmacyClinic({ clock: () => NOW });
  const paracetamol = await pharmacy.medicine('PCM500');
  await pharmacy.receive(paracetamol.id, 'P-1', '2028-06-30', 500, TABLET_COST_SEN);
  const listed = (await pharmacy.admin.medicines.list({ includeRetired: false })).find((medicine) => medicine.id === paracetamol.id);
  if (!listed) throw new Error('PCM500 not listed');
  await pharmacy.admin.medicines.save({ ...listed, prices: [{ tier: WALK_IN_TIER, priceSen: 15 }] });
  /** A finished visit whose 15 paracetamol tablets were handed over. */
  const dispensedVisit = async (fullName: string, passportNo?: string) => {
    const visit = await pharmacy.finishedVisit(fullName, [{ medicineId: paracetamol.id, quantity: 15 }], [], passportNo);
    const view = await pharmacy.pharmacist.dispensing.open({ visitId: visit.visitId });
    await pharmacy.pharmacist.dispensing.dispense({ visitId: visit.visitId, lines: view.lines.map((line) => ({ prescriptionLineId: line.prescriptionLineId, quantity: line.owed })) });
    return visit;
  };
  const trialBalance = () => pharmacy.admin.ledger.trialBalance(DAY);
  return { ...pharmacy, paracetamol, dispensedVisit, trialBalance };
});

/** How much each account's balance moved between two trial balances of the day (debit positive). */
function moved(before: TrialBalance, after: TrialBalance): Record<string, number> {
  const was = new Map(before.rows.map((row) => [row.code, row.balanceSen]));
  const changes = after.rows.map((row): [string, number] => [row.code, row.balanceSen - (was.get(row.code) ?? 0)]);
  return Object.fromEntries(changes.filter(([, change]) => change !== 0));
}

function expectBalanced(balance: TrialBalance): void {
  expect(balance.totals.debitSen).toBe(balance.totals.creditSen);
  expect(balance.rows.reduce((sum, row) => sum + row.balanceSen, 0)).toBe(0);
}

describe('the ledger', () => {
  it('books a taxed, discounted visit paid by card and cash: nothing left receivable, cash as paid, tax as invoiced, sales as the lines, cost of the tablets', async () => {
    const profile = await clinic.admin.settings.profile.get();
    await clinic.admin.settings.profile.save({ ...profile, tax: { enabled: true, name: 'SST', rateBasisPoints: 600, registrationNo: 'W10-1808-32000123' } });
    try {
      const before = await clinic.trialBalance();
      const visit = await clinic.dispensedVisit('Budi Santoso', 'B1234567');
      const invoice = await clinic.admin.billing.issue({ visitId: visit.visitId, discount: { amountSen: 300, reason: 'Returning patient' } });
      expect(invoice.taxSen).toBeGreaterThan(0);
      const part = await clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'card', amountSen: 1000, reference: 'APPR 1' }] });
      const rest = await clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'cash', amountSen: part.invoice.balanceSen + 1000 }] });
      expect(rest.invoice.status).toBe('paid');
      const cash = rest.invoice.payments.find((payment) => payment.method === 'cash');
      const sales = (medicine: boolean) => invoice.lines.filter((line) => (line.kind === 'medicine') === medicine).reduce((sum, line) => sum + line.amountSen, 0);

      const after = await clinic.trialBalance();
      expectBalanced(after);
      expect(moved(before, after)).toEqual({
        [ACCOUNTS.cash]: cash?.amountSen,
        [ACCOUNTS.cardClearing]: 1000,
        [ACCOUNTS.inventory]: -15 * TABLET_COST_SEN,
        [ACCOUNTS.taxPayable]: -invoice.taxSen,
        [ACCOUNTS.fees]: -sales(false),
        [ACCOUNTS.medicineSales]: -15 * 15,
        [ACCOUNTS.discounts]: 300,
        [ACCOUNTS.costOfMedicines]: 15 * TABLET_COST_SEN,
        ...(rest.invoice.roundingSen !== 0 ? { [ACCOUNTS.cashRounding]: -rest.invoice.roundingSen } : {}),
      });
      expect(sales(true)).toBe(15 * 15);

      const { entries } = await clinic.admin.ledger.dayBook(DAY);
      const ours = entries.filter((entry) => entry.memo.includes(invoice.number));
      expect(ours.map((entry) => entry.sourceKind)).toEqual(['invoice', 'receipt', 'receipt']);
      expect(ours[0].lines.find((line) => line.accountCode === ACCOUNTS.patientReceivables)).toMatchObject({ accountName: 'Receivables – patients', debitSen: invoice.totalSen, creditSen: 0 });
    } finally {
      await clinic.admin.settings.profile.save(profile);
    }
  });

  it('reverses a voided invoice and a voided receipt with entries of their own, leaving the original entries as they were', async () => {
    const visit = await clinic.dispensedVisit('Nurul Izzah');
    const before = await clinic.trialBalance();
    const wrong = await clinic.reception.billing.issue({ visitId: visit.visitId });
    await clinic.admin.billing.voidInvoice({ invoiceId: wrong.id, reason: 'Wrong fees' });
    expect(moved(before, await clinic.trialBalance())).toEqual({});

    const invoice = await clinic.reception.billing.issue({ visitId: visit.visitId });
    const { receiptNo } = await clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'cash', amountSen: 10_000 }] });
    await clinic.admin.billing.voidPayment({ invoiceId: invoice.id, receiptNo, reason: 'Paid by card instead' });
    // The cash went back; the patient owes the invoice again.
    expect(moved(before, await clinic.trialBalance())).toEqual({ [ACCOUNTS.patientReceivables]: invoice.totalSen, [ACCOUNTS.fees]: -(invoice.totalSen - 15 * 15), [ACCOUNTS.medicineSales]: -15 * 15 });

    const { entries } = await clinic.admin.ledger.dayBook(DAY);
    const voided = entries.find((entry) => entry.sourceKind === 'invoice' && entry.sourceId === wrong.id);
    const reversal = entries.find((entry) => entry.sourceKind === 'invoice-void' && entry.sourceId === wrong.id);
    expect(reversal).toMatchObject({ reversesId: voided?.id, memo: wrong.number, totalSen: voided?.totalSen });
    expect(reversal?.lines.map((line) => [line.accountCode, line.creditSen, line.debitSen])).toEqual(voided?.lines.map((line) => [line.accountCode, line.debitSen, line.creditSen]));
    expect(entries.filter((entry) => entry.sourceId === receiptNo).map((entry) => entry.sourceKind)).toEqual(['receipt', 'receipt-void']);
    expectBalanced(await clinic.trialBalance());
  });

  it('books a credit note off sales and the receivable, and the refund out of the card clearing account', async () => {
    const visit = await clinic.dispensedVisit('Siti Aminah');
    const invoice = await clinic.reception.billing.issue({ visitId: visit.visitId });
    const before = await clinic.trialBalance();
    const paid = await clinic.reception.billing.pay({ invoiceId: invoice.id, tenders: [{ method: 'cash', amountSen: invoice.totalSen + 1000 }] });
    const medicine = invoice.lines.find((line) => line.kind === 'medicine');
    const credited = await clinic.admin.billing.issueCreditNote({ invoiceId: invoice.id, lines: [{ invoiceLineId: medicine?.id ?? '', quantity: 1 }], reason: 'One tablet too many', refund: { method: 'card', reference: 'VOID 12' } });
    const [refund] = credited.creditNotes[0].refunds;
    expect(refund).toMatchObject({ amountSen: 15, roundingSen: 0 });
    // 15 sen back to the card: the cash stays as collected, the sale is 15 sen less, nothing is receivable.
    expect(moved(before, await clinic.trialBalance())).toEqual({
      [ACCOUNTS.cash]: paid.invoice.paidSen,
      [ACCOUNTS.cardClearing]: -15,
      [ACCOUNTS.patientReceivables]: -invoice.totalSen,
      [ACCOUNTS.medicineSales]: 15,
      ...(paid.invoice.roundingSen !== 0 ? { [ACCOUNTS.cashRounding]: -paid.invoice.roundingSen } : {}),
    });
    const kinds = (await clinic.admin.ledger.dayBook(DAY)).entries.filter((entry) => entry.memo === credited.creditNotes[0].number).map((entry) => entry.sourceKind);
    expect(kinds).toEqual(['credit-note', 'refund']);
    expectBalanced(await clinic.trialBalance());
  });

  it('rolls the invoice back with its entry when the entry cannot be written: nothing half-written', async () => {
    const visit = await clinic.dispensedVisit('Wong Kar Mun');
    const before = await clinic.trialBalance();
    const audited = (await clinic.admin.audit.list({ action: 'invoice.issue' })).length;
    // The store refuses the ledger's lines on this connection, as a full disk or a broken chart would.
    await clinic.open.work.run(null, (uow) => uow.db.query(`CREATE TEMP TRIGGER refuse_ledger BEFORE INSERT ON ledger_lines BEGIN SELECT RAISE(ABORT, 'ledger refused'); END`));
    try {
      expect(await refusalOf(clinic.reception.billing.issue({ visitId: visit.visitId }))).not.toBeNull();
    } finally {
      await clinic.open.work.run(null, (uow) => uow.db.query(`DROP TRIGGER temp.refuse_ledger`));
    }
    expect((await clinic.reception.billing.preview({ visitId: visit.visitId })).invoiceId).toBeNull();
    expect(await clinic.admin.audit.list({ action: 'invoice.issue' })).toHaveLength(audited);
    expect(moved(before, await clinic.trialBalance())).toEqual({});
    // With the ledger writable again, the visit is invoiced and booked.
    const invoice = await clinic.reception.billing.issue({ visitId: visit.visitId });
    expect(moved(before, await clinic.trialBalance())[ACCOUNTS.patientReceivables]).toBe(invoice.totalSen);
  });

  it('refuses an unbalanced or empty entry, writing nothing, and the store refuses one written around the service', async () => {
    const { ledger } = clinic.open.services.of(ledgerKey);
    const codeOf = (work: Promise<unknown>) => work.then(() => null, (error: unknown) => (error instanceof AppError ? error.code : String(error)));
    const before = await clinic.trialBalance();
    const post = (lines: { accountCode: string; debitSen: number; creditSen: number }[]) => codeOf(clinic.open.work.run(null, (uow) => ledger.post(uow, { sourceKind: 'invoice', sourceId: 'x', memo: 'test', lines })));
    expect(await post([])).toBe('LEDGER_UNBALANCED');
    expect(await post([{ accountCode: ACCOUNTS.cash, debitSen: 100, creditSen: 0 }, { accountCode: ACCOUNTS.fees, debitSen: 0, creditSen: 99 }])).toBe('LEDGER_UNBALANCED');
    expect(await post([{ accountCode: ACCOUNTS.cash, debitSen: 100, creditSen: 100 }, { accountCode: ACCOUNTS.fees, debitSen: 0, creditSen: 0 }])).toBe('LEDGER_UNBALANCED');
    expect(moved(before, await clinic.trialBalance())).toEqual({});

    // Audited as a write would be, so what refuses is the store and not the runner's unaudited-write check.
    const sql = (...statements: string[]) =>
      codeOf(
        clinic.open.work.run(null, async (uow) => {
          for (const statement of statements) await uow.db.query(statement);
          await uow.audit({ action: 'invoice.issue', entity: 'invoice', entityId: null });
        }),
      );
    const linesOf = (entry: string, credit: number) => `INSERT INTO ledger_lines (id, entry_id, position, account_code, debit_sen, credit_sen) VALUES ('${entry}-1', '${entry}', 0, '1000', 100, 0), ('${entry}-2', '${entry}', 1, '4000', 0, ${credit})`;
    const header = (entry: string) => `INSERT INTO ledger_entries (id, clinic_date, posted_at, source_kind, source_id, memo, total_sen) VALUES ('${entry}', '2026-12-07', 'x', 'invoice', 'x', 'x', 100)`;
    expect(await sql(linesOf('e1', 90), header('e1'))).toMatch(/LEDGER_UNBALANCED/);
    expect(await sql(linesOf('e1', 100).replace(/, \('e1-2'.*$/, ''), header('e1'))).toMatch(/LEDGER_UNBALANCED/);
    // Lines without their entry do not survive the commit.
    expect(await sql(linesOf('e2', 100))).toMatch(/FOREIGN KEY/);
    expect(moved(before, await clinic.trialBalance())).toEqual({});
    const [entry] = (await clinic.admin.ledger.dayBook(DAY)).entries;
    expect(await sql(`UPDATE ledger_lines SET debit_sen = debit_sen + 1 WHERE entry_id = '${entry.id}'`)).toMatch(/never changed/);
    expect(await sql(`DELETE FROM ledger_entries WHERE id = '${entry.id}'`)).toMatch(/never changed/);
    expect(await sql(`INSERT INTO ledger_lines (id, entry_id, position, account_code, debit_sen, credit_sen) VALUES ('late', '${entry.id}', 99, '1000', 5, 0)`)).toMatch(/never changed/);
  });

  it('books goods received into inventory, owed to the supplier, at what was paid (bonus units free), and a return back out at its batch’s cost', async () => {
    const supplier = await clinic.admin.suppliers.save({ name: 'DKSH Malaysia', contactPerson: null, phone: null, email: null, address: null, paymentTermsDays: 30, leadTimeDays: 5, active: true });
    const before = await clinic.trialBalance();
    await clinic.admin.purchasing.receiveGoods({ orderId: null, supplierId: supplier.id, lines: [{ orderLineId: null, medicineId: clinic.paracetamol.id, batchNo: 'GRN-B1', expiryDate: '2028-12-31', quantity: 600, bonusQuantity: 50, unitCostSen: 4 }] });
    expect(moved(before, await clinic.trialBalance())).toEqual({ [ACCOUNTS.inventory]: 2400, [ACCOUNTS.supplierPayables]: -2400 });
    expect((await clinic.admin.ledger.dayBook(DAY)).entries.at(-1)).toMatchObject({ sourceKind: 'goods-received', memo: expect.stringMatching(/^GRN/) });

    // Thirty crushed tablets go back: out of inventory at the batch's cost, owed that much less.
    const batch = (await clinic.admin.stock.batches({ medicineId: clinic.paracetamol.id })).find((candidate) => candidate.batchNo === 'GRN-B1');
    await clinic.admin.purchasing.returnToSupplier({ medicineId: clinic.paracetamol.id, batchId: batch?.id ?? '', supplierId: supplier.id, quantity: 30, reason: 'Crushed blister packs' });
    expect(moved(before, await clinic.trialBalance())).toEqual({ [ACCOUNTS.inventory]: 2400 - 120, [ACCOUNTS.supplierPayables]: -2400 + 120 });
    expect((await clinic.admin.ledger.dayBook(DAY)).entries.at(-1)).toMatchObject({ sourceKind: 'supplier-return', memo: expect.stringMatching(/^RTN/) });

    // The inventory account's statement: nothing before the day, each line with the balance after it, ending where the trial balance does.
    const statement = await clinic.admin.ledger.accountStatement({ ...DAY, code: ACCOUNTS.inventory });
    expect(statement.openingSen).toBe(0);
    expect(statement.lines.slice(-2).map((entry) => [entry.sourceKind, entry.debitSen, entry.creditSen])).toEqual([['goods-received', 2400, 0], ['supplier-return', 0, 120]]);
    expect(statement.lines.at(-1)?.balanceSen).toBe(statement.closingSen);
    expect(statement.closingSen).toBe((await clinic.trialBalance()).rows.find((row) => row.code === ACCOUNTS.inventory)?.balanceSen);
    const nextDay = await clinic.admin.ledger.accountStatement({ from: '2026-12-08', to: '2026-12-08', code: ACCOUNTS.inventory });
    expect(nextDay).toMatchObject({ openingSen: statement.closingSen, lines: [], closingSen: statement.closingSen });
    expect(await refusalOf(clinic.admin.ledger.accountStatement({ ...DAY, code: '7777' }))).toBe('NOT_FOUND');
  });

  it('is read by those who look after the money: the front desk may not, and a range is checked', async () => {
    expect(await refusalOf(clinic.reception.ledger.trialBalance(DAY))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.reception.ledger.dayBook(DAY))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.reception.ledger.accountStatement({ ...DAY, code: ACCOUNTS.cash }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.admin.ledger.trialBalance({ from: '2026-12-08', to: '2026-12-07' }))).toBe('VALIDATION_FAILED');
    const chart = await clinic.admin.ledger.accounts();
    expect(chart.map((account) => account.code)).toEqual(expect.arrayContaining(Object.values(ACCOUNTS)));
    expect(chart.find((account) => account.code === ACCOUNTS.taxPayable)).toMatchObject({ name: 'Service tax payable', type: 'liability', active: true });
  });
});
