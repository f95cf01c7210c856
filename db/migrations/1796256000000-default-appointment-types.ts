import type { MigrationInterface, QueryRunner } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { DEFAULT_APPOINTMENT_TYPES } from '../../src/main/modules/appointments/types-service';

/**
 * A clinic set up before appointments existed got no appointment types (first-run set-up seeds
 * them, and that had already run), so its booking dialog had nothing to offer. This gives such a
 * store the types a new clinic starts with.
 *
 * Only a store that is set up (it has its clinic settings) and has no types at all: a fresh store
 * runs every migration before set-up seeds the same codes, and a clinic that made its own types
 * keeps exactly those. The list is imported, unlike other migrations' values, so that the two
 * ways a clinic gets its defaults cannot drift apart; if a default ever needs a room or resource
 * kind a later migration adds, this migration must take a copy of today's list instead.
 */
export class DefaultAppointmentTypes1796256000000 implements MigrationInterface {
  name = 'DefaultAppointmentTypes1796256000000';

  async up(db: QueryRunner): Promise<void> {
    const [{ setUp, types }] = (await db.query(
      `SELECT (SELECT count(*) FROM clinic_settings) AS setUp, (SELECT count(*) FROM appointment_types) AS types`,
    )) as { setUp: number; types: number }[];
    if (setUp === 0 || types > 0) return;
    const now = new Date().toISOString();
    for (const type of DEFAULT_APPOINTMENT_TYPES) {
      await db.query(
        `INSERT INTO appointment_types (id, code, name, duration_minutes, room_kind, resource_kind, active, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [uuidv7(), type.code, type.name, type.durationMinutes, type.roomKind, type.resourceKind, type.active ? 1 : 0, now, now],
      );
    }
  }

  /** The types are the clinic's own rows from now on (renamed, retired, booked): nothing is taken back. */
  async down(): Promise<void> {}
}
