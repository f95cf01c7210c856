import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { DEFAULT_APPOINTMENT_TYPES } from '../../src/main/modules/appointments/types-service';
import { acrossMigration } from './migration-test-store';

const MIGRATION = 'DefaultAppointmentTypes1796256000000';

/** A clinic set up before the migration: its settings row, as first-run set-up wrote it. */
const setUpClinic = (db: EntityManager) =>
  db.query(`INSERT INTO clinic_settings (id, profile_json, security_json, backup_json, display_json, updated_at) VALUES (1, '{"name":"Klinik"}', '{}', '{}', '{}', 'then')`);

interface TypeRow {
  id: string;
  code: string;
  name: string;
  durationMinutes: number;
  roomKind: string | null;
  resourceKind: string | null;
  active: number;
  createdAt: string;
}

const types = (db: EntityManager) =>
  db.query<TypeRow[]>(
    `SELECT id, code, name, duration_minutes AS durationMinutes, room_kind AS roomKind, resource_kind AS resourceKind, active, created_at AS createdAt
     FROM appointment_types ORDER BY code`,
  );

describe('1796256000000-default-appointment-types', () => {
  it('gives a set-up clinic with no appointment types the four a new clinic starts with', async () => {
    const rows = await acrossMigration(MIGRATION, setUpClinic, types);
    const expected = DEFAULT_APPOINTMENT_TYPES.map((type) => ({ ...type, active: 1 })).sort((a, b) => a.code.localeCompare(b.code));
    expect(rows.map(({ id: _id, createdAt: _createdAt, ...type }) => type)).toEqual(expected);
    expect(rows.map((row) => row.code)).toEqual(['CONSULT', 'FOLLOWUP', 'PROC', 'WOUND']);
    expect(new Set(rows.map((row) => row.id)).size).toBe(4);
    expect(rows.every((row) => !Number.isNaN(Date.parse(row.createdAt)))).toBe(true);
  });

  it('leaves a clinic that made its own type with just that one', async () => {
    const rows = await acrossMigration(
      MIGRATION,
      async (db) => {
        await setUpClinic(db);
        await db.query(`INSERT INTO appointment_types (id, code, name, duration_minutes, room_kind, resource_kind, active, created_at, updated_at)
                        VALUES ('t1', 'IMM', 'Imunisasi', 5, NULL, 'nurse', 1, 'then', 'then')`);
      },
      types,
    );
    expect(rows).toEqual([{ id: 't1', code: 'IMM', name: 'Imunisasi', durationMinutes: 5, roomKind: null, resourceKind: 'nurse', active: 1, createdAt: 'then' }]);
  });

  it('adds nothing to a store not yet set up, which first-run set-up fills with the same codes', async () => {
    expect(await acrossMigration(MIGRATION, async () => undefined, types)).toEqual([]);
  });
});
