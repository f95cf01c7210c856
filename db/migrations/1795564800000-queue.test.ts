import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ENTITIES } from '../../src/main/hub/hub';
import { Store } from '../../src/main/store/store';
import { displaySettingsSchema } from '../../src/shared/schemas/clinic';
import { migrations } from './index';

let folder = '';
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('1795564800000-queue', () => {
  it('gives a clinic set up before it display settings: a random pairing code, names hidden, its own languages', async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-migrations-'));
    const file = path.join(folder, 'before.db');
    const keyHex = randomBytes(32).toString('hex');
    const queueAt = migrations.findIndex((migration) => new migration().name === 'Queue1795564800000');
    expect(queueAt).toBeGreaterThan(0);

    const before = await Store.open({ file, keyHex, entities: ENTITIES, migrations: migrations.slice(0, queueAt) });
    await before.transaction(async (db) => {
      await db.query(`INSERT INTO clinic_settings (id, profile_json, security_json, backup_json, updated_at) VALUES (1, '{"name":"Klinik","languages":["ms","en"]}', '{}', '{}', 'x')`);
    });
    await before.close();

    const after = await Store.open({ file, keyHex, entities: ENTITIES });
    const rows = await after.transaction((db) => db.query<{ display_json: string }[]>('SELECT display_json FROM clinic_settings'));
    await after.close();
    const display = displaySettingsSchema.parse(JSON.parse(rows[0].display_json));
    expect(display).toMatchObject({ showMaskedNames: false, notice: '', languages: ['ms', 'en'] });
    expect(display.pairingCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
  });
});
