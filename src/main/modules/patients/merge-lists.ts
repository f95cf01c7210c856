import type { Allergy, Patient } from '../../../shared/schemas/patients';

const SEVERITY_RANK: Record<Allergy['severity'], number> = { mild: 0, moderate: 1, severe: 2 };

function unionBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/** The survivor's lists with the duplicate's added (panel cards too); for an allergy on both, the more severe entry wins. */
export function mergeClinicalLists(survivor: Patient, merged: Patient): Pick<Patient, 'allergies' | 'chronicConditions' | 'alerts' | 'phones' | 'panels'> {
  const allergies = [...survivor.allergies, ...merged.allergies].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const caseless = (text: string): string => text.trim().toLowerCase();
  return {
    allergies: unionBy(allergies, (a) => caseless(a.allergen)),
    chronicConditions: unionBy([...survivor.chronicConditions, ...merged.chronicConditions], caseless),
    alerts: unionBy([...survivor.alerts, ...merged.alerts], caseless),
    phones: unionBy([...survivor.phones, ...merged.phones], (phone) => phone.replace(/\D/g, '')),
    panels: unionBy([...survivor.panels, ...merged.panels], (m) => `${m.panelId}|${caseless(m.memberNo)}`),
  };
}
