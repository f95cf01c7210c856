import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalOf } from '../../../../tests/support/test-hub';

const clinic = clinicForTests(() => clinicWithReceptionist());

const DKSH = { name: 'DKSH Malaysia', contactPerson: 'Encik Hafiz', phone: '03-7882 8888', email: 'orders@dksh.example', address: 'Shah Alam', paymentTermsDays: 30, leadTimeDays: 5, active: true };

describe('suppliers', () => {
  it('keeps suppliers with their phone in international form, names unique whatever the case', async () => {
    const supplier = await clinic.admin.suppliers.save(DKSH);
    expect(supplier.phone).toBe('+60 3 7882 8888');
    expect(await refusalOf(clinic.admin.suppliers.save({ ...DKSH, name: 'dksh malaysia' }))).toBe('SUPPLIER_NAME_TAKEN');
    const changed = await clinic.admin.suppliers.save({ ...supplier, leadTimeDays: 7 });
    expect(changed.leadTimeDays).toBe(7);
    expect((await clinic.admin.suppliers.list()).map((s) => s.name)).toContain('DKSH Malaysia');
  });

  it('refuses a phone that cannot be one and a negative lead time, saving nothing', async () => {
    expect(await refusalOf(clinic.admin.suppliers.save({ ...DKSH, name: 'Zuellig', phone: '12' }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.admin.suppliers.save({ ...DKSH, name: 'Zuellig', phone: '0000000' }))).toBe('PHONE_INVALID');
    expect(await refusalOf(clinic.admin.suppliers.save({ ...DKSH, name: 'Zuellig', leadTimeDays: -1 }))).toBe('VALIDATION_FAILED');
    expect((await clinic.admin.suppliers.list()).map((s) => s.name)).not.toContain('Zuellig');
  });

  it('is kept by those who manage stock; the front desk neither reads nor changes it', async () => {
    expect(await refusalOf(clinic.reception.suppliers.list())).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.reception.suppliers.save({ ...DKSH, name: 'Pharmaniaga' }))).toBe('FORBIDDEN');
  });
});
