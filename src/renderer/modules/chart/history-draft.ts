import { type ALCOHOL, type SMOKING, type HistoryFieldsInput, type MedicalHistory } from '../../../shared/schemas/chart';
import { readPartialDate, typedPartialDate } from './partial-date';

export type Smoking = (typeof SMOKING)[number];
export type Alcohol = (typeof ALCOHOL)[number];

/** The history form as typed: dates and numbers as the text in their fields. */
export interface HistoryDraft {
  pastIllnesses: { condition: string; when: string; notes: string }[];
  surgeries: { procedure: string; when: string; notes: string }[];
  familyHistory: { condition: string; relative: string; notes: string }[];
  smoking: Smoking;
  sticksPerDay: string;
  packYears: string;
  alcohol: Alcohol;
  unitsPerWeek: string;
  occupation: string;
  notes: string;
}

export function draftFromHistory(history: MedicalHistory | null): HistoryDraft {
  const social = history?.social;
  const number = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));
  return {
    pastIllnesses: (history?.pastIllnesses ?? []).map((item) => ({ ...item, when: typedPartialDate(item.when) })),
    surgeries: (history?.surgeries ?? []).map((item) => ({ ...item, when: typedPartialDate(item.when) })),
    familyHistory: history?.familyHistory ?? [],
    smoking: social?.smoking ?? 'unknown',
    sticksPerDay: number(social?.sticksPerDay),
    packYears: number(social?.packYears),
    alcohol: social?.alcohol ?? 'unknown',
    unitsPerWeek: number(social?.unitsPerWeek),
    occupation: social?.occupation ?? '',
    notes: social?.notes ?? '',
  };
}

/** Whether every typed date reads as a year, month or day (the hub refuses the rest). */
export function draftDatesReadable(draft: HistoryDraft): boolean {
  return [...draft.pastIllnesses, ...draft.surgeries].every((item) => readPartialDate(item.when) !== null);
}

/**
 * The hub's input: empty rows left out, numbers read (a smoker's count kept only for a smoker,
 * drinks only for a drinker, so switching to "never" does not keep a stale count).
 */
export function historyFromDraft(draft: HistoryDraft): HistoryFieldsInput {
  const number = (text: string): number | null => (text.trim() === '' ? null : Number(text.replace(',', '.')));
  const smoker = draft.smoking === 'current' || draft.smoking === 'former';
  const drinker = draft.alcohol === 'occasional' || draft.alcohol === 'regular';
  return {
    pastIllnesses: draft.pastIllnesses.filter((item) => item.condition.trim()).map((item) => ({ ...item, when: readPartialDate(item.when) || null })),
    surgeries: draft.surgeries.filter((item) => item.procedure.trim()).map((item) => ({ ...item, when: readPartialDate(item.when) || null })),
    familyHistory: draft.familyHistory.filter((item) => item.condition.trim() || item.relative.trim()),
    social: {
      smoking: draft.smoking,
      sticksPerDay: smoker ? number(draft.sticksPerDay) : null,
      packYears: smoker ? number(draft.packYears) : null,
      alcohol: draft.alcohol,
      unitsPerWeek: drinker ? number(draft.unitsPerWeek) : null,
      occupation: draft.occupation,
      notes: draft.notes,
    },
  };
}
