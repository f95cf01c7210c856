import { internationalPhone } from '../../../shared/phone-numbers';
import type { Allergy, Patient } from '../../../shared/schemas/patients';

const SEVERITY_RANK: Record<Allergy['severity'], number> = { mild: 0, moderate: 1, severe: 2 };

function unionBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/**
 * The survivor's lists with the duplicate's added (panel cards too); for an allergy on both, the
 * more severe entry wins. An allergy on either side outweighs "no known allergies" on the other;
 * with none on either, a statement on either side is kept (the survivor's first).
 */
export function mergeClinicalLists(
  survivor: Patient,
  merged: Patient,
): Pick<Patient, 'allergies' | 'noKnownAllergiesRecorded' | 'chronicConditions' | 'alerts' | 'phones' | 'panels'> {
  const allergies = [...survivor.allergies, ...merged.allergies].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const caseless = (text: string): string => text.trim().toLowerCase();
  return {
    allergies: unionBy(allergies, (a) => caseless(a.allergen)),
    noKnownAllergiesRecorded: allergies.length > 0 ? null : (survivor.noKnownAllergiesRecorded ?? merged.noKnownAllergiesRecorded),
    chronicConditions: unionBy([...survivor.chronicConditions, ...merged.chronicConditions], caseless),
    alerts: unionBy([...survivor.alerts, ...merged.alerts], caseless),
    // An older `012-345 6789` and a newer `+60 12 345 6789` are one phone.
    phones: unionBy([...survivor.phones, ...merged.phones], (phone) => internationalPhone(phone) ?? phone.replace(/\D/g, '')),
    panels: unionBy([...survivor.panels, ...merged.panels], (m) => `${m.panelId}|${caseless(m.memberNo)}`),
  };
}
