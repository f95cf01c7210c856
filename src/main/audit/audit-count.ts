import type { EntityManager } from 'typeorm';

/** How many times an action was audited on one record: a print's number among its reprints. */
export async function countAudited(db: EntityManager, action: string, entityId: string): Promise<number> {
  const rows = await db.query<{ count: number }[]>('SELECT COUNT(*) AS count FROM audit_log WHERE action = ? AND entity_id = ?', [action, entityId]);
  return rows[0]?.count ?? 0;
}
