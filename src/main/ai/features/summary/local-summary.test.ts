import { describe, expect, it } from 'vitest';
import type { HistorySummaryContent } from '../../../../shared/schemas/history-summary';
import { codeFamily, isChronicCode } from './chronic-rules';
import type { HistoryFacts, VisitFact } from './history-facts';
import { localHistorySummary } from './local-summary';

const TODAY = '2026-12-05';

const visit = (id: string, date: string, ...codes: [string, string][]): VisitFact => ({ id, date, complaint: '', diagnoses: codes.map(([code, description]) => ({ code, description })) });

const facts = (changes: Partial<HistoryFacts>): HistoryFacts => ({ patientId: 'p', today: TODAY, allergies: [], visits: [], prescriptions: [], bloodPressures: [], ...changes });

const HTN: [string, string] = ['I10', 'Essential (primary) hypertension'];
const URTI: [string, string] = ['J06.9', 'Acute upper respiratory infection, unspecified'];

/** Each statement as section, text and the ids it cites. */
const lines = (summary: HistorySummaryContent) => summary.statements.map((s) => [s.section, s.text, s.sources.map((source) => `${source.kind}:${source.id}`)]);

describe('the chronic rule', () => {
  it.each([
    ['I10', true],
    ['E11.9', true],
    ['e11.65', true],
    ['J45.0', true],
    ['N18.3', true],
    ['J06.9', false],
    ['A09', false],
    ['I21.9', false],
  ])('%s is chronic: %s', (code, chronic) => {
    expect(isChronicCode(code)).toBe(chronic);
  });

  it('takes the three-character category', () => {
    expect(codeFamily(' e11.65 ')).toBe('E11');
  });
});

describe('the local history summary', () => {
  it.each<[string, Partial<HistoryFacts>, ReturnType<typeof lines>]>([
    ['an empty record says nothing', {}, []],
    [
      'a chronic code is chronic on its first visit, with its visit cited',
      { visits: [visit('v1', '2025-01-10', HTN)] },
      [['chronic', 'Essential (primary) hypertension (I10): seen 2025-01-10', ['visit:v1']]],
    ],
    [
      'a chronic family is one condition whatever the sub-code, worded as at its latest visit',
      { visits: [visit('v1', '2026-01-10', ['E11.9', 'Type 2 diabetes mellitus without complications']), visit('v2', '2026-06-01', ['E11.65', 'Type 2 diabetes mellitus with hyperglycaemia'])] },
      [['chronic', 'Type 2 diabetes mellitus with hyperglycaemia (E11.65): 2 visits, 2026-01-10 to 2026-06-01', ['visit:v2', 'visit:v1']]],
    ],
    [
      'any diagnosis on two visits is recurring; a single one within 90 days is recent; older single ones are left out',
      {
        visits: [
          visit('v1', '2026-11-20', URTI),
          visit('v2', '2026-03-02', URTI),
          visit('v3', '2026-10-01', ['A09', 'Gastroenteritis']),
          visit('v4', '2026-08-01', ['S93.4', 'Ankle sprain']),
        ],
      },
      [
        ['chronic', 'Acute upper respiratory infection, unspecified (J06.9): recurring, 2 visits, 2026-03-02 to 2026-11-20', ['visit:v1', 'visit:v2']],
        ['recent', 'Gastroenteritis (A09): seen 2026-10-01', ['visit:v3']],
      ],
    ],
    [
      'allergies from the list, each citing it',
      { allergies: [{ allergen: 'Penicillin', reaction: 'rash', severity: 'severe' }, { allergen: 'Aspirin', reaction: '', severity: 'mild' }] },
      [
        ['allergies', 'Aspirin: mild', ['allergy:Aspirin']],
        ['allergies', 'Penicillin: rash, severe', ['allergy:Penicillin']],
      ],
    ],
    [
      'current medicines: a long course or a medicine prescribed again in the last six months; a short course or an old one is not',
      {
        prescriptions: [
          { id: 'rx1', visitId: 'v1', date: '2026-11-02', medicine: 'Amlodipine 5 mg tablet (Norvasc)', generic: 'amlodipine', dose: '1 tablet OD', durationDays: 30 },
          { id: 'rx2', visitId: 'v2', date: '2026-10-02', medicine: 'Metformin 500 mg tablet', generic: 'metformin', dose: '1 tablet BD', durationDays: 14 },
          { id: 'rx3', visitId: 'v3', date: '2026-11-02', medicine: 'Metformin 500 mg tablet', generic: 'Metformin', dose: '2 tablet BD', durationDays: 14 },
          { id: 'rx4', visitId: 'v3', date: '2026-11-02', medicine: 'Paracetamol 500 mg tablet', generic: 'paracetamol', dose: '2 tablet QID', durationDays: 3 },
          { id: 'rx5', visitId: 'v0', date: '2026-01-02', medicine: 'Atorvastatin 20 mg tablet', generic: 'atorvastatin', dose: '1 tablet ON', durationDays: 90 },
        ],
      },
      [
        ['medications', 'Amlodipine 5 mg tablet (Norvasc), 1 tablet OD: last prescribed 2026-11-02', ['prescription:rx1']],
        ['medications', 'Metformin 500 mg tablet, 2 tablet BD: last prescribed 2026-11-02 (prescribed 2 times)', ['prescription:rx3', 'prescription:rx2']],
      ],
    ],
    [
      'the blood pressure trend: how many readings were raised, the latest first cited',
      {
        bloodPressures: [
          { id: 'bp1', visitId: 'v1', date: '2026-06-01', systolic: 150, diastolic: 92 },
          { id: 'bp2', visitId: 'v2', date: '2026-09-01', systolic: 132, diastolic: 84 },
          { id: 'bp3', visitId: 'v3', date: '2026-11-02', systolic: 128, diastolic: 95 },
        ],
      },
      [['vitals', 'Blood pressure: 3 readings 2026-06-01 to 2026-11-02, latest 128/95; 2 of 3 at or above 140/90', ['vitals:bp3', 'vitals:bp2', 'vitals:bp1']]],
    ],
    ['one blood pressure is a reading, not a trend', { bloodPressures: [{ id: 'bp1', visitId: 'v1', date: '2026-06-01', systolic: 118, diastolic: 76 }] }, [['vitals', 'Blood pressure 118/76 on 2026-06-01', ['vitals:bp1']]]],
  ])('%s', (_name, changes, expected) => {
    expect(lines(localHistorySummary(facts(changes)))).toEqual(expected);
  });

  it('gives the same summary whatever order the record was read in', () => {
    const visits = [visit('v1', '2026-11-20', HTN, URTI), visit('v2', '2026-03-02', HTN), visit('v3', '2026-10-01', URTI), visit('v4', '2026-11-01', ['A09', 'Gastroenteritis'])];
    const once = localHistorySummary(facts({ visits }));
    expect(localHistorySummary(facts({ visits: [...visits].reverse() }))).toEqual(once);
    expect(once.statements.every((statement) => statement.sources.length > 0)).toBe(true);
    expect(once.statements.map((s) => s.section)).toEqual(['chronic', 'chronic', 'recent']);
  });
});
