import type { EntityManager } from 'typeorm';
import type { AuditEntry, AuditHead, AuditListInput } from '../../shared/schemas/audit';
import { auditListInputSchema, PATIENT_READ_ACTIONS } from '../../shared/schemas/audit';
import { sqliteConnection } from '../store/store';
import { CHAIN_PAGE_SQL, GENESIS_HASH, GENESIS_HEAD, HEAD_SQL, HIGHEST_SEQ_SQL, hashOf, type AuditRow } from './audit-row';
import type { AuditAction } from '../../shared/audit-actions';
import type { ChangedEntity } from '../../shared/changed-entities';
import type { ChainPage } from './chain-walk';
import type { ReadBuffer } from './read-buffer';

/** An entry waiting to be appended: when, by whom, what. */
export interface PendingEntry {
  at: Date;
  actor: Actor | null;
  event: AuditEvent;
}

const INSERT_SQL = `INSERT INTO audit_log (seq, at, actor_user_id, actor_name, action, entity, entity_id, before_json, after_json, prev_hash, hash)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** A piece of a WHERE clause and the values of its `?`s. */
export interface SqlCondition {
  sql: string;
  params: readonly unknown[];
}

export interface Actor {
  userId: string;
  name: string;
}

export interface AuditEvent {
  action: AuditAction;
  entity: ChangedEntity;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * The append-only, hash-chained audit log of one store. Each row's hash covers its own content
 * and the previous row's hash, so an edited row breaks its own hash and a deleted row breaks the
 * link of the row after it; what the store alone cannot show (its newest rows removed, or a
 * rewritten stretch rehashed) the anchors kept outside it do (see AuditChainGuard).
 */
export class AuditLog {
  private appended = 0;

  /** Without a read buffer, reads are appended in their own transaction, like changes. */
  constructor(private readonly reads: ReadBuffer | null = null) {}

  append(db: EntityManager, at: Date, actor: Actor | null, event: AuditEvent): Promise<void> {
    return this.appendAll(db, [{ at, actor, event }]);
  }

  /** Appends entries in order, reading the head once: a second's batch of reads costs one short write. */
  async appendAll(db: EntityManager, entries: readonly PendingEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const sqlite = sqliteConnection(db);
    let previousHash = (sqlite.prepare(HEAD_SQL).get() as AuditHead | undefined)?.hash ?? GENESIS_HASH;
    // Never reuse a number, so a deleted last row stays visible as a gap.
    let seq = (sqlite.prepare(HIGHEST_SEQ_SQL).get() as { seq: number } | undefined)?.seq ?? 0;
    const insert = sqlite.prepare(INSERT_SQL);
    for (const { at, actor, event } of entries) {
      seq++;
      const row: Omit<AuditRow, 'seq' | 'hash'> = {
        at: at.toISOString(),
        actor_user_id: actor?.userId ?? null,
        actor_name: actor?.name ?? null,
        action: event.action,
        entity: event.entity,
        entity_id: event.entityId,
        before_json: event.before === undefined ? null : JSON.stringify(event.before),
        after_json: event.after === undefined ? null : JSON.stringify(event.after),
        prev_hash: previousHash,
      };
      previousHash = hashOf(seq, row);
      insert.run(seq, row.at, row.actor_user_id, row.actor_name, row.action, row.entity, row.entity_id, row.before_json, row.after_json, row.prev_hash, previousHash);
      this.appended++;
    }
  }

  /** Records that patient data was read: into the read buffer when there is one, else now. */
  async appendRead(db: EntityManager, at: Date, actor: Actor | null, event: AuditEvent): Promise<void> {
    if (this.reads?.add({ at, actor, event })) return;
    await this.append(db, at, actor, event);
  }

  /** Appends the reads waiting in the buffer (at most `limit` of them), in the caller's transaction. */
  async appendBufferedReads(db: EntityManager, limit = Infinity): Promise<void> {
    await this.appendAll(db, this.reads?.take(limit) ?? []);
  }

  /** From now on every read is appended in its own transaction (the store is closing). */
  stopBufferingReads(): void {
    this.reads?.close();
  }

  get bufferedReads(): number {
    return this.reads?.size ?? 0;
  }

  /** How many rows this log appended since it was made, committed or not: tells the guard when to look for a new head. */
  get appendCount(): number {
    return this.appended;
  }

  /** The newest entry: what an anchor pins, and what the end-of-day report prints. */
  async head(db: EntityManager): Promise<AuditHead> {
    const rows = await db.query<AuditHead[]>(HEAD_SQL);
    return rows[0] ?? GENESIS_HEAD;
  }

  /** One page of the chain for a check, with the highest number ever used read in the same transaction. */
  async page(db: EntityManager, fromSeq: number, limit: number): Promise<ChainPage> {
    const rows = await db.query<AuditRow[]>(CHAIN_PAGE_SQL, [fromSeq, limit]);
    return { rows, highestSeqEverUsed: await highestSeqEverUsed(db) };
  }

  /** One page, newest first; `narrowedBy` is a further condition from outside the platform (a patient's whole trail). */
  async list(db: EntityManager, input: AuditListInput, narrowedBy?: SqlCondition): Promise<AuditEntry[]> {
    const filter = auditListInputSchema.parse(input);
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, ...values: unknown[]): void => {
      where.push(clause);
      params.push(...values);
    };
    if (filter.action) add('action LIKE ?', `${filter.action}%`);
    if (filter.actions) add(`action IN (${filter.actions.map(() => '?').join(', ')})`, ...filter.actions);
    if (filter.entity) add('entity = ?', filter.entity);
    // A search is about every patient it listed, so it belongs to each of their trails.
    if (filter.entityId) add('(entity_id = ? OR (action = ? AND instr(after_json, ?) > 0))', filter.entityId, PATIENT_READ_ACTIONS.search, JSON.stringify(filter.entityId));
    if (filter.actorUserId) add('actor_user_id = ?', filter.actorUserId);
    if (filter.from) add('at >= ?', filter.from);
    if (filter.to) add('at < ?', filter.to);
    if (filter.beforeSeq) add('seq < ?', filter.beforeSeq);
    if (narrowedBy) add(narrowedBy.sql, ...narrowedBy.params);
    const rows = (await db.query<AuditRow[]>(
      `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`,
      [...params, filter.limit],
    ));
    return rows.map(toEntry);
  }
}

async function highestSeqEverUsed(db: EntityManager): Promise<number> {
  const rows = await db.query<{ seq: number }[]>(HIGHEST_SEQ_SQL);
  return rows[0]?.seq ?? 0;
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
