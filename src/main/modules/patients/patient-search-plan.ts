import { readPhone } from '../../../shared/phone-numbers';
import { PATIENT_SEARCH_LIMIT } from '../../../shared/schemas/patients';
import { notPendingImport, SEARCH_ROW_NOT_PENDING } from './pending-imports';

/** One statement and its parameters: how a query typed at the desk is answered. */
export interface SearchPlan {
  sql: string;
  params: string[];
}

/** The columns of a search result line, as stored (see PatientSearch). */
const RESULT_COLUMNS = 'p.id, p.mrn, p.full_name, p.identity_type, p.identity_no, p.phones_json, p.date_of_birth, p.sex, p.allergies_json, p.no_known_allergies_json';

/**
 * Trigram matches read per query, then ranked. FTS5's own `rank` (bm25) first counts every row
 * matching each term, so "tan" or "ahmad" (thousands of patients) took 10–30 ms. The first
 * matches (the earliest registered) come at once; finding more costs more than it adds: two
 * common words ("abdullah azizah") must be scanned far for a hundred rows holding both
 * (name queries' p95 on 200k patients: 2.3 ms at a hundred, 0.9 ms at thirty).
 */
const CANDIDATES = 30;

/** The trigram tokenizer needs three characters; shorter terms cannot narrow a match. */
const TRIGRAM = 3;

/** Rows of (rowid, tier, full_name): some of the patients a query finds, each with how well it matches (0 best). */
interface Candidates {
  sql: string;
  params: string[];
}

/**
 * How a query is searched, best matches first, at most PATIENT_SEARCH_LIMIT living patients:
 * - "MRN-0001…": the MRN's unique index, in MRN order;
 * - an international phone number: its national number, as one term (below);
 * - terms of three characters or more: every term must appear in the name, identity number
 *   (with or without separators), phone digits or MRN (FTS5 trigram index). First the names
 *   starting with the first term, then those with the most terms starting a word of the name,
 *   then the rest, by name within each. Only the first CANDIDATES trigram matches are ranked;
 *   for a single term the names starting with it come from the name index, so they are never
 *   missed however many patients merely contain it;
 * - one or two characters: names starting with them, then names with a later word starting
 *   with them, then MRNs starting with them. (Scanning the name index for a word start anywhere
 *   took 50–400 ms on 200k patients, holding the store meanwhile.)
 */
export function searchPlan(query: string): SearchPlan {
  const mrnPrefix = mrnPrefixOf(query);
  if (mrnPrefix !== null) {
    // GLOB (not LIKE) is case-sensitive and so can use the index; the prefix holds only digits.
    return { sql: `SELECT ${RESULT_COLUMNS} FROM patients p WHERE p.mrn GLOB ? AND p.merged_into_id IS NULL AND ${notPendingImport('p')} ORDER BY p.mrn LIMIT ${PATIENT_SEARCH_LIMIT}`, params: [`${mrnPrefix}*`] };
  }
  const phone = nationalDigitsOfInternational(query);
  const terms = phone ? [phone] : query.split(/\s+/).map(searchTerm).filter((term) => term.length >= TRIGRAM);
  if (terms.length > 1) return ranked([trigramMatches(terms)]);
  if (terms.length === 1) return ranked([namesStartingWith(terms[0]), trigramMatches(terms)]);
  const prefix = query.trim();
  return ranked([namesStartingWith(prefix), laterWordsStartingWith(prefix), mrnsStartingWith(prefix)]);
}

/**
 * "MRN-0001…" typed at the desk: every MRN shares the trigrams "MRN", "RN-", "-00", so the
 * full-text index would scan most rows; the MRN's own unique index answers a prefix at once.
 */
function mrnPrefixOf(query: string): string | null {
  const match = /^\s*mrn\s*-?\s*(\d*)\s*$/i.exec(query);
  return match ? `MRN-${match[1]}` : null;
}

/**
 * `+60 12-345 6789` or `0060123456789` typed at the desk: the number without its country code
 * (`123456789`), which is inside the digits of the same phone however it was stored
 * (`012-345 6789` → `0123456789`, `+60123456789` → `60123456789`).
 */
function nationalDigitsOfInternational(query: string): string | null {
  const typed = query.trim();
  if (!/^(\+|00)[\d\s()./-]+$/.test(typed)) return null;
  return readPhone(typed)?.nationalNumber ?? null;
}

/**
 * A term typed as a number (`850615-14-5231`, `012-345 6789`) is searched by its digits alone,
 * without a leading 0: phones are stored with their country code (`+60 12 345 6789`), so the
 * local `0123456789` is found by `123456789`, inside both that and an older `012-345 6789`.
 */
function searchTerm(term: string): string {
  if (!/\d/.test(term) || !/^[\d\s+()./-]+$/.test(term)) return term;
  const digits = term.replace(/\D/g, '');
  return digits.startsWith('0') && digits.length > TRIGRAM ? digits.slice(1) : digits;
}

/** The best of all candidates, once each, joined to their result columns in rank order. */
function ranked(candidates: readonly Candidates[]): SearchPlan {
  const union = candidates.map((part) => `SELECT * FROM (${part.sql})`).join(' UNION ALL ');
  return {
    sql: `SELECT ${RESULT_COLUMNS} FROM (
        SELECT rowid, min(tier) AS tier, full_name FROM (${union})
        GROUP BY rowid ORDER BY tier, full_name COLLATE NOCASE, rowid LIMIT ${PATIENT_SEARCH_LIMIT}
      ) AS best JOIN patients p ON p.rowid = best.rowid
      ORDER BY best.tier, best.full_name COLLATE NOCASE, best.rowid`,
    params: candidates.flatMap((part) => part.params),
  };
}

/** Tier 0: living patients whose name starts with `prefix` (any case), from the name index. */
function namesStartingWith(prefix: string): Candidates {
  return {
    sql: `SELECT rowid, 0 AS tier, full_name FROM patients
      WHERE full_name COLLATE NOCASE >= ? AND full_name COLLATE NOCASE < ? AND merged_into_id IS NULL AND ${notPendingImport('patients')}
      ORDER BY full_name COLLATE NOCASE LIMIT ${PATIENT_SEARCH_LIMIT}`,
    // Below the prefix followed by the highest code point: every name that starts with it.
    params: [prefix, `${prefix}\u{10FFFF}`],
  };
}

/** The first CANDIDATES trigram matches of every term: tier 0 if the name starts with the first term, else 1 + the terms not starting a word of it. */
function trigramMatches(terms: readonly string[]): Candidates {
  const startsWord = terms.map(() => `((' ' || full_name) LIKE ? ESCAPE '\\')`).join(' + ');
  return {
    sql: `SELECT rowid, CASE WHEN full_name LIKE ? ESCAPE '\\' THEN 0 ELSE ${1 + terms.length} - (${startsWord}) END AS tier, full_name
      FROM (SELECT rowid, full_name FROM patient_search WHERE patient_search MATCH ? AND ${SEARCH_ROW_NOT_PENDING} LIMIT ${CANDIDATES})`,
    params: [`${likeEscaped(terms[0])}%`, ...terms.map((term) => `% ${likeEscaped(term)}%`), terms.map(ftsString).join(' AND ')],
  };
}

/** Tier 1: names with a later word starting with `prefix`: the trigram of a space and two characters. */
function laterWordsStartingWith(prefix: string): Candidates {
  return {
    sql: `SELECT rowid, 1 AS tier, full_name FROM (SELECT rowid, full_name FROM patient_search WHERE patient_search MATCH ? AND ${SEARCH_ROW_NOT_PENDING} LIMIT ${CANDIDATES})`,
    params: [`full_name : ${ftsString(` ${prefix}`)}`],
  };
}

/** Tier 2: MRNs starting with `prefix`, from the MRN index (MRNs are upper case). */
function mrnsStartingWith(prefix: string): Candidates {
  return {
    sql: `SELECT rowid, 2 AS tier, full_name FROM patients WHERE mrn GLOB ? AND merged_into_id IS NULL AND ${notPendingImport('patients')} ORDER BY mrn LIMIT ${PATIENT_SEARCH_LIMIT}`,
    params: [`${prefix.toUpperCase().replace(/[*?[\]]/g, (c) => `[${c}]`)}*`],
  };
}

/** A quoted FTS5 string: for the trigram tokenizer, every three characters of it in a row. */
function ftsString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
