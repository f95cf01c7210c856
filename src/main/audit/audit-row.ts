import { createHash } from 'node:crypto';
import type { AuditHead } from '../../shared/schemas/audit';

/** One row of the `audit_log` table as SQLite returns it. */
export interface AuditRow {
  seq: number;
  at: string;
  actor_user_id: string | null;
  actor_name: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

/** What the first row links back to. */
export const GENESIS_HASH = '0'.repeat(64);
export const GENESIS_HEAD: AuditHead = { seq: 0, hash: GENESIS_HASH };

/** A row's hash covers its number, its content and the previous row's hash. */
export function hashOf(seq: number, row: Omit<AuditRow, 'seq' | 'hash'>): string {
  const content = [seq, row.at, row.actor_user_id, row.actor_name, row.action, row.entity, row.entity_id, row.before_json, row.after_json, row.prev_hash];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** One page of the chain, in order, for a check. */
export const CHAIN_PAGE_SQL = 'SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?';
/** SQLite remembers the highest AUTOINCREMENT value ever handed out, even after a delete. */
export const HIGHEST_SEQ_SQL = `SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'`;
export const HEAD_SQL = 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1';
