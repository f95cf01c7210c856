import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ENTITIES } from '../../src/main/hub/hub';
import { Store } from '../../src/main/store/store';
import { printerSettingsSchema } from '../../src/shared/schemas/printer';
import { migrations } from './index';

let folder = '';
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('1795824000000-printer-settings', () => {
  it('gives a clinic set up before it "no printer", leaving its other settings as they were', async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-migrations-'));
    const file = path.join(folder, 'before.db');
    const keyHex = randomBytes(32).toString('hex');
    const at = migrations.findIndex((migration) => new migration().name === 'PrinterSettings1795824000000');
    expect(at).toBeGreaterThan(0);

    const before = await Store.open({ file, keyHex, entities: ENTITIES, migrations: migrations.slice(0, at) });
    const columnsBefore = await before.transaction((db) => db.query<{ name: string }[]>('PRAGMA table_info(clinic_settings)'));
    expect(columnsBefore.map((c) => c.name)).not.toContain('printer_json');
    await before.transaction((db) =>
      db.query(`INSERT INTO clinic_settings (id, profile_json, security_json, backup_json, display_json, updated_at) VALUES (1, '{"name":"Klinik"}', '{"idleLockMinutes":7}', '{}', '{"notice":"x"}', 'then')`),
    );
    await before.close();

    const after = await Store.open({ file, keyHex, entities: ENTITIES, migrations: migrations.slice(0, at + 1) });
    const rows = await after.transaction((db) => db.query<Record<string, string>[]>('SELECT * FROM clinic_settings'));
    await after.close();
    expect(rows).toHaveLength(1);
    expect(printerSettingsSchema.parse(JSON.parse(rows[0].printer_json))).toEqual({
      connection: { kind: 'none' },
      paperWidthMm: 80,
      printTicketAtCheckIn: false,
      copies: 1,
      checkStatus: true,
    });
    expect(rows[0]).toMatchObject({ profile_json: '{"name":"Klinik"}', security_json: '{"idleLockMinutes":7}', display_json: '{"notice":"x"}', updated_at: 'then' });
  });
});
