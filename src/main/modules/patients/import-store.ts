import { sqliteConnection } from '../../store/store';
import type { UnitOfWork } from '../../work/unit-of-work';

/** A record of the file as uploaded, with its row number in the file. */
export interface StagedRecord {
  row: number;
  cells: string[];
}

/**
 * The store's side of an import (migration 1796774400000): its row in `patient_imports` (while it
 * is there, its patients are pending and invisible), the file's records in `patient_import_rows`,
 * and the removal of all of it in pieces.
 */

export function createImport(uow: UnitOfWork, id: string, ownerId: string): void {
  sqliteConnection(uow.db).prepare(`INSERT INTO patient_imports (id, owner_id, created_at) VALUES (?, ?, ?)`).run(id, ownerId, uow.now.toISOString());
}

export function stageRecords(uow: UnitOfWork, importId: string, records: readonly StagedRecord[]): void {
  const insert = sqliteConnection(uow.db).prepare(`INSERT INTO patient_import_rows (import_id, row, cells_json) VALUES (?, ?, ?)`);
  for (const record of records) insert.run(importId, record.row, JSON.stringify(record.cells));
}

/** Up to `limit` records after row `afterRow`, in file order. */
export function stagedPage(uow: UnitOfWork, importId: string, afterRow: number, limit: number): StagedRecord[] {
  const rows = sqliteConnection(uow.db)
    .prepare(`SELECT row, cells_json FROM patient_import_rows WHERE import_id = ? AND row > ? ORDER BY row LIMIT ?`)
    .all(importId, afterRow, limit) as { row: number; cells_json: string }[];
  return rows.map((row) => ({ row: row.row, cells: JSON.parse(row.cells_json) as string[] }));
}

/** Makes every patient the import wrote visible at once: one row deleted. */
export function publishImport(uow: UnitOfWork, importId: string): void {
  sqliteConnection(uow.db).prepare(`DELETE FROM patient_imports WHERE id = ?`).run(importId);
}

/**
 * Removes up to `limit` of the import's pending patients (with their search rows), or else (unless
 * `patientsOnly`) up to `limit` of its staged records, or else its own row: the number of rows
 * removed, 0 once nothing is left. Called until it returns 0, one short unit of work each time.
 */
export function removeSomeOfImport(uow: UnitOfWork, importId: string, limit: number, patientsOnly: boolean): number {
  const sqlite = sqliteConnection(uow.db);
  const pending = sqlite.prepare(`SELECT rowid FROM patients WHERE import_id = ? AND import_id IN (SELECT id FROM patient_imports) LIMIT ?`).all(importId, limit) as { rowid: number }[];
  if (pending.length > 0) {
    const first = pending[0].rowid;
    const last = pending.at(-1)?.rowid ?? first;
    sqlite.prepare(`DELETE FROM patient_search WHERE rowid IN (SELECT rowid FROM patients WHERE import_id = ? AND rowid BETWEEN ? AND ?)`).run(importId, first, last);
    return sqlite.prepare(`DELETE FROM patients WHERE import_id = ? AND rowid BETWEEN ? AND ?`).run(importId, first, last).changes;
  }
  if (patientsOnly) return 0;
  const staged = sqlite.prepare(`DELETE FROM patient_import_rows WHERE import_id = ? AND row IN (SELECT row FROM patient_import_rows WHERE import_id = ? ORDER BY row LIMIT ?)`).run(importId, importId, limit).changes;
  if (staged > 0) return staged;
  return sqlite.prepare(`DELETE FROM patient_imports WHERE id = ?`).run(importId).changes;
}

/** Imports the store holds (begun, or being written, when the hub stopped) and records staged for imports it no longer holds. */
export function importsInStore(uow: UnitOfWork): string[] {
  const rows = sqliteConnection(uow.db)
    .prepare(`SELECT id FROM patient_imports UNION SELECT DISTINCT import_id FROM patient_import_rows`)
    .all() as { id: string }[];
  return rows.map((row) => row.id);
}
