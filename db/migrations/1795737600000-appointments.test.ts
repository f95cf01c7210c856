import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ENTITIES } from '../../src/main/hub/hub';
import { Store } from '../../src/main/store/store';
import { migrations } from './index';
import { rolesAfterMigration } from './roles-after-migration';

let folder = '';
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('migration 1795737600000-appointments', () => {
  it('gives existing roles the new permissions as the default table does, once', async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-migrations-'));
    const roles = await rolesAfterMigration(
      folder,
      'Appointments1795737600000',
      `INSERT INTO roles (key, permissions_json, updated_at) VALUES
        ('admin', '["users.manage"]', 'x'), ('doctor', '["queue.operate"]', 'x'), ('nurse', '[]', 'x'),
        ('receptionist', '["appointments.book"]', 'x'), ('pharmacist', '["pharmacy.dispense"]', 'x')`,
    );
    expect(roles).toEqual([
      ['admin', ['users.manage', 'appointments.book', 'schedules.manage']],
      ['doctor', ['queue.operate', 'appointments.book']],
      ['nurse', ['appointments.book']],
      ['pharmacist', ['pharmacy.dispense']],
      ['receptionist', ['appointments.book']],
    ]);
  });

  it('gives existing rooms capacity 1 and no clean-up time, and refuses a kind it does not know', async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-migrations-'));
    const file = path.join(folder, 'before.db');
    const keyHex = randomBytes(32).toString('hex');
    const at = migrations.findIndex((migration) => new migration().name === 'Appointments1795737600000');
    const before = await Store.open({ file, keyHex, entities: ENTITIES, migrations: migrations.slice(0, at) });
    await before.transaction((db) => db.query(`INSERT INTO rooms (id, code, name, kind, ticket_prefix, active, created_at, updated_at) VALUES ('r1', '1', 'Bilik 1', 'consultation', 'A', 1, 'x', 'x')`));
    await before.close();

    const after = await Store.open({ file, keyHex, entities: ENTITIES, migrations: migrations.slice(0, at + 1) });
    try {
      const rooms = await after.transaction((db) => db.query<{ capacity: number; cleanup_minutes: number }[]>('SELECT capacity, cleanup_minutes FROM rooms'));
      expect(rooms).toEqual([{ capacity: 1, cleanup_minutes: 0 }]);
      const badKind = after.transaction((db) =>
        db.query(`INSERT INTO appointment_types (id, code, name, duration_minutes, room_kind, active, created_at, updated_at) VALUES ('t1', 'X', 'X', 15, 'garage', 1, 'x', 'x')`),
      );
      await expect(badKind).rejects.toThrow(/CHECK constraint/);
    } finally {
      await after.close();
    }
  });
});
