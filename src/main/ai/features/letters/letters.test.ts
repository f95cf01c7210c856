import { describe, expect, it } from 'vitest';
import { Redactor } from '../../privacy/redactor';
import { SITI } from '../../privacy/sample-patients';
import { localMcRemarks, localQuarantine, localReferral, reviewDaysIn } from './local-letters';
import { additionsTo, addsNothing, namesADiagnosis } from './record-check';
import { mcRemarksFeature, quarantineSlipFeature, referralLetterFeature } from './letter-features';
import { recordText, vitalsText, type LetterRequest, type LetterVisitFacts } from './visit-facts';

const EMPTY: LetterVisitFacts = { complaint: '', note: { subjective: '', objective: '', assessment: '', plan: '' }, diagnoses: [], vitals: null, prescriptions: [], allergies: [] };

const CHEST_PAIN: LetterVisitFacts = {
  complaint: 'Chest pain on exertion 2 weeks',
  note: {
    subjective: 'Central chest tightness walking uphill, relieved by rest. Smoker 20 pack-years.',
    objective: 'Heart sounds dual, no murmur. ECG: ST depression V4-V6.',
    assessment: 'Likely stable angina.',
    plan: 'Refer cardiology for stress test. Review in 3 days.',
  },
  diagnoses: [
    { code: 'I10', description: 'Essential (primary) hypertension', primary: false },
    { code: 'I20.9', description: 'Angina pectoris, unspecified', primary: true },
  ],
  vitals: {
    measures: { systolic: 150, diastolic: 95, pulse: 88, temperature: 36.8, respiratoryRate: null, spo2: 98, weight: 72.5, height: null, glucose: 7.2, pain: null, headCircumference: null },
    glucoseKind: 'random',
    bmi: null,
    flags: [{ measure: 'systolic', level: 'high', range: { low: 90, high: 139 } }] as never,
  },
  prescriptions: [
    { medicineLabel: 'Amlodipine 5 mg tablet (Norvasc)', doseValue: 1, doseUnit: 'tablet', frequency: 'OD', durationDays: 30, route: 'oral', timing: 'any', status: 'active' },
    { medicineLabel: 'Aspirin 100 mg tablet', doseValue: 1, doseUnit: 'tablet', frequency: 'OD', durationDays: 30, route: 'oral', timing: 'afterFood', status: 'cancelled' },
  ] as never,
  allergies: [{ allergen: 'Penicillin', reaction: 'rash' }],
};

const request = (facts: LetterVisitFacts): LetterRequest => ({ patientId: 'p1', facts, medicineNames: ['amlodipine', 'Norvasc', 'aspirin', 'amoxicillin', 'metformin'] });

describe('the local letter engine', () => {
  it('drafts a referral from the record alone: the complaint, diagnoses (primary first), assessment and plan; history, examination and vitals; the active medicines', () => {
    const draft = localReferral(CHEST_PAIN);
    expect(draft.reason).toBe(
      'Presenting complaint: Chest pain on exertion 2 weeks\nDiagnosis: Angina pectoris, unspecified (I20.9); Essential (primary) hypertension (I10)\nAssessment: Likely stable angina.\nPlan: Refer cardiology for stress test. Review in 3 days.',
    );
    expect(draft.findings).toContain('Examination: Heart sounds dual, no murmur. ECG: ST depression V4-V6.');
    expect(draft.findings).toContain('Vital signs: BP 150/95 mmHg (high), pulse 88/min, temperature 36.8 °C, SpO2 98%, weight 72.50 kg, glucose 7.2 mmol/L (random)');
    expect(draft.currentMedications).toMatch(/^Amlodipine 5 mg tablet \(Norvasc\) — Take 1 tablet once a day/);
    expect(draft.currentMedications).not.toContain('Aspirin');
  });

  it('leaves empty what an empty record does not say, and asks no model about it', () => {
    expect(localReferral(EMPTY)).toEqual({ reason: '', findings: '', currentMedications: '' });
    expect(localMcRemarks(EMPTY)).toEqual({ remarks: '' });
    expect(localQuarantine(EMPTY).condition).toBe('');
    expect(referralLetterFeature.ask(request(EMPTY), localReferral(EMPTY))).toBeNull();
    expect(mcRemarksFeature.ask(request(EMPTY), localMcRemarks(EMPTY))).toBeNull();
    expect(vitalsText(null)).toBe('');
  });

  it.each([
    ['Review in 3 days', 3],
    ['TCA 1/52', 7],
    ['Ulang dalam 5 hari', 5],
    ['follow-up 2 weeks', 14],
    ['Paracetamol 1 g QID', null],
  ])('reads the review from the plan: %s → %s days', (plan, days) => {
    expect(reviewDaysIn(plan)).toBe(days);
  });

  it('words a quarantine slip from the diagnosis, pre-ticks a notifiable disease, and the instructions in Malay then English', () => {
    const dengue = { ...EMPTY, complaint: 'Demam 3 hari', diagnoses: [{ code: 'A90', description: 'Dengue fever [classical dengue]', primary: true }], note: { ...EMPTY.note, plan: 'FBC daily. TCA 1/7.' } };
    const draft = localQuarantine(dengue);
    expect(draft.condition).toBe('Dengue fever [classical dengue] (A90)');
    expect(draft.notifiable).toBe(true);
    expect(draft.instructions).toContain('Duduk di rumah, elakkan bersemuka dengan orang lain dan pakai pelitup muka. / Stay at home');
    expect(draft.instructions).toContain('Datang semula untuk pemeriksaan susulan dalam 1 hari. / Return for review in 1 day.');
    expect(localQuarantine({ ...EMPTY, complaint: 'Batuk dan selsema' })).toMatchObject({ condition: 'Batuk dan selsema', notifiable: false });
  });

  it.each([
    ['Bed rest. Review in 2 days.', 'Dinasihatkan berehat / Advised to rest. Pemeriksaan susulan dalam 2 hari / Review in 2 days'],
    ['Rehat di rumah, tugas ringan bila kembali bekerja', 'Dinasihatkan berehat / Advised to rest. Tugas ringan sahaja / Light duties only'],
    ['Light duties for one week', 'Tugas ringan sahaja / Light duties only'],
    ['Azithromycin 500 mg OD x 3/7 for pharyngitis', ''],
  ])('writes an MC remark from the plan’s advice, never its diagnosis: %s', (plan, remarks) => {
    expect(localMcRemarks({ ...EMPTY, note: { ...EMPTY.note, plan } }).remarks).toBe(remarks);
  });
});

describe('reading a model’s letter against the record', () => {
  const local = localReferral(CHEST_PAIN);
  const good = { reason: 'Exertional chest pain for 2 weeks; likely stable angina (I20.9), with hypertension (I10). Kindly arrange a stress test.', findings: local.findings, currentMedications: local.currentMedications };

  it('takes an answer that only rewords the record', () => {
    expect(referralLetterFeature.read(good, request(CHEST_PAIN), local)).toEqual(good);
  });

  it.each([
    ['a medicine not prescribed', { currentMedications: `${local.currentMedications}\nMetformin 500 mg BD` }],
    ['a diagnosis code not given', { reason: `${good.reason} Also E11.9.` }],
    ['a condition the record does not name', { reason: `${good.reason} Known diabetes.` }],
    ['a number not in the record', { findings: local.findings.replace('150/95', '160/100') }],
    ['an empty reason', { reason: ' ' }],
  ])('refuses an answer that adds %s', (_, change) => {
    expect(referralLetterFeature.read({ ...good, ...change }, request(CHEST_PAIN), local)).toBeNull();
  });

  it('finds each kind of addition and nothing in the record itself', () => {
    expect(additionsTo('Started amoxicillin for pneumonia (J18.9), 14 days', CHEST_PAIN, request(CHEST_PAIN).medicineNames)).toEqual({ medicines: ['amoxicillin'], conditions: ['pneumonia'], codes: ['J18.9'], numbers: ['18.9', '14'] });
    expect(addsNothing(additionsTo(recordText(CHEST_PAIN), CHEST_PAIN, request(CHEST_PAIN).medicineNames))).toBe(true);
  });

  it('keeps the quarantine slip’s notifiable box the local engine’s, and refuses MC remarks that name the illness', () => {
    const facts = { ...CHEST_PAIN, note: { ...CHEST_PAIN.note, plan: 'Rest. Review in 3 days.' } };
    const slip = localQuarantine(facts);
    expect(quarantineSlipFeature.read({ condition: 'Angina pectoris (I20.9)', instructions: slip.instructions }, request(facts), slip)).toEqual({ condition: 'Angina pectoris (I20.9)', instructions: slip.instructions, notifiable: false });
    const remarks = localMcRemarks(facts);
    expect(mcRemarksFeature.read({ remarks: 'Rehat dan ulang dalam 3 hari / Rest, and review in 3 days' }, request(facts), remarks)).toEqual({ remarks: 'Rehat dan ulang dalam 3 hari / Rest, and review in 3 days' });
    expect(mcRemarksFeature.read({ remarks: 'Rest for angina / Rehat' }, request(facts), remarks)).toBeNull();
    expect(namesADiagnosis('Review in 3 days', facts)).toBe(false);
  });

  it('takes an answer that keeps a phone of the patient’s, put back on this PC as the record writes it', () => {
    const facts = { ...CHEST_PAIN, note: { ...CHEST_PAIN.note, subjective: `${CHEST_PAIN.note.subjective} Husband to call 0139876543 with the result.` } };
    const local = localReferral(facts);
    // As the pipeline runs: the draft goes out redacted with the patient's identifiers, and the model's echo of it is re-identified here.
    const { text, book } = new Redactor(null).redact(JSON.stringify(local), [SITI]);
    expect(text).toContain('Husband to call [PHONE_1] with the result');
    const answer = JSON.parse(book.reidentify(text)) as typeof local;
    expect(answer.findings).toContain(`Husband to call ${SITI.emergencyContact?.phone} with the result`);
    expect(referralLetterFeature.read(answer, request(facts), local)).toEqual(answer);
  });
});
