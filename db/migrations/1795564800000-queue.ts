import type { MigrationInterface, QueryRunner } from 'typeorm';

const PAIRING_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** SQL for one random character of the pairing-code alphabet (the same one the clinic service uses). */
function randomCodeChar(): string {
  return `substr('${PAIRING_ALPHABET}', (abs(random()) % ${PAIRING_ALPHABET.length}) + 1, 1)`;
}

/**
 * Walk-ins and the queue: rooms/stations, visits with a daily ticket number, and one queue
 * entry per room a visit waits in (consultation → pharmacy → payment). Also the waiting-room
 * display settings, with a random pairing code for clinics set up before this migration.
 */
export class Queue1795564800000 implements MigrationInterface {
  name = 'Queue1795564800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rooms (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('consultation', 'procedure', 'treatment', 'pharmacy', 'payment', 'exam')),
        ticket_prefix TEXT NOT NULL,
        active INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await db.query(`
      CREATE TABLE visits (
        id TEXT PRIMARY KEY,
        patient_id TEXT NOT NULL REFERENCES patients(id),
        clinic_date TEXT NOT NULL,
        chief_complaint TEXT NOT NULL,
        priority TEXT NOT NULL CHECK (priority IN ('normal', 'elderly', 'urgent', 'emergency')),
        emergency_reason TEXT,
        ticket_no TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'done', 'no_show')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX visits_ticket ON visits (clinic_date, ticket_no)`);
    await db.query(`CREATE INDEX visits_patient ON visits (patient_id, clinic_date)`);
    await db.query(`
      CREATE TABLE queue_entries (
        id TEXT PRIMARY KEY,
        visit_id TEXT NOT NULL REFERENCES visits(id),
        room_id TEXT NOT NULL REFERENCES rooms(id),
        status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'serving', 'done', 'skipped', 'no_show', 'transferred')),
        position INTEGER NOT NULL,
        skip_returns_after INTEGER,
        called_at TEXT,
        called_count INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await db.query(`CREATE INDEX queue_entries_room ON queue_entries (room_id, status)`);
    await db.query(`CREATE INDEX queue_entries_visit ON queue_entries (visit_id)`);
    await db.query(`CREATE INDEX queue_entries_called ON queue_entries (called_at)`);
    await db.query(`ALTER TABLE clinic_settings ADD COLUMN display_json TEXT NOT NULL DEFAULT '{}'`);
    const code = Array.from({ length: 8 }, randomCodeChar).join(' || ');
    await db.query(`
      UPDATE clinic_settings SET display_json = json_object(
        'pairingCode', ${code},
        'showMaskedNames', json('false'),
        'notice', '',
        'languages', json_extract(profile_json, '$.languages')
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE clinic_settings DROP COLUMN display_json`);
    for (const table of ['queue_entries', 'visits', 'rooms']) await db.query(`DROP TABLE ${table}`);
  }
}
