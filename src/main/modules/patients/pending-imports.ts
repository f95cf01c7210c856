/**
 * SQL true when the patient row `alias` is not part of an import still being written: its
 * import's row is still in `patient_imports` until the import's last chunk (migration
 * 1796774400000). Reads people see leave pending rows out. The identity checks do not: the
 * unique document index holds pending rows too, so a document in an import being written is
 * refused, not let through to fail on the index.
 */
export function notPendingImport(alias: string): string {
  return `(${alias}.import_id IS NULL OR ${alias}.import_id NOT IN (SELECT id FROM patient_imports))`;
}

/** The same for a search-index row: the patient with its rowid is not pending. */
export const SEARCH_ROW_NOT_PENDING = `NOT EXISTS (SELECT 1 FROM patients pending WHERE pending.rowid = patient_search.rowid AND NOT ${notPendingImport('pending')})`;
