import { describe, expect, it } from 'vitest';
import { draftDatesReadable, draftFromHistory, historyFromDraft } from './history-draft';

describe('the history form', () => {
  it('sends what was typed: dates read day-first, numbers read, empty rows left out', () => {
    const draft = { ...draftFromHistory(null), smoking: 'current' as const, sticksPerDay: '10', occupation: 'Lorry driver' };
    draft.surgeries = [{ procedure: 'Appendicectomy', when: '03/2010', notes: '' }, { procedure: ' ', when: '', notes: '' }];
    expect(historyFromDraft(draft)).toMatchObject({
      surgeries: [{ procedure: 'Appendicectomy', when: '2010-03' }],
      social: { smoking: 'current', sticksPerDay: 10, packYears: null, alcohol: 'unknown', unitsPerWeek: null, occupation: 'Lorry driver' },
    });
  });

  it('drops a count that no longer applies, and knows an unreadable date', () => {
    const draft = { ...draftFromHistory(null), smoking: 'never' as const, sticksPerDay: '10', alcohol: 'none' as const, unitsPerWeek: '4' };
    expect(historyFromDraft(draft).social).toMatchObject({ sticksPerDay: null, unitsPerWeek: null });
    expect(draftDatesReadable({ ...draft, pastIllnesses: [{ condition: 'TB', when: 'long ago', notes: '' }] })).toBe(false);
  });
});
