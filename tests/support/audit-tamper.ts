import { createHash } from 'node:crypto';
import type { AuditRow } from '../../src/main/audit/audit-row';
import { StoreLocation } from '../../src/main/hub/store-location';
import { openEncryptedFile, type SqliteDatabase } from '../../src/main/store/store-file';
import type { TestHub } from './test-hub';

/**
 * What an attacker holding the store key does to the audit log: open the file with the raw
 * SQLite connection, drop the append-only guards, edit. Nothing here goes through our code.
 */

export async function storeKeyOf(testHub: TestHub): Promise<string> {
  return (await testHub.keychain.get(new StoreLocation(testHub.dataDir).keychainAccount)) ?? '';
}

/** Opens a store or backup file with its key and drops the triggers that keep the log append-only. */
export function openForTampering(file: string, keyHex: string): SqliteDatabase {
  const db = openEncryptedFile(file, keyHex);
  db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
  return db;
}

/** Stops the hub, edits its store, starts it again. */
export async function tamperWhileStopped(testHub: TestHub, edit: (db: SqliteDatabase) => void): Promise<void> {
  await testHub.hub.close();
  const db = openForTampering(new StoreLocation(testHub.dataDir).file, await storeKeyOf(testHub));
  edit(db);
  db.close();
  await testHub.restart();
}

/** The chain's hash as the open-source code computes it, written out again as an attacker would (not imported: our code plays no part). */
function forgedHash(row: AuditRow): string {
  const content = [row.seq, row.at, row.actor_user_id, row.actor_name, row.action, row.entity, row.entity_id, row.before_json, row.after_json, row.prev_hash];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** Rewrites one row and recomputes every later link, so the chain alone checks out again. */
export function rewriteAndRechain(db: SqliteDatabase, seq: number, afterJson: string): void {
  const rows = db.prepare('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq').all(seq) as AuditRow[];
  let previous = (db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(seq - 1) as { hash: string }).hash;
  const update = db.prepare('UPDATE audit_log SET after_json = ?, prev_hash = ?, hash = ? WHERE seq = ?');
  for (const row of rows) {
    const forged = { ...row, after_json: row.seq === seq ? afterJson : row.after_json, prev_hash: previous };
    forged.hash = forgedHash(forged);
    update.run(forged.after_json, forged.prev_hash, forged.hash, row.seq);
    previous = forged.hash;
  }
}

/** Deletes the newest rows and lowers sqlite_sequence to match, so no number is missing. */
export function dropNewestRows(db: SqliteDatabase, count: number): void {
  const { last } = db.prepare('SELECT max(seq) AS last FROM audit_log').get() as { last: number };
  db.prepare('DELETE FROM audit_log WHERE seq > ?').run(last - count);
  db.prepare(`UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit_log'`).run(last - count);
}

export function dropEveryRow(db: SqliteDatabase): void {
  db.exec(`DELETE FROM audit_log; DELETE FROM sqlite_sequence WHERE name = 'audit_log';`);
}
