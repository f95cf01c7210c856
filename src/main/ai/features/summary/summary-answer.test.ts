import { describe, expect, it } from 'vitest';
import type { HistoryFacts } from './history-facts';
import { localHistorySummary } from './local-summary';
import { readSummaryAnswer } from './summary-answer';
import { listFacts } from './summary-facts-list';
import { summaryPrompt } from './summary-prompt';

const FACTS: HistoryFacts = {
  patientId: 'p',
  today: '2026-12-05',
  allergies: [{ allergen: 'Penicillin', reaction: 'rash', severity: 'severe' }],
  visits: [
    { id: 'v2', date: '2026-11-02', complaint: 'BP review', diagnoses: [{ code: 'I10', description: 'Essential (primary) hypertension' }] },
    { id: 'v1', date: '2026-06-01', complaint: 'headache', diagnoses: [{ code: 'I10', description: 'Essential (primary) hypertension' }] },
  ],
  prescriptions: [],
  bloodPressures: [],
};

const answer = (...statements: { section: string; text: string; sources: string[] }[]) => ({ statements });

describe('the facts a model is shown', () => {
  it('numbers every fact once, and shows the local draft citing them', () => {
    expect(listFacts(FACTS).map((fact) => `${fact.ref} ${fact.line}`)).toEqual([
      'F1 allergy: Penicillin, rash, severe',
      'F2 visit 2026-11-02: I10 Essential (primary) hypertension (complaint: BP review)',
      'F3 visit 2026-06-01: I10 Essential (primary) hypertension (complaint: headache)',
    ]);
    const prompt = summaryPrompt(FACTS, localHistorySummary(FACTS));
    expect(prompt).toContain('- [chronic] Essential (primary) hypertension (I10): 2 visits, 2026-06-01 to 2026-11-02 {F2, F3}');
    expect(prompt).toContain('- [allergies] Penicillin: rash, severe {F1}');
  });
});

describe('reading the model’s summary', () => {
  it('keeps its wording and turns its citations into the record’s own sources', () => {
    const read = readSummaryAnswer(answer({ section: 'chronic', text: 'Hypertension since June 2026.', sources: ['F3', 'f2', 'F3'] }, { section: 'allergies', text: 'Penicillin allergy (rash).', sources: ['F1'] }), FACTS);
    expect(read?.statements).toEqual([
      {
        section: 'chronic',
        text: 'Hypertension since June 2026.',
        sources: [
          { kind: 'visit', id: 'v1', date: '2026-06-01', visitId: 'v1' },
          { kind: 'visit', id: 'v2', date: '2026-11-02', visitId: 'v2' },
        ],
      },
      { section: 'allergies', text: 'Penicillin allergy (rash).', sources: [{ kind: 'allergy', id: 'Penicillin', date: null, visitId: null }] },
    ]);
  });

  it.each([
    ['a statement citing nothing', answer({ section: 'chronic', text: 'Hypertension.', sources: [] }, { section: 'allergies', text: 'Penicillin.', sources: ['F1'] })],
    ['a statement citing a fact not given', answer({ section: 'chronic', text: 'Diabetes.', sources: ['F9'] }, { section: 'allergies', text: 'Penicillin.', sources: ['F1'] })],
    ['a statement citing a record id instead of a reference', answer({ section: 'chronic', text: 'Hypertension.', sources: ['v1'] }, { section: 'allergies', text: 'Penicillin.', sources: ['F1'] })],
    ['an allergy on the record left out', answer({ section: 'chronic', text: 'Hypertension.', sources: ['F2'] })],
    ['a section that is not one of ours', answer({ section: 'social', text: 'Smoker.', sources: ['F2'] }, { section: 'allergies', text: 'Penicillin.', sources: ['F1'] })],
    ['no statements at all', answer()],
    ['not the shape asked for', { summary: 'Hypertension, penicillin allergy.' }],
  ])('refuses %s (the local summary is used)', (_name, given) => {
    expect(readSummaryAnswer(given, FACTS)).toBeNull();
  });
});
