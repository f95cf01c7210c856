import type { EntityManager } from 'typeorm';
import type { IdentityType } from '../../../shared/identity/identity';

/** The expression of the patients_identity_compact index (migration 1796688000000), written exactly as it is there. */
const COMPACT = `replace(replace(replace(identity_no, ' ', ''), '-', ''), '.', '')`;

/** Only these two types can hold the same document under different separators (see the migration). */
const COMPACTED_TYPES = new Set<IdentityType>(['mykad', 'other']);

/** A number as the index holds it: spaces, dashes and dots taken out. */
export function compactIdentityNo(identityNo: string): string {
  return identityNo.replace(/[\s.-]/g, '');
}

export interface PatientOnFile {
  id: string;
  mrn: string;
  identityNo: string;
}

/**
 * Living MyKad or "other document" patients whose number is one of `identityNos` once spaces,
 * dashes and dots are taken out, keyed by that compact number. Empty for the other types.
 */
export async function mykadOrOtherOnFile(db: EntityManager, identityType: IdentityType, identityNos: readonly string[]): Promise<Map<string, PatientOnFile>> {
  const found = new Map<string, PatientOnFile>();
  if (!COMPACTED_TYPES.has(identityType) || identityNos.length === 0) return found;
  const rows = await db.query<{ id: string; mrn: string; identity_no: string; compact: string }[]>(
    `SELECT id, mrn, identity_no, ${COMPACT} AS compact FROM patients
     WHERE identity_type IN ('mykad', 'other') AND merged_into_id IS NULL AND ${COMPACT} IN (${identityNos.map(() => '?').join(',')})`,
    identityNos.map(compactIdentityNo),
  );
  for (const row of rows) found.set(row.compact, { id: row.id, mrn: row.mrn, identityNo: row.identity_no });
  return found;
}
