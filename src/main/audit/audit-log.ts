import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AuditEntry, AuditListInput, AuditVerifyResult } from '../../shared/schemas/audit';
import { auditListInputSchema } from '../../shared/schemas/audit';

export interface Actor {
  userId: string;
  name: string;
}

export interface AuditEvent {
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

interface AuditRow {
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

const GENESIS_HASH = '0'.repeat(64);
const VERIFY_PAGE = 2000;

/**
 * The append-only, hash-chained audit log. Each row's hash covers its own content and the
 * previous row's hash, so an edited row breaks its own hash and a deleted row breaks the
 * link of the row after it (or falls short of sqlite_sequence when it was the last).
 */
export class AuditLog {
  async append(db: EntityManager, at: Date, actor: Actor | null, event: AuditEvent): Promise<void> {
    const last = await db.query<Pick<AuditRow, 'seq' | 'hash'>[]>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    const row: Omit<AuditRow, 'seq' | 'hash'> = {
      at: at.toISOString(),
      actor_user_id: actor?.userId ?? null,
      actor_name: actor?.name ?? null,
      action: event.action,
      entity: event.entity,
      entity_id: event.entityId,
      before_json: event.before === undefined ? null : JSON.stringify(event.before),
      after_json: event.after === undefined ? null : JSON.stringify(event.after),
      prev_hash: last[0]?.hash ?? GENESIS_HASH,
    };
    // Never reuse a number, so a deleted last row stays visible as a gap.
    const seq = (await this.highestSeqEverUsed(db)) + 1;
    await db.query(
      `INSERT INTO audit_log (seq, at, actor_user_id, actor_name, action, entity, entity_id, before_json, after_json, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [seq, row.at, row.actor_user_id, row.actor_name, row.action, row.entity, row.entity_id, row.before_json, row.after_json, row.prev_hash, hashOf(seq, row)],
    );
  }

  async list(db: EntityManager, input: AuditListInput): Promise<AuditEntry[]> {
    const filter = auditListInputSchema.parse(input);
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown): void => {
      where.push(clause);
      params.push(value);
    };
    if (filter.action) add('action LIKE ?', `${filter.action}%`);
    if (filter.entity) add('entity = ?', filter.entity);
    if (filter.entityId) add('entity_id = ?', filter.entityId);
    if (filter.actorUserId) add('actor_user_id = ?', filter.actorUserId);
    if (filter.from) add('at >= ?', filter.from);
    if (filter.to) add('at < ?', filter.to);
    if (filter.beforeSeq) add('seq < ?', filter.beforeSeq);
    const rows = (await db.query<AuditRow[]>(
      `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`,
      [...params, filter.limit],
    ));
    return rows.map(toEntry);
  }

  async verify(db: EntityManager): Promise<AuditVerifyResult> {
    let expectedSeq = 1;
    let previousHash = GENESIS_HASH;
    let checked = 0;
    for (;;) {
      const rows = await db.query<AuditRow[]>('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?', [expectedSeq, VERIFY_PAGE]);
      for (const row of rows) {
        if (row.seq !== expectedSeq) return { ok: false, checked, brokenAtSeq: expectedSeq, problem: 'missing' };
        if (row.prev_hash !== previousHash) return { ok: false, checked, brokenAtSeq: row.seq, problem: 'reordered' };
        if (hashOf(row.seq, row) !== row.hash) return { ok: false, checked, brokenAtSeq: row.seq, problem: 'edited' };
        previousHash = row.hash;
        expectedSeq++;
        checked++;
      }
      if (rows.length < VERIFY_PAGE) break;
    }
    if ((await this.highestSeqEverUsed(db)) >= expectedSeq) {
      return { ok: false, checked, brokenAtSeq: expectedSeq, problem: 'missing' };
    }
    return { ok: true, checked };
  }

  /** SQLite remembers the highest AUTOINCREMENT value ever handed out, even after a delete. */
  private async highestSeqEverUsed(db: EntityManager): Promise<number> {
    const rows = await db.query<{ seq: number }[]>(`SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'`);
    return rows[0]?.seq ?? 0;
  }
}

function hashOf(seq: number, row: Omit<AuditRow, 'seq' | 'hash'>): string {
  const content = [seq, row.at, row.actor_user_id, row.actor_name, row.action, row.entity, row.entity_id, row.before_json, row.after_json, row.prev_hash];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actorUserId: row.actor_user_id,
    actorName: row.actor_name,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
  };
}
