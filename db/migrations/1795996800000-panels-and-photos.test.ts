import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ENTITIES } from '../../src/main/hub/hub';
import { Store } from '../../src/main/store/store';
import { migrations } from './index';

let folder = '';
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('1795996800000-panels-and-photos', () => {
  it('gives patients registered before it an empty list of panel memberships, searchable as before', async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-migrations-'));
    const file = path.join(folder, 'before.db');
    const keyHex = randomBytes(32).toString('hex');
    const at = migrations.findIndex((migration) => new migration().name === 'PanelsAndPhotos1795996800000');
    expect(at).toBeGreaterThan(0);

    const before = await Store.open({ file, keyHex, entities: ENTITIES, migrations: migrations.slice(0, at) });
    await before.transaction((db) =>
      db.query(`INSERT INTO patients (id, mrn, full_name, identity_type, identity_no, address, postcode, employer, created_at, updated_at, version)
                VALUES ('0195f7a2-0000-7000-8000-000000000001', 'MRN-000001', 'Tan Ah Kow', 'mykad', '700101105111', '', '', '', 'x', 'x', 1)`),
    );
    await before.close();

    const after = await Store.open({ file, keyHex, entities: ENTITIES });
    const rows = await after.transaction((db) => db.query<{ panels_json: string }[]>(`SELECT panels_json FROM patients`));
    const found = await after.transaction((db) => db.query<{ rowid: number }[]>(`SELECT rowid FROM patient_search WHERE patient_search MATCH '"Ah Kow"'`));
    await after.close();
    expect(JSON.parse(rows[0].panels_json)).toEqual([]);
    expect(found).toHaveLength(1);
  });
});
