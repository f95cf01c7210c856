import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { pharmacyClinic } from '../../../../tests/support/pharmacy-clinic';
import { refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import { parseCsv } from '../../../shared/csv';

// 10:00 in Kuala Lumpur: the standard consultation fee (RM 35) applies.
const NOW = new Date('2026-12-07T02:00:00Z');
const TODAY = '2026-12-07';

const clinic = clinicForTests(async () => {
  const pharmacy = await pharmacyClinic({ clock: () => NOW });
  const tan = (await userWithRoles(pharmacy.testHub, pharmacy.admin, 'dr.tan', ['doctor'])).caller;
  const doctorId = async (username: string) => {
    const found = (await pharmacy.admin.users.list()).find((user) => user.username === username);
    if (!found) throw new Error(`no ${username}`);
    return found.id;
  };
  /** A visit Dr Tan sees and signs, with nothing dispensed. */
  const seenByTan = async (fullName: string, identityNo: string) => {
    const patient = await pharmacy.reception.patients.register({ fullName, identityType: 'mykad', identityNo, phones: [], address: '', postcode: '', allergies: [] });
    const { visitId } = await pharmacy.reception.queue.checkIn({ patientId: patient.id, roomId: pharmacy.rooms.one.id, chiefComplaint: 'cough', priority: 'normal' });
    await tan.queue.callNext({ roomId: pharmacy.rooms.one.id });
    const draft = await tan.consultation.saveNote({ visitId, version: 0, note: { subjective: 'Cough', objective: '', assessment: 'URTI', plan: 'Rest' } });
    await tan.consultation.finish({ visitId, version: draft.version });
    return visitId;
  };
  return { ...pharmacy, doctorId, seenByTan };
});

describe('doctors’ fees', () => {
  it('pays each doctor the fixed sum per visit and the shares of their own invoices, after discounts, leaving out voided ones', async () => {
    const lim = await clinic.doctorId('dr.lim');
    const dressing = (await clinic.admin.fees.list({ includeInactive: false })).find((fee) => fee.code === 'DRESS');
    if (!dressing) throw new Error('no DRESS fee');
    // Dr Lim: RM 35 + RM 25 dressing; then RM 35 with RM 5 off; then one invoiced and voided.
    await clinic.reception.billing.issue({ visitId: (await clinic.finishedVisit('Tan Ah Kow', [])).visitId, fees: [{ feeId: dressing.id, quantity: 1 }] });
    await clinic.admin.billing.issue({ visitId: (await clinic.finishedVisit('Lee Mei Ling', [])).visitId, discount: { amountSen: 500, reason: 'Staff family' } });
    const voided = await clinic.reception.billing.issue({ visitId: (await clinic.finishedVisit('Siti Aminah', [])).visitId });
    await clinic.admin.billing.voidInvoice({ invoiceId: voided.id, reason: 'Wrong patient' });
    // Dr Tan's visit is not Dr Lim's.
    await clinic.reception.billing.issue({ visitId: await clinic.seenByTan('Raj a/l Kumar', '800101-10-7001') });

    const before = await clinic.admin.doctorFees.rules();
    expect(before.map((rule) => [rule.doctorName, rule.fixedPerVisitSen, rule.updatedAt])).toEqual(expect.arrayContaining([[expect.any(String), 0, null]]));
    expect(await refusalOf(clinic.reception.doctorFees.rules())).toBe('FORBIDDEN');
    const shareBp = { consultation: 5000, procedure: 3000, lab: 0, package: 0, medicine: 1000, other: 0 };
    await clinic.admin.doctorFees.saveRule({ doctorId: lim, fixedPerVisitSen: 500, shareBp });

    const statement = await clinic.admin.doctorFees.statement({ doctorId: lim, from: TODAY, to: TODAY });
    expect(statement.visits).toBe(2);
    expect(statement.fixedSen).toBe(1000);
    // The RM 5 discount is spread over the lines by amount: all of it on the consultation of the second bill.
    expect(statement.byKind.map((row) => [row.kind, row.netSen, row.shareSen])).toEqual([
      ['consultation', 3500 + 3000, 3250],
      ['procedure', 2500, 750],
      ['medicine', 0, 0],
    ]);
    expect(statement.totalSen).toBe(1000 + 3250 + 750);
    expect(statement.invoices).toHaveLength(2);
    expect((await clinic.admin.doctorFees.statement({ doctorId: await clinic.doctorId('dr.tan'), from: TODAY, to: TODAY })).totalSen).toBe(0);
    expect((await clinic.admin.doctorFees.statement({ doctorId: lim, from: '2026-11-01', to: '2026-11-30' })).visits).toBe(0);

    const { csv, fileName } = await clinic.admin.doctorFees.statementCsv({ doctorId: lim, from: TODAY, to: TODAY });
    expect(fileName).toMatch(new RegExp(`^doctor-fees-[A-Za-z0-9-]+-${TODAY}-${TODAY}\\.csv$`));
    const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
    expect(rows.at(-1)).toEqual(['', 'Total', '', '50.00']);
    expect(await clinic.admin.audit.list({ action: 'doctorFee.create', entityId: lim })).toHaveLength(1);
  });

  it('refuses a rule for someone who is not a doctor, and a share above 100 %', async () => {
    const siti = await clinic.doctorId('siti');
    const shareBp = { consultation: 5000, procedure: 0, lab: 0, package: 0, medicine: 0, other: 0 };
    expect(await refusalOf(clinic.admin.doctorFees.saveRule({ doctorId: siti, fixedPerVisitSen: 0, shareBp }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.admin.doctorFees.saveRule({ doctorId: await clinic.doctorId('dr.lim'), fixedPerVisitSen: 0, shareBp: { ...shareBp, lab: 10_001 } }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.admin.doctorFees.statement({ doctorId: await clinic.doctorId('dr.lim'), from: TODAY, to: '2026-12-01' }))).toBe('VALIDATION_FAILED');
  });
});
