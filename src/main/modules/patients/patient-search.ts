import type { EntityManager } from 'typeorm';
import { PATIENT_SEARCH_LIMIT } from '../../../shared/schemas/patients';

/** A term typed as a number (`850615-14-5231`, `012-345 6789`) is searched by its digits alone. */
function searchTerm(term: string): string {
  return /\d/.test(term) && /^[\d\s+()./-]+$/.test(term) ? term.replace(/\D/g, '') : term;
}

/** The trigram tokenizer needs three characters; shorter terms cannot narrow a match. */
const TRIGRAM = 3;

/**
 * Ids of the living patients a front-desk search matches, best first: every term of the query
 * must appear somewhere in the name, identity number (with or without separators), phone
 * digits or MRN. Queries too short for the trigram index fall back to a prefix match on
 * name words and MRN.
 */
export async function searchPatientIds(db: EntityManager, query: string): Promise<string[]> {
  const mrnPrefix = mrnPrefixOf(query);
  if (mrnPrefix !== null) return mrnSearch(db, mrnPrefix);
  const match = ftsMatchOf(query);
  if (match === null) return prefixSearch(db, query.trim());
  const rows = await db.query<{ id: string }[]>(FTS_SEARCH_SQL, [match, PATIENT_SEARCH_LIMIT]);
  return rows.map((row) => row.id);
}

/** The full-text query: ids, best first, for an FTS5 MATCH expression and a limit. */
export const FTS_SEARCH_SQL = `SELECT patients.id FROM patient_search JOIN patients ON patients.rowid = patient_search.rowid
  WHERE patient_search MATCH ? ORDER BY patient_search.rank LIMIT ?`;

/** The FTS5 MATCH expression for what was typed, or null when no term is long enough for the trigram index. */
export function ftsMatchOf(query: string): string | null {
  const terms = query.split(/\s+/).map(searchTerm).filter((term) => term.length >= TRIGRAM);
  return terms.length === 0 ? null : terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' AND ');
}

/**
 * "MRN-0001…" typed at the desk: every MRN shares the trigrams "MRN", "RN-", "-00", so the
 * full-text index would scan most rows; the MRN's own unique index answers a prefix at once.
 */
export function mrnPrefixOf(query: string): string | null {
  const match = /^\s*mrn\s*-?\s*(\d*)\s*$/i.exec(query);
  return match ? `MRN-${match[1]}` : null;
}

async function mrnSearch(db: EntityManager, prefix: string): Promise<string[]> {
  // GLOB (not LIKE) is case-sensitive and so can use the index; the prefix holds only digits.
  const rows = await db.query<{ id: string }[]>(
    `SELECT id FROM patients WHERE mrn GLOB ? AND merged_into_id IS NULL ORDER BY mrn LIMIT ?`,
    [`${prefix}*`, PATIENT_SEARCH_LIMIT],
  );
  return rows.map((row) => row.id);
}

async function prefixSearch(db: EntityManager, prefix: string): Promise<string[]> {
  const escaped = prefix.replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await db.query<{ id: string }[]>(
    `SELECT id FROM patients
     WHERE merged_into_id IS NULL
       AND (full_name LIKE ? ESCAPE '\\' OR full_name LIKE ? ESCAPE '\\' OR mrn LIKE ? ESCAPE '\\')
     ORDER BY full_name COLLATE NOCASE LIMIT ?`,
    [`${escaped}%`, `% ${escaped}%`, `${escaped}%`, PATIENT_SEARCH_LIMIT],
  );
  return rows.map((row) => row.id);
}
