import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import { feesKey } from './key';

// 23:30 in Kuala Lumpur: inside the starter after-hours window.
const NOW = new Date('2026-12-04T15:30:00Z');

const clinic = clinicForTests(async () => {
  const base = await clinicWithReceptionist({ clock: () => NOW });
  const drLim = (await userWithRoles(base.testHub, base.admin, 'dr.lim', ['doctor'])).user;
  return { ...base, drLim };
});

const SUTURE = { code: 'suture', name: 'Suturing (simple)', kind: 'procedure', priceSen: 6000, taxable: true, doctorId: null, fromTime: null, toTime: null, active: true } as const;

/** The consultation fee through the service, as billing asks for it. */
async function consultationCode(doctorId: string | null, at: Date): Promise<string | null> {
  const open = clinic.testHub.hub.open();
  if (!open) throw new Error('store not open');
  const fee = await open.work.run(null, (uow) => open.services.of(feesKey).fees.consultationFeeFor(uow, { doctorId, at }));
  return fee?.code ?? null;
}

describe('the fee schedule', () => {
  it('starts with the starter fees after set-up', async () => {
    const fees = await clinic.admin.fees.list({});
    expect(fees.map((fee) => [fee.code, fee.priceSen])).toEqual(
      expect.arrayContaining([['CONSULT', 3500], ['CONSULT-AH', 5000], ['INJ', 1000], ['DRESS', 2500], ['MEDCHK', 8000]]),
    );
    expect(fees.find((fee) => fee.code === 'CONSULT-AH')).toMatchObject({ kind: 'consultation', taxable: true, fromTime: '22:00', toTime: '08:00' });
  });

  it('keeps fees with unique codes, changed and retired but never lost, each change audited', async () => {
    const fee = await clinic.admin.fees.save(SUTURE);
    expect(fee.code).toBe('SUTURE');
    expect(await refusalOf(clinic.admin.fees.save({ ...SUTURE, name: 'Another' }))).toBe('FEE_CODE_TAKEN');
    const changed = await clinic.admin.fees.save({ ...fee, priceSen: 6500, active: false });
    expect(changed.priceSen).toBe(6500);
    expect((await clinic.admin.fees.list({})).map((f) => f.code)).not.toContain('SUTURE');
    expect((await clinic.admin.fees.list({ includeInactive: true })).find((f) => f.code === 'SUTURE')?.priceSen).toBe(6500);
    const [update] = await clinic.admin.audit.list({ actions: ['fee.update'], entityId: fee.id });
    expect(update).toMatchObject({ entity: 'fee', before: { priceSen: 6000, active: true }, after: { priceSen: 6500, active: false } });
  });

  it('refuses a window with one end, a doctor on anything but a consultation, and someone who is not a doctor', async () => {
    expect(await refusalOf(clinic.admin.fees.save({ ...SUTURE, code: 'NIGHT', fromTime: '22:00' }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.admin.fees.save({ ...SUTURE, code: 'LIMSUT', doctorId: clinic.drLim.id }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.admin.fees.save({ ...SUTURE, code: 'NOBODY', kind: 'consultation', doctorId: '0195f7a2-0000-7000-8000-000000000000' }))).toBe('NOT_FOUND');
    const farah = (await clinic.admin.users.list()).find((user) => user.username === 'farah');
    expect(await refusalOf(clinic.admin.fees.save({ ...SUTURE, code: 'FARAH', kind: 'consultation', doctorId: farah?.id ?? null }))).toBe('NOT_A_DOCTOR');
    expect((await clinic.admin.fees.list({ includeInactive: true })).map((f) => f.code)).not.toEqual(expect.arrayContaining(['NIGHT']));
  });

  it('may be read by the front desk, and changed only by a clinic manager', async () => {
    expect((await clinic.reception.fees.list({})).length).toBeGreaterThan(0);
    expect(await refusalOf(clinic.reception.fees.save({ ...SUTURE, code: 'DESK' }))).toBe('FORBIDDEN');
  });

  it('gives billing the consultation fee for a doctor at the clinic’s time of day', async () => {
    expect(await consultationCode(null, NOW)).toBe('CONSULT-AH');
    expect(await consultationCode(null, new Date('2026-12-04T02:00:00Z'))).toBe('CONSULT');
    await clinic.admin.fees.save({ ...SUTURE, code: 'CONSULT-LIM', name: 'Consultation (Dr Lim)', kind: 'consultation', doctorId: clinic.drLim.id });
    expect(await consultationCode(clinic.drLim.id, NOW)).toBe('CONSULT-LIM');
    expect(await consultationCode(null, NOW)).toBe('CONSULT-AH');
  });
});
