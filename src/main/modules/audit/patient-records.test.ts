import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { appointmentClinic } from '../../../../tests/support/test-hub';
import { MEDICAL_CERTIFICATE, sampleMedicalCertificate } from '../../documents/medical-certificate.fixture';
import { documentsKey } from '../documents';

// Monday 23 November, 10:00 in Kuala Lumpur.
const clock = new Date('2026-11-23T02:00:00Z');

const clinic = clinicForTests(async () => {
  const c = await appointmentClinic({ clock: () => clock });
  const tan = await c.patient('Tan Ah Kow');
  const lim = await c.patient('Lim Mei');
  const booked = await c.book({ patientId: tan, date: '2026-11-24' });
  const open = c.testHub.hub.open();
  if (!open) throw new Error('store not open');
  const issued = await open.work.run(null, (uow) => open.services.of(documentsKey).documents.issue(uow, MEDICAL_CERTIFICATE, sampleMedicalCertificate(), { patientId: tan }));
  return { ...c, tan, lim, booked, issued };
});

describe("a patient's trail reaches the records other modules own", () => {
  it("holds the patient's appointment and issued document, each named as theirs", async () => {
    const trail = await clinic.admin.audit.list({ patientId: clinic.tan });
    const book = trail.find((entry) => entry.action === 'appointment.book');
    const issue = trail.find((entry) => entry.action === 'document.issue');
    expect(book?.entityId).toBe(clinic.booked.id);
    expect(issue?.entityId).toBe(clinic.issued.id);
    for (const entry of [book, issue]) expect(entry?.subject).toMatchObject({ kind: 'patient', patientId: clinic.tan, fullName: 'Tan Ah Kow' });
  });

  it("leaves them out of another patient's trail", async () => {
    const trail = await clinic.admin.audit.list({ patientId: clinic.lim });
    expect(trail.map((entry) => entry.action)).toEqual(['patient.register']);
  });

  it('names the patient of an appointment row in the unfiltered log too', async () => {
    const [book] = await clinic.admin.audit.list({ actions: ['appointment.book'] });
    expect(book.subject).toMatchObject({ kind: 'patient', patientId: clinic.tan });
  });
});
