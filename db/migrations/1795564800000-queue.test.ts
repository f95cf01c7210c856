import { describe, expect, it } from 'vitest';
import { displaySettingsSchema } from '../../src/shared/schemas/clinic';
import { acrossMigration } from './migration-test-store';

describe('1795564800000-queue', () => {
  it('gives a clinic set up before it display settings: a random pairing code, names hidden, its own languages', async () => {
    const rows = await acrossMigration(
      'Queue1795564800000',
      (db) => db.query(`INSERT INTO clinic_settings (id, profile_json, security_json, backup_json, updated_at) VALUES (1, '{"name":"Klinik","languages":["ms","en"]}', '{}', '{}', 'x')`),
      (db) => db.query<{ display_json: string }[]>('SELECT display_json FROM clinic_settings'),
    );
    const display = displaySettingsSchema.parse(JSON.parse(rows[0].display_json));
    expect(display).toMatchObject({ showMaskedNames: false, notice: '', languages: ['ms', 'en'] });
    expect(display.pairingCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
  });
});
