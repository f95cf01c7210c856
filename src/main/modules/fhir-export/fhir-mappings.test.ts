import { describe, expect, it } from 'vitest';
import { fhirProblemsOf } from '../../../../tests/support/fhir-validator';
import type { LongTermMedication, Problem } from '../../../shared/schemas/chart';
import type { PrescriptionLine } from '../../../shared/schemas/prescriptions';
import type { VitalsRecording } from '../../../shared/schemas/vitals';
import { problemCondition } from './fhir-conditions';
import { longTermMedicationStatement, prescriptionRequest } from './fhir-medications';
import { vitalsObservations } from './fhir-observations';

const PATIENT = '01a24645-fd06-7582-b010-2f647bfa13e2';
const VISIT = '01a24645-fd14-72c7-8194-81bc290034bd';

const LINE: PrescriptionLine = {
  id: '01a24645-fd20-7000-8000-000000000001',
  visitId: VISIT,
  medicineId: '01a24645-fd20-7000-8000-000000000002',
  medicineLabel: 'Paracetamol 500 mg tablet',
  generic: 'paracetamol',
  doseValue: 2,
  doseUnit: 'tablet',
  frequency: 'QID',
  durationDays: 3,
  route: 'oral',
  timing: 'afterFood',
  quantity: 24,
  quantityUnit: 'tablet',
  instructions: '',
  dispensing: 'in-house',
  findings: [],
  overrideReason: null,
  status: 'active',
  cancelReason: null,
  prescribedByName: 'Dr Lim',
  createdAt: '2026-12-05T02:00:00.000Z',
};

const STAMPS = { version: 1, createdAt: '2026-12-05T02:00:00.000Z', createdByName: 'Dr Lim', updatedAt: '2026-12-05T02:00:00.000Z', updatedByName: 'Dr Lim', visitId: VISIT, patientId: PATIENT, mergedFromMrn: null };

const valid = (resource: unknown) => expect(fhirProblemsOf(resource)).toEqual([]);

describe('prescription lines as MedicationRequest', () => {
  it('writes QID for 3 days as four a day, bounded by the days, with the dose a count of tablets', () => {
    const request = prescriptionRequest(LINE, PATIENT, false);
    valid(request);
    expect(request.dosageInstruction).toEqual([
      expect.objectContaining({
        timing: { code: { text: 'QID' }, repeat: { boundsDuration: { value: 3, unit: 'd', system: 'http://unitsofmeasure.org', code: 'd' }, frequency: 4, period: 1, periodUnit: 'd' } },
        doseAndRate: [{ doseQuantity: { value: 2, unit: 'tablet' } }],
      }),
    ]);
  });

  it('marks PRN as needed, stat as one dose, weekly per week, and a milligram dose in UCUM', () => {
    const prn = prescriptionRequest({ ...LINE, frequency: 'PRN', durationDays: null }, PATIENT, false);
    const stat = prescriptionRequest({ ...LINE, frequency: 'stat', doseValue: 500, doseUnit: 'mg' }, PATIENT, false);
    const weekly = prescriptionRequest({ ...LINE, frequency: 'weekly', doseUnit: 'mcg' }, PATIENT, false);
    for (const request of [prn, stat, weekly]) valid(request);
    expect(prn.dosageInstruction).toEqual([expect.objectContaining({ asNeededBoolean: true, timing: { code: { text: 'PRN' } } })]);
    expect(stat.dosageInstruction).toEqual([expect.objectContaining({ timing: { code: { text: 'stat' }, repeat: { count: 1 } }, doseAndRate: [{ doseQuantity: { value: 500, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' } }] })]);
    expect(weekly.dosageInstruction).toEqual([expect.objectContaining({ timing: expect.objectContaining({ repeat: expect.objectContaining({ frequency: 1, periodUnit: 'wk' }) as unknown }) as unknown })]);
  });

  it('keeps a cancelled line cancelled with its reason, and an override as a note', () => {
    const request = prescriptionRequest({ ...LINE, status: 'cancelled', cancelReason: 'wrong patient', overrideReason: 'tolerated before' }, PATIENT, true);
    valid(request);
    expect(request).toMatchObject({ status: 'cancelled', statusReason: { text: 'wrong patient' }, note: [{ text: 'Safety warning overridden: tolerated before' }] });
  });
});

describe('chart entries', () => {
  const problem: Problem = { ...STAMPS, id: '01a24645-fd20-7000-8000-000000000003', condition: 'Asthma', icdCode: 'J45.909', onset: '2015', chronic: true, notes: '', status: 'active', closedOn: null, closedReason: '' };

  it('gives a problem entered in error no clinical status (FHIR con-5), a resolved one its abatement date', () => {
    const inError = problemCondition({ ...problem, status: 'entered_in_error', closedOn: '2026-12-05', closedReason: 'wrong patient' }, PATIENT);
    const resolved = problemCondition({ ...problem, status: 'resolved', closedOn: '2026-11-01' }, PATIENT);
    valid(inError);
    valid(resolved);
    expect(inError.clinicalStatus).toBeUndefined();
    expect(inError.verificationStatus).toEqual({ coding: [expect.objectContaining({ code: 'entered-in-error' })] });
    expect(resolved).toMatchObject({ clinicalStatus: { coding: [{ code: 'resolved' }] }, abatementDateTime: '2026-11-01', onsetDateTime: '2015' });
  });

  it('states a stopped long-term medicine as stopped, from its partial start date to the stop', () => {
    const medication: LongTermMedication = { ...STAMPS, id: '01a24645-fd20-7000-8000-000000000004', medicineName: 'Metformin 500 mg', medicineId: null, dose: '500 mg', frequency: 'BD', since: '2019-06', notes: '', status: 'stopped', stoppedOn: '2026-12-01', stopReason: 'eGFR low' };
    const statement = longTermMedicationStatement(medication, PATIENT);
    valid(statement);
    expect(statement).toMatchObject({ status: 'stopped', effectivePeriod: { start: '2019-06', end: '2026-12-01' }, dosage: [{ text: '500 mg BD' }] });
  });
});

describe('vitals as Observations', () => {
  const recording: VitalsRecording = {
    id: '01a24645-fd20-7000-8000-000000000005',
    visitId: VISIT,
    patientId: PATIENT,
    recordedAt: '2026-12-05T01:30:00.000Z',
    recordedBy: { id: '01a24645-fd20-7000-8000-000000000006', name: 'Siti' },
    measures: { systolic: null, diastolic: null, pulse: null, temperature: null, respiratoryRate: null, spo2: null, weight: 10.5, height: null, glucose: 8.1, pain: null, headCircumference: 46.2 },
    glucoseKind: 'random',
    bmi: null,
    bmiCategory: null,
    band: null,
    flags: [],
    replacesId: '01a24645-fd20-7000-8000-000000000007',
    correctionReason: 'typed in the wrong box',
  };

  it('writes only what was measured, a random glucose in mmol/L under its moles code, and a correction as amended', () => {
    const observations = vitalsObservations(recording, PATIENT);
    for (const observation of observations) valid(observation);
    expect(observations.map((observation) => [(observation.code as { coding: { code: string }[] }).coding[0]?.code, observation.valueQuantity, observation.status])).toEqual([
      ['29463-7', { value: 10.5, unit: 'kg', system: 'http://unitsofmeasure.org', code: 'kg' }, 'amended'],
      ['9843-4', { value: 46.2, unit: 'cm', system: 'http://unitsofmeasure.org', code: 'cm' }, 'amended'],
      ['15074-8', { value: 8.1, unit: 'mmol/L', system: 'http://unitsofmeasure.org', code: 'mmol/L' }, 'amended'],
    ]);
  });
});
