import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { readPdf } from '../../../../tests/support/pdf-pages';
import { clinicWithReceptionist, refusalOf, registerWalkIn } from '../../../../tests/support/test-hub';
import { MEDICAL_CERTIFICATE, sampleMedicalCertificate } from '../../documents/medical-certificate.fixture';
import { documentsKey } from './key';

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist();
  const patientId = await registerWalkIn(reception, 'Tan Ah Kow');
  // Issued as the consultation module will: in a unit of work of its own, through the module's service.
  const open = testHub.hub.open();
  if (!open) throw new Error('store not open');
  const issued = await open.work.run(null, (uow) => open.services.of(documentsKey).documents.issue(uow, MEDICAL_CERTIFICATE, sampleMedicalCertificate(), { patientId }));
  return { testHub, admin, reception, patientId, issued };
});

describe('the documents API', () => {
  it('lists a patient’s documents and records who looked', async () => {
    const listed = await clinic.reception.documents.forPatient({ id: clinic.patientId });
    expect(listed.map((document) => document.serial)).toEqual([clinic.issued.serial]);
    const reads = await clinic.admin.audit.list({ action: 'patient.documents.read', entityId: clinic.patientId });
    expect(reads).toHaveLength(1);
  });

  it('reprints the issued page as a marked copy, counted and audited', async () => {
    const copy = await clinic.reception.documents.reprint({ id: clinic.issued.id });
    expect(copy.fileName).toBe(`${clinic.issued.serial}-copy-1.pdf`);
    expect((await readPdf(Buffer.from(copy.pdfBase64, 'base64'))).pages.join('\n')).toMatch(/SALINAN \/ COPY #1/);
    expect((await clinic.reception.documents.forPatient({ id: clinic.patientId }))[0].reprintCount).toBe(1);
    expect(await clinic.admin.audit.list({ action: 'document.reprint' })).toHaveLength(1);
  });

  it('verifies a serial by its printed code and tells nothing else; a wrong code is just unknown', async () => {
    const code = clinic.issued.document.stamp?.verificationCode ?? '';
    expect(await clinic.reception.documents.verify({ serial: clinic.issued.serial, code })).toEqual({
      status: 'valid',
      kind: 'medical-certificate',
      serial: clinic.issued.serial,
      issuedAt: expect.any(String) as string,
      cancelledAt: null,
      leave: null,
    });
    expect(await clinic.reception.documents.verify({ serial: clinic.issued.serial, code: 'AAAA-AAAA' })).toEqual({ status: 'unknown' });
    expect(await refusalOf(clinic.reception.documents.verify({ serial: '', code }))).toBe('VALIDATION_FAILED');
  });
});
