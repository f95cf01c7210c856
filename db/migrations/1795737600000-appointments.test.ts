import { describe, expect, it } from 'vitest';
import { acrossMigration } from './migration-test-store';
import { rolesAfterMigration } from './roles-after-migration';

describe('migration 1795737600000-appointments', () => {
  it('gives existing roles the new permissions as the default table does, once', async () => {
    const roles = await rolesAfterMigration(
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
    const { rooms, badKind } = await acrossMigration(
      'Appointments1795737600000',
      (db) => db.query(`INSERT INTO rooms (id, code, name, kind, ticket_prefix, active, created_at, updated_at) VALUES ('r1', '1', 'Bilik 1', 'consultation', 'A', 1, 'x', 'x')`),
      async (db) => ({
        rooms: await db.query<{ capacity: number; cleanup_minutes: number }[]>('SELECT capacity, cleanup_minutes FROM rooms'),
        badKind: await db
          .query(`INSERT INTO appointment_types (id, code, name, duration_minutes, room_kind, active, created_at, updated_at) VALUES ('t1', 'X', 'X', 15, 'garage', 1, 'x', 'x')`)
          .then(() => null, (error: unknown) => String(error)),
      }),
    );
    expect(rooms).toEqual([{ capacity: 1, cleanup_minutes: 0 }]);
    expect(badKind).toMatch(/CHECK constraint/);
  });
});
