import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from 'typeorm';
import { ENTITIES } from '../../src/main/modules';
import { Store } from '../../src/main/store/store';
import { migrations } from './index';

/**
 * For a migration's own before/after test: an encrypted store migrated up to just before the
 * migration `name`, seeded by `seed` as an older store would hold its rows, then migrated
 * through `name` (and no further) and read by `read`. The store's folder is removed after.
 */
export async function acrossMigration<T>(name: string, seed: (db: EntityManager) => Promise<unknown>, read: (db: EntityManager) => Promise<T>): Promise<T> {
  const at = migrations.findIndex((migration) => new migration().name === name);
  if (at <= 0) throw new Error(`no migration ${name} after the first`);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-migrations-'));
  const options = { file: path.join(folder, 'before.db'), keyHex: randomBytes(32).toString('hex'), entities: ENTITIES };
  try {
    const before = await Store.open({ ...options, migrations: migrations.slice(0, at) });
    try {
      await before.transaction(seed);
    } finally {
      await before.close();
    }
    const after = await Store.open({ ...options, migrations: migrations.slice(0, at + 1) });
    try {
      return await after.transaction(read);
    } finally {
      await after.close();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The message a statement fails with (a trigger's, a constraint's), or null when it succeeds. */
export async function refusalOf(db: EntityManager, sql: string): Promise<string | null> {
  try {
    await db.query(sql);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
