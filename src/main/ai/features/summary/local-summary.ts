import { addDays } from '../../../../shared/clinic-time';
import type { HistorySummaryContent, SummarySource, SummaryStatement } from '../../../../shared/schemas/history-summary';
import {
  BP_TREND_READINGS,
  codeFamily,
  CURRENT_MEDICINE_DAYS,
  isChronicCode,
  LONG_TERM_DAYS,
  RAISED_BP,
  RECENT_DAYS,
  RECURRING_VISITS,
} from './chronic-rules';
import type { AllergyFact, BloodPressureFact, HistoryFacts, PrescriptionFact, VisitFact } from './history-facts';

/** Where each fact came from, as a statement cites it. */
export const sourceOf = {
  visit: (visit: VisitFact): SummarySource => ({ kind: 'visit', id: visit.id, date: visit.date, visitId: visit.id }),
  allergy: (allergy: AllergyFact): SummarySource => ({ kind: 'allergy', id: allergy.allergen, date: null, visitId: null }),
  prescription: (line: PrescriptionFact): SummarySource => ({ kind: 'prescription', id: line.id, date: line.date, visitId: line.visitId }),
  vitals: (reading: BloodPressureFact): SummarySource => ({ kind: 'vitals', id: reading.id, date: reading.date, visitId: reading.visitId }),
};

/**
 * The medical history summary from the record alone, with AI off: chronic and recurring
 * conditions, recent acute problems, allergies, current medicines and the blood pressure trend.
 * Every statement cites the visits and records it was drawn from. The same record always gives
 * the same summary.
 */
export function localHistorySummary(facts: HistoryFacts): HistorySummaryContent {
  const visits = [...facts.visits].sort(newestFirst);
  const diagnoses = groupDiagnoses(visits);
  const chronic = diagnoses.filter((group) => group.chronic || group.visits.length >= RECURRING_VISITS);
  const recentSince = addDays(facts.today, -RECENT_DAYS);
  const recent = diagnoses
    .filter((group) => !chronic.includes(group))
    .map((group) => ({ ...group, visits: group.visits.filter((visit) => visit.date >= recentSince) }))
    .filter((group) => group.visits.length > 0);
  return {
    statements: [
      ...chronic.map((group) => conditionStatement('chronic', group)),
      ...recent.map((group) => conditionStatement('recent', group)),
      ...[...facts.allergies].sort((a, b) => a.allergen.localeCompare(b.allergen)).map(allergyStatement),
      ...currentMedicines(facts.prescriptions, facts.today).map(medicineStatement),
      ...bloodPressureStatements(facts.bloodPressures),
    ],
  };
}

interface DiagnosisGroup {
  key: string;
  /** The wording and code of its latest visit. */
  code: string;
  description: string;
  chronic: boolean;
  /** Newest first. */
  visits: VisitFact[];
}

/** One group per chronic category (E11.9 and E11.65 are one diabetes), else per code. */
function groupDiagnoses(visits: readonly VisitFact[]): DiagnosisGroup[] {
  const groups = new Map<string, DiagnosisGroup>();
  for (const visit of visits) {
    for (const diagnosis of visit.diagnoses) {
      const code = diagnosis.code.trim().toUpperCase();
      const chronic = isChronicCode(code);
      const key = chronic ? codeFamily(code) : code;
      const group = groups.get(key) ?? { key, code, description: diagnosis.description, chronic, visits: [] };
      if (!group.visits.includes(visit)) group.visits.push(visit);
      groups.set(key, group);
    }
  }
  // Most visits first, then the most recently seen, then by code: the same record, the same order.
  return [...groups.values()].sort((a, b) => b.visits.length - a.visits.length || newestFirst(a.visits[0], b.visits[0]) || a.key.localeCompare(b.key));
}

function conditionStatement(section: 'chronic' | 'recent', group: DiagnosisGroup): SummaryStatement {
  const latest = group.visits[0].date;
  const first = group.visits.at(-1)?.date ?? latest;
  const name = `${group.description} (${group.code})`;
  const seen = group.visits.length === 1 ? `seen ${latest}` : `${group.visits.length} visits, ${first} to ${latest}`;
  const kind = section === 'chronic' && !group.chronic ? 'recurring, ' : '';
  return { section, text: `${name}: ${kind}${seen}`, sources: group.visits.map(sourceOf.visit) };
}

function allergyStatement(allergy: AllergyFact): SummaryStatement {
  const reaction = allergy.reaction ? `${allergy.reaction}, ` : '';
  return { section: 'allergies', text: `${allergy.allergen}: ${reaction}${allergy.severity}`, sources: [sourceOf.allergy(allergy)] };
}

interface MedicineGroup {
  generic: string;
  /** Newest first. */
  lines: PrescriptionFact[];
}

/** Medicines prescribed in the last months for the long term: a long course, or prescribed again. */
function currentMedicines(prescriptions: readonly PrescriptionFact[], today: string): MedicineGroup[] {
  const since = addDays(today, -CURRENT_MEDICINE_DAYS);
  const groups = new Map<string, MedicineGroup>();
  for (const line of [...prescriptions].sort(newestFirst)) {
    if (line.date < since) continue;
    const generic = line.generic.trim().toLowerCase();
    const group = groups.get(generic) ?? { generic, lines: [] };
    group.lines.push(line);
    groups.set(generic, group);
  }
  const visitsOf = (group: MedicineGroup) => new Set(group.lines.map((line) => line.visitId)).size;
  return [...groups.values()]
    .filter((group) => visitsOf(group) >= 2 || group.lines.some((line) => (line.durationDays ?? 0) >= LONG_TERM_DAYS))
    .sort((a, b) => a.generic.localeCompare(b.generic));
}

function medicineStatement(group: MedicineGroup): SummaryStatement {
  const latest = group.lines[0];
  const times = group.lines.length === 1 ? '' : ` (prescribed ${group.lines.length} times)`;
  return { section: 'medications', text: `${sentenceCase(latest.medicine)}, ${latest.dose}: last prescribed ${latest.date}${times}`, sources: group.lines.map(sourceOf.prescription) };
}

function bloodPressureStatements(readings: readonly BloodPressureFact[]): SummaryStatement[] {
  const recent = [...readings].sort(newestFirst).slice(0, BP_TREND_READINGS);
  if (recent.length === 0) return [];
  const [latest] = recent;
  const bp = (reading: BloodPressureFact) => `${reading.systolic}/${reading.diastolic}`;
  if (recent.length === 1) return [{ section: 'vitals', text: `Blood pressure ${bp(latest)} on ${latest.date}`, sources: [sourceOf.vitals(latest)] }];
  const raised = recent.filter((reading) => reading.systolic >= RAISED_BP.systolic || reading.diastolic >= RAISED_BP.diastolic).length;
  const earliest = recent[recent.length - 1];
  const range = `${recent.length} readings ${earliest.date} to ${latest.date}`;
  const text = `Blood pressure: ${range}, latest ${bp(latest)}; ${raised} of ${recent.length} at or above ${RAISED_BP.systolic}/${RAISED_BP.diastolic}`;
  return [{ section: 'vitals', text, sources: recent.map(sourceOf.vitals) }];
}

/** A label as the prescriber typed it, starting a statement. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Newest date first, then by id, so equal dates keep one order. */
function newestFirst(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return b.date.localeCompare(a.date) || b.id.localeCompare(a.id);
}
