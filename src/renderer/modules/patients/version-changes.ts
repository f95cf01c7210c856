import type { Patient, PatientVersion } from '../../../shared/schemas/patients';

/**
 * The fields a person at the desk recognises, in the order the form shows them. Bookkeeping
 * (id, MRN, version, timestamps) changes on every save or never, so it is no "change" to show.
 */
export const RECORD_FIELDS = [
  'fullName', 'identityType', 'identityNo', 'nationality', 'dateOfBirth', 'sex', 'phones', 'email', 'address', 'postcode',
  'employer', 'panels', 'emergencyContact', 'allergies', 'noKnownAllergiesRecorded', 'chronicConditions', 'alerts', 'mergedIntoId',
] as const satisfies readonly (keyof Patient)[];
export type RecordField = (typeof RECORD_FIELDS)[number];

/** One saved version, with what it changed compared with the version before it. */
export interface VersionChanges {
  version: number;
  changedAt: string;
  changedByName: string | null;
  /** Null for the first version: the record as registered (or imported). */
  before: Patient | null;
  after: Patient;
  fields: RecordField[];
}

/** One entry of a list, and whether the other side of the comparison lacks it. */
export interface MarkedItem<T> {
  item: T;
  unmatched: boolean;
}

/**
 * A value in a form that does not depend on the order its object's keys were written in: the
 * snapshots come back from JSON written at different times, by different code paths.
 */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** The fields whose values differ between two versions (or two records), in form order. */
export function changedFields(before: Patient, after: Patient): RecordField[] {
  return RECORD_FIELDS.filter((field) => !sameValue(before[field], after[field]));
}

/** Each version, newest first, compared with the one saved just before it. */
export function versionChanges(versions: readonly PatientVersion[]): VersionChanges[] {
  const oldestFirst = [...versions].sort((a, b) => a.version - b.version);
  return oldestFirst
    .map((current, index) => {
      const before = index === 0 ? null : oldestFirst[index - 1].snapshot;
      return {
        version: current.version,
        changedAt: current.changedAt,
        changedByName: current.changedByName,
        before,
        after: current.snapshot,
        fields: before ? changedFields(before, current.snapshot) : [],
      };
    })
    .reverse();
}

/** `items`, each marked when `others` does not hold it: removed entries on the before side, added ones on the after side. */
export function markUnmatched<T>(items: readonly T[], others: readonly T[]): MarkedItem<T>[] {
  const present = new Set(others.map(canonical));
  return items.map((item) => ({ item, unmatched: !present.has(canonical(item)) }));
}
