import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The medicine master a doctor prescribes from, and the interaction pairs a clinic adds to the
 * bundled ones. Medicines are retired, never deleted: prescriptions and, later, the pharmacy's
 * stock, batches and prices (their own tables, keyed by medicine id) keep pointing at them.
 */
export class Medicines1797292800000 implements MigrationInterface {
  name = 'Medicines1797292800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE medicines (
        id TEXT PRIMARY KEY,
        code TEXT UNIQUE,
        generic TEXT NOT NULL,
        brand TEXT,
        form TEXT NOT NULL,
        strength TEXT NOT NULL,
        strength_value REAL,
        strength_unit TEXT,
        per_volume_ml REAL,
        dispensing_unit TEXT NOT NULL,
        route TEXT NOT NULL,
        default_dose_value REAL,
        default_dose_unit TEXT,
        default_frequency TEXT,
        default_duration_days INTEGER,
        drug_class TEXT,
        pack_size INTEGER,
        child_min_mg_per_kg_day REAL,
        child_max_mg_per_kg_day REAL,
        active INTEGER NOT NULL,
        search_text TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    // Prescribing searches active medicines by the start of a generic or brand name.
    await db.query(`CREATE INDEX medicines_active_generic ON medicines (active, generic COLLATE NOCASE)`);
    await db.query(`CREATE INDEX medicines_active_brand ON medicines (active, brand COLLATE NOCASE)`);
    await db.query(`
      CREATE TABLE interaction_pairs (
        id TEXT PRIMARY KEY,
        a_drugs_json TEXT NOT NULL,
        a_class TEXT,
        b_drugs_json TEXT NOT NULL,
        b_class TEXT,
        severity TEXT NOT NULL CHECK (severity IN ('high', 'moderate', 'low')),
        effect TEXT NOT NULL,
        management TEXT NOT NULL,
        source TEXT NOT NULL,
        active INTEGER NOT NULL,
        added_by TEXT,
        added_by_name TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE interaction_pairs`);
    await db.query(`DROP TABLE medicines`);
  }
}
