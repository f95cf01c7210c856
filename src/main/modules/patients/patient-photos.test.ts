import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalOf } from '../../../../tests/support/test-hub';

const clinic = clinicForTests(() => clinicWithReceptionist());

/** The smallest valid PNG: one transparent pixel. */
const PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('patient photos', () => {
  it('stores, replaces and removes a photo, each change audited', async () => {
    const patient = await clinic.reception.patients.register({ fullName: 'Nguyen Thi Mai', identityType: 'passport', identityNo: 'C1234567', nationality: 'VNM' });
    expect(await clinic.reception.patients.photo({ id: patient.id })).toBeNull();
    await clinic.reception.patients.setPhoto({ patientId: patient.id, mime: 'image/png', dataBase64: PIXEL_PNG });
    expect(await clinic.reception.patients.photo({ id: patient.id })).toMatchObject({ mime: 'image/png', dataBase64: PIXEL_PNG });
    await clinic.reception.patients.setPhoto({ patientId: patient.id, mime: 'image/png', dataBase64: PIXEL_PNG });
    await clinic.reception.patients.removePhoto({ id: patient.id });
    expect(await clinic.reception.patients.photo({ id: patient.id })).toBeNull();
    const audit = await clinic.admin.audit.list({ entity: 'patient', entityId: patient.id });
    expect(audit.map((row) => row.action)).toEqual(expect.arrayContaining(['patient.photo.add', 'patient.photo.replace', 'patient.photo.remove']));
  });

  it('refuses what is not the picture it claims to be, and oversized uploads', async () => {
    const patient = await clinic.reception.patients.register({ fullName: 'Ali bin Abu', identityType: 'mykad', identityNo: '900909-01-5444' });
    const notAnImage = Buffer.from('%PDF-1.7 not a photo').toString('base64');
    expect(await refusalOf(clinic.reception.patients.setPhoto({ patientId: patient.id, mime: 'image/jpeg', dataBase64: notAnImage }))).toBe('PHOTO_INVALID');
    expect(await refusalOf(clinic.reception.patients.setPhoto({ patientId: patient.id, mime: 'image/jpeg', dataBase64: PIXEL_PNG }))).toBe('PHOTO_INVALID');
    const huge = Buffer.alloc(400_000, 0xff).toString('base64');
    expect(await refusalOf(clinic.reception.patients.setPhoto({ patientId: patient.id, mime: 'image/jpeg', dataBase64: huge }))).toBe('VALIDATION_FAILED');
    expect(await clinic.reception.patients.photo({ id: patient.id })).toBeNull();
  });
});
