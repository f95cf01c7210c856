import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { fhirProblemsOf } from '../../../../tests/support/fhir-validator';
import { clinicWithReceptionist, refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import type { FhirBundle, FhirResource } from '../../../shared/schemas/fhir';

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist();
  const room = (code: string, name: string, kind: 'consultation' | 'pharmacy' | 'payment', ticketPrefix: string) => admin.rooms.save({ code, name, kind, ticketPrefix, active: true });
  const rooms = { one: await room('1', 'Bilik 1', 'consultation', 'A'), pharmacy: await room('RX', 'Farmasi', 'pharmacy', 'F'), pay: await room('PAY', 'Bayaran', 'payment', 'C') };
  const lim = await userWithRoles(testHub, admin, 'dr.lim', ['doctor']);
  // An MC is signed with the doctor's MMC registration.
  await admin.users.update({ id: lim.user.id, displayName: 'Dr Lim Wei Ming', mmcNo: '54321', roles: ['doctor'] });
  const doctor = lim.caller;
  const nurse = (await userWithRoles(testHub, admin, 'nurse.siti', ['nurse'])).caller;
  return { testHub, admin, reception, doctor, nurse, rooms };
});

/** A patient seen today the way a clinic sees one: registered with an allergy, vitals, note, diagnoses, prescription, chart, MC. */
async function patientSeenToday() {
  const { reception, nurse, doctor, rooms } = clinic;
  const patient = await reception.patients.register({
    fullName: 'Tan Ah Kow',
    identityType: 'mykad',
    identityNo: '700101-10-5111',
    phones: ['+60 12-345 6789'],
    email: 'tan.ahkow@example.my',
    address: '12 Jalan Ampang, Kuala Lumpur',
    postcode: '50450',
    emergencyContact: { name: 'Tan Mei Ling', relationship: 'daughter', phone: '+60 13-222 3344' },
    allergies: [{ allergen: 'Penicillin', reaction: 'rash', severity: 'moderate' }],
  });
  const { visitId } = await reception.queue.checkIn({ patientId: patient.id, roomId: rooms.one.id, chiefComplaint: 'fever and sore throat', priority: 'normal' });
  await nurse.vitals.record({ visitId, systolic: 152, diastolic: 94, pulse: 88, temperature: 38.4, respiratoryRate: 18, spo2: 97, weight: 72, height: 170, glucose: 6.5, glucoseKind: 'fasting', pain: 3 });
  await doctor.queue.callNext({ roomId: rooms.one.id });
  const note = { subjective: 'Fever and sore throat 2 days.', objective: 'T 38.4. Throat injected.', assessment: 'Acute pharyngitis; BP high.', plan: 'Paracetamol. Review BP in 2 weeks.' };
  const drafted = await doctor.consultation.saveNote({ visitId, version: 0, note });
  const diagnosed = await doctor.consultation.saveDiagnoses({ visitId, version: drafted.version, diagnoses: [{ code: 'J02.9', primary: true }, { code: 'I10', primary: false }] });
  const [paracetamol] = await doctor.medicines.search({ query: 'PCM500' });
  if (!paracetamol) throw new Error('no starter paracetamol');
  await doctor.prescriptions.addLine({ visitId, line: { medicineId: paracetamol.id, doseValue: 1, doseUnit: 'g', frequency: 'QID', durationDays: 3, route: 'oral', timing: 'afterFood', dispensing: 'in-house' } });
  await doctor.chart.saveProblem({ patientId: patient.id, condition: 'Hypertension', icdCode: 'I10', onset: '2015', chronic: true, visitId });
  await doctor.chart.saveMedication({ patientId: patient.id, medicineName: 'Amlodipine 5 mg', dose: '5 mg', frequency: 'OD', since: '2016-03', visitId });
  const mc = await doctor.visitDocuments.issueMedicalCertificate({ visitId, days: 1, from: patientDay(), to: patientDay(), diagnosis: 'Acute pharyngitis', showDiagnosis: false });
  await doctor.consultation.finish({ visitId, version: diagnosed.version });
  return { patientId: patient.id, mrn: patient.mrn, visitId, mcSerial: mc.serial };
}

/** Today in the clinic's time zone (Kuala Lumpur, UTC+8), as the MC's dates need it. */
function patientDay(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

const ofType = (bundle: FhirBundle, type: string): FhirResource[] => bundle.entry.map((entry) => entry.resource).filter((resource) => resource.resourceType === type);
const loincOf = (observation: FhirResource): string[] => ((observation.code as { coding: { code: string }[] }).coding ?? []).map((coding) => coding.code);

describe('fhirExport.patient', () => {
  it('exports the whole record as a FHIR R4 bundle that an independent validator accepts, resource by resource', async () => {
    const seen = await patientSeenToday();
    const bundle = await clinic.doctor.fhirExport.patient({ patientId: seen.patientId });

    expect(fhirProblemsOf(bundle)).toEqual([]);
    for (const { resource } of bundle.entry) expect({ resource: `${resource.resourceType}/${resource.id}`, problems: fhirProblemsOf(resource) }).toEqual({ resource: `${resource.resourceType}/${resource.id}`, problems: [] });

    const [patient] = ofType(bundle, 'Patient');
    expect(patient).toMatchObject({ gender: 'male', birthDate: '1970-01-01', name: [{ text: 'Tan Ah Kow' }] });
    expect(patient?.identifier).toEqual(expect.arrayContaining([expect.objectContaining({ system: 'urn:clinicdesk:mrn', value: seen.mrn }), expect.objectContaining({ system: 'urn:clinicdesk:id:my-mykad', value: '700101-10-5111' })]));
    // The doctor finished, but the visit goes on at the dispensary: the encounter is still in progress.
    expect(ofType(bundle, 'Encounter')).toEqual([expect.objectContaining({ id: seen.visitId, status: 'in-progress', participant: [{ individual: { display: 'Dr Lim Wei Ming' } }], class: expect.objectContaining({ code: 'AMB' }) as unknown, reasonCode: [{ text: 'fever and sore throat' }] })]);
    expect(ofType(bundle, 'Observation').flatMap(loincOf).sort()).toEqual(['14771-0', '2708-6', '29463-7', '39156-5', '59408-5', '72514-3', '8302-2', '8310-5', '85354-9', '8867-4', '9279-1'].sort());
    const bloodPressure = ofType(bundle, 'Observation').find((observation) => loincOf(observation).includes('85354-9'));
    expect(bloodPressure?.component).toEqual([
      expect.objectContaining({ valueQuantity: { value: 152, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' } }),
      expect.objectContaining({ valueQuantity: { value: 94, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' } }),
    ]);
    const conditionCodes = ofType(bundle, 'Condition').map((condition) => (condition.code as { coding?: { system: string; code: string }[] }).coding?.[0]);
    expect(conditionCodes).toEqual(expect.arrayContaining([{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'J02.9', display: expect.any(String) as unknown }]));
    expect(ofType(bundle, 'Condition')).toHaveLength(3); // two diagnoses of the visit, one problem on the chart
    expect(ofType(bundle, 'AllergyIntolerance')).toEqual([expect.objectContaining({ code: { text: 'Penicillin' }, reaction: [{ manifestation: [{ text: 'rash' }], severity: 'moderate' }] })]);
    expect(ofType(bundle, 'MedicationRequest')).toEqual([expect.objectContaining({ status: 'active', intent: 'order', encounter: { reference: `urn:uuid:${seen.visitId}` } })]);
    expect(ofType(bundle, 'MedicationStatement')).toEqual([expect.objectContaining({ status: 'active', medicationCodeableConcept: { text: 'Amlodipine 5 mg' } })]);
    expect(ofType(bundle, 'DocumentReference')).toEqual([expect.objectContaining({ status: 'current', masterIdentifier: { system: 'urn:clinicdesk:document-serial', value: seen.mcSerial } })]);

    // Every reference points at a resource in the bundle, by its urn:uuid fullUrl.
    const fullUrls = new Set(bundle.entry.map((entry) => entry.fullUrl));
    const references = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? [];
    expect(references.length).toBeGreaterThan(10);
    for (const reference of references) expect(fullUrls.has(reference.slice('"reference":"'.length, -1))).toBe(true);
  });

  it('states "no known allergies" when that was recorded, and is refused to reception', async () => {
    const patient = await clinic.reception.patients.register({ fullName: 'Nguyen Thi Mai', identityType: 'passport', identityNo: 'C1234567', nationality: 'VNM', phones: [], address: '', postcode: '', allergies: [], noKnownAllergies: true });
    const bundle = await clinic.doctor.fhirExport.patient({ patientId: patient.id });
    const [statement] = ofType(bundle, 'AllergyIntolerance');
    expect(statement?.code).toMatchObject({ coding: [{ system: 'http://snomed.info/sct', code: '716186003' }] });
    for (const { resource } of bundle.entry) expect(fhirProblemsOf(resource)).toEqual([]);
    expect(await refusalOf(clinic.reception.fhirExport.patient({ patientId: patient.id }))).toBe('FORBIDDEN');
  });

  it('is audited as a read of the chart and as an export of its own', async () => {
    const patient = await clinic.reception.patients.register({ fullName: 'Raj Kumar', identityType: 'mykad', identityNo: '800202-14-5123', phones: [], address: '', postcode: '', allergies: [] });
    const bundle = await clinic.doctor.fhirExport.patient({ patientId: patient.id });
    expect(await clinic.admin.audit.list({ action: 'patient.chart.read', entityId: patient.id })).toHaveLength(1);
    const exports = await clinic.admin.audit.list({ action: 'patient.export', entityId: patient.id });
    expect(exports).toEqual([expect.objectContaining({ after: { format: 'FHIR R4', resources: bundle.entry.length } })]);
  });
});

describe('the FHIR validator the export is checked by', () => {
  it('refuses a hand-made invalid resource, so the checks above can fail', () => {
    expect(fhirProblemsOf({ resourceType: 'Patient', id: 'x', gender: 'male', birthDate: '01/01/1970' })).not.toEqual([]);
    expect(fhirProblemsOf({ resourceType: 'Observation', id: 'y', status: 'final', code: { text: 'pulse' }, valueQuantity: { value: 'eighty' } })).not.toEqual([]);
    expect(fhirProblemsOf({ resourceType: 'Condition', id: 'z', subject: { reference: 'urn:uuid:1' }, code: { text: 'x' }, clinicalStatus: { coding: [{ code: 'active' }] }, bogus: true })).not.toEqual([]);
  });
});
