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
  const terms = query.split(/\s+/).map(searchTerm).filter((term) => term.length >= TRIGRAM);
  if (terms.length === 0) return prefixSearch(db, query.trim());
  const match = terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' AND ');
  const rows = await db.query<{ id: string }[]>(
    `SELECT patients.id FROM patient_search JOIN patients ON patients.rowid = patient_search.rowid
     WHERE patient_search MATCH ? ORDER BY patient_search.rank LIMIT ?`,
    [match, PATIENT_SEARCH_LIMIT],
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
