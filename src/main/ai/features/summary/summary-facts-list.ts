import type { SummarySource } from '../../../../shared/schemas/history-summary';
import type { HistoryFacts } from './history-facts';
import { sourceOf } from './local-summary';

/** A fact as the model is shown it: a short reference to cite, and one line of text. */
export interface ListedFact {
  ref: string;
  source: SummarySource;
  line: string;
}

/**
 * The record's facts numbered F1, F2… in one fixed order. The model cites these references rather
 * than record ids (which it could garble and the redaction could mistake for numbers to hide).
 */
export function listFacts(facts: HistoryFacts): ListedFact[] {
  const listed: Omit<ListedFact, 'ref'>[] = [
    ...facts.allergies.map((allergy) => ({
      source: sourceOf.allergy(allergy),
      line: `allergy: ${allergy.allergen}${allergy.reaction ? `, ${allergy.reaction}` : ''}, ${allergy.severity}`,
    })),
    ...facts.visits.map((visit) => ({
      source: sourceOf.visit(visit),
      line: `visit ${visit.date}: ${visit.diagnoses.map((d) => `${d.code} ${d.description}`).join('; ') || 'no diagnosis coded'}${visit.complaint ? ` (complaint: ${visit.complaint})` : ''}`,
    })),
    ...facts.prescriptions.map((line) => ({
      source: sourceOf.prescription(line),
      line: `prescription ${line.date}: ${line.medicine}, ${line.dose}${line.durationDays ? ` for ${line.durationDays} days` : ''}`,
    })),
    ...facts.bloodPressures.map((reading) => ({
      source: sourceOf.vitals(reading),
      line: `blood pressure ${reading.date}: ${reading.systolic}/${reading.diastolic}`,
    })),
  ];
  return listed.map((fact, index) => ({ ...fact, ref: `F${index + 1}` }));
}

/** The reference a source was listed under, to show the model the local draft's citations. */
export function refsBySource(listed: readonly ListedFact[]): Map<string, string> {
  return new Map(listed.map((fact) => [sourceKey(fact.source), fact.ref]));
}

export function sourceKey(source: Pick<SummarySource, 'kind' | 'id'>): string {
  return `${source.kind}:${source.id}`;
}
