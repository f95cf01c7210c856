import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The AI interaction log: one row per call to a model, with its usage (tokens, latency, model,
 * estimated cost) and only the redacted, truncated prompt and answer, so no identifier is stored.
 */
export class AiInteractions1798934400000 implements MigrationInterface {
  name = 'AiInteractions1798934400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ai_interactions (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        user_id TEXT REFERENCES users(id),
        feature TEXT NOT NULL,
        model TEXT NOT NULL,
        prompt_tokens INTEGER NOT NULL CHECK (prompt_tokens >= 0),
        completion_tokens INTEGER NOT NULL CHECK (completion_tokens >= 0),
        latency_ms INTEGER NOT NULL CHECK (latency_ms >= 0),
        cost_millisen INTEGER NOT NULL CHECK (cost_millisen >= 0),
        outcome TEXT NOT NULL CHECK (outcome IN ('suggested', 'accepted', 'edited', 'rejected', 'failed')),
        failure TEXT,
        prompt TEXT NOT NULL,
        answer TEXT NOT NULL,
        decided_at TEXT,
        decided_by TEXT REFERENCES users(id)
      )`);
    await db.query(`CREATE INDEX ai_interactions_at ON ai_interactions (at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE ai_interactions`);
  }
}
