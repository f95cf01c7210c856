import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `column IN ('a', 'b', …)` for a CHECK constraint. */
function oneOf(column: string, values: readonly string[]): string {
  return `${column} IN (${values.map((value) => `'${value}'`).join(', ')})`;
}

// Spelled out rather than imported: a released migration must not change when the app's lists grow.
const ROOM_KINDS = ['consultation', 'procedure', 'treatment', 'pharmacy', 'payment', 'exam'];
const RESOURCE_KINDS = ['nurse', 'therapist', 'equipment'];
const BLOCK_KINDS = ['leave', 'blocked', 'holiday'];
const STATUSES = ['requested', 'confirmed', 'checked_in', 'in_progress', 'completed', 'cancelled', 'no_show'];

/** Who gains which new permission in stores made before this migration (fresh stores get the default table). */
const GRANTS: [permission: string, roles: string[]][] = [
  ['appointments.book', ['admin', 'doctor', 'nurse', 'receptionist']],
  ['schedules.manage', ['admin']],
];

/**
 * Appointments: types (which set the slot length and the room/resource they need), resources
 * (nurses, therapists, equipment), each doctor's weekly template, leave/blocked time/holidays,
 * the appointments themselves and their status history. Rooms gain a capacity and a clean-up
 * buffer, so a three-bed treatment room holds three appointments at once.
 */
export class Appointments1795737600000 implements MigrationInterface {
  name = 'Appointments1795737600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE rooms ADD COLUMN capacity INTEGER NOT NULL DEFAULT 1 CHECK (capacity >= 1)`);
    await db.query(`ALTER TABLE rooms ADD COLUMN cleanup_minutes INTEGER NOT NULL DEFAULT 0 CHECK (cleanup_minutes >= 0)`);
    await db.query(`
      CREATE TABLE appointment_types (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
        room_kind TEXT CHECK (room_kind IS NULL OR ${oneOf('room_kind', ROOM_KINDS)}),
        resource_kind TEXT CHECK (resource_kind IS NULL OR ${oneOf('resource_kind', RESOURCE_KINDS)}),
        active INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await db.query(`
      CREATE TABLE resources (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (${oneOf('kind', RESOURCE_KINDS)}),
        user_id TEXT REFERENCES users(id),
        active INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    // One row per doctor: the week is read and saved whole, so sessions and breaks are JSON lists.
    await db.query(`
      CREATE TABLE doctor_schedules (
        doctor_id TEXT PRIMARY KEY REFERENCES users(id),
        slot_minutes INTEGER NOT NULL CHECK (slot_minutes > 0),
        sessions_json TEXT NOT NULL DEFAULT '[]',
        breaks_json TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL
      )`);
    await db.query(`
      CREATE TABLE schedule_blocks (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (${oneOf('kind', BLOCK_KINDS)}),
        doctor_id TEXT REFERENCES users(id),
        room_id TEXT REFERENCES rooms(id),
        resource_id TEXT REFERENCES resources(id),
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL CHECK (ends_at > starts_at),
        reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await db.query(`CREATE INDEX schedule_blocks_time ON schedule_blocks (starts_at, ends_at)`);
    await db.query(`
      CREATE TABLE appointments (
        id TEXT PRIMARY KEY,
        patient_id TEXT NOT NULL REFERENCES patients(id),
        doctor_id TEXT NOT NULL REFERENCES users(id),
        type_id TEXT NOT NULL REFERENCES appointment_types(id),
        room_id TEXT REFERENCES rooms(id),
        resource_id TEXT REFERENCES resources(id),
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL CHECK (ends_at > starts_at),
        status TEXT NOT NULL CHECK (${oneOf('status', STATUSES)}),
        notes TEXT NOT NULL DEFAULT '',
        cancel_reason TEXT,
        follow_up_of_visit_id TEXT REFERENCES visits(id),
        visit_id TEXT REFERENCES visits(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await db.query(`CREATE INDEX appointments_doctor ON appointments (doctor_id, starts_at)`);
    await db.query(`CREATE INDEX appointments_room ON appointments (room_id, starts_at)`);
    await db.query(`CREATE INDEX appointments_resource ON appointments (resource_id, starts_at)`);
    await db.query(`CREATE INDEX appointments_patient ON appointments (patient_id, starts_at)`);
    await db.query(`CREATE INDEX appointments_starts ON appointments (starts_at)`);
    await db.query(`CREATE INDEX appointments_visit ON appointments (visit_id)`);
    await db.query(`
      CREATE TABLE appointment_status_history (
        id TEXT PRIMARY KEY,
        appointment_id TEXT NOT NULL REFERENCES appointments(id),
        from_status TEXT CHECK (from_status IS NULL OR ${oneOf('from_status', STATUSES)}),
        to_status TEXT NOT NULL CHECK (${oneOf('to_status', STATUSES)}),
        at TEXT NOT NULL,
        by_user_id TEXT REFERENCES users(id),
        note TEXT NOT NULL DEFAULT ''
      )`);
    await db.query(`CREATE INDEX appointment_status_history_appointment ON appointment_status_history (appointment_id, at)`);
    for (const [permission, roles] of GRANTS) {
      await db.query(
        `UPDATE roles SET permissions_json = json_insert(permissions_json, '$[#]', ?)
         WHERE key IN (${roles.map(() => '?').join(', ')}) AND NOT EXISTS (SELECT 1 FROM json_each(permissions_json) WHERE value = ?)`,
        [permission, ...roles, permission],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [permission] of GRANTS) {
      await db.query(`UPDATE roles SET permissions_json = (SELECT json_group_array(value) FROM json_each(permissions_json) WHERE value <> ?)`, [permission]);
    }
    for (const table of ['appointment_status_history', 'appointments', 'schedule_blocks', 'doctor_schedules', 'resources', 'appointment_types']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`ALTER TABLE rooms DROP COLUMN cleanup_minutes`);
    await db.query(`ALTER TABLE rooms DROP COLUMN capacity`);
  }
}
