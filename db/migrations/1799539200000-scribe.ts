import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The AI scribe: the patient's consent for each visit (a refusal too), the recordings made
 * between Start and Stop as chunks of PCM inside the encrypted store, and their transcripts.
 * Audio rows are deleted at signing (or by the retention rule); the recording row stays, with
 * when and why its audio went.
 */
export class Scribe1799539200000 implements MigrationInterface {
  name = 'Scribe1799539200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE scribe_consents (
        id TEXT PRIMARY KEY,
        visit_id TEXT NOT NULL REFERENCES visits(id),
        patient_id TEXT NOT NULL REFERENCES patients(id),
        answer TEXT NOT NULL CHECK (answer IN ('granted', 'refused')),
        asked_by TEXT NOT NULL REFERENCES users(id),
        asked_at TEXT NOT NULL
      )`);
    await db.query(`CREATE INDEX scribe_consents_visit ON scribe_consents (visit_id, asked_at)`);
    await db.query(`
      CREATE TABLE scribe_recordings (
        id TEXT PRIMARY KEY,
        visit_id TEXT NOT NULL REFERENCES visits(id),
        patient_id TEXT NOT NULL REFERENCES patients(id),
        consent_id TEXT NOT NULL REFERENCES scribe_consents(id),
        started_by TEXT NOT NULL REFERENCES users(id),
        started_at TEXT NOT NULL,
        stopped_at TEXT,
        audio_bytes INTEGER NOT NULL DEFAULT 0 CHECK (audio_bytes >= 0),
        audio_deleted_at TEXT,
        audio_deleted_why TEXT CHECK (audio_deleted_why IN ('signed', 'retention', 'discarded', 'withdrawn')),
        transcript TEXT,
        transcript_model TEXT,
        transcribed_at TEXT,
        transcript_deleted_at TEXT
      )`);
    await db.query(`CREATE INDEX scribe_recordings_visit ON scribe_recordings (visit_id)`);
    await db.query(`
      CREATE TABLE scribe_audio_chunks (
        recording_id TEXT NOT NULL REFERENCES scribe_recordings(id),
        seq INTEGER NOT NULL CHECK (seq >= 0),
        pcm BLOB NOT NULL,
        PRIMARY KEY (recording_id, seq)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE scribe_audio_chunks`);
    await db.query(`DROP TABLE scribe_recordings`);
    await db.query(`DROP TABLE scribe_consents`);
  }
}
