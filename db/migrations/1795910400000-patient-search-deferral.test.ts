import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ENTITIES } from '../../src/main/modules';
import { Store } from '../../src/main/store/store';
import { migrations } from './index';

let folder = '';
afterEach(() => rm(folder, { recursive: true, force: true }));

const NAME = 'PatientSearchDeferral1795910400000';

/** A patient row as an older store held it (only the columns its schema had then). */
function insertPatient(id: string, mrn: string, fullName: string, identityNo: string, phones: string[]): [string, unknown[]] {
  return [
    `INSERT INTO patients (id, mrn, full_name, identity_type, identity_no, phones_json, created_at, updated_at, version) VALUES (?, ?, ?, 'mykad', ?, ?, 'x', 'x', 1)`,
    [id, mrn, fullName, identityNo, JSON.stringify(phones)],
  ];
}

type SearchRow = { rowid: number; mrn: string; full_name: string; identity_no: string; identity_digits: string; phone_digits: string };
const SEARCH_COLUMNS = 'SELECT rowid, mrn, full_name, identity_no, identity_digits, phone_digits FROM patient_search';
const SEARCH_ROWS = `${SEARCH_COLUMNS} ORDER BY rowid`;

describe('1795910400000-patient-search-deferral', () => {
  it('keeps the search rows, indexes as before through the view, and skips new rows only while deferred', async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-migrations-'));
    const file = path.join(folder, 'before.db');
    const keyHex = randomBytes(32).toString('hex');
    const at = migrations.findIndex((migration) => new migration().name === NAME);
    expect(at).toBeGreaterThan(0);

    const before = await Store.open({ file, keyHex, entities: ENTITIES, migrations: migrations.slice(0, at) });
    const indexedBefore = await before.transaction(async (db) => {
      await db.query(...insertPatient('p1', 'MRN-000001', 'Tan Mei Ling', '850615-14-5230', ['+60 12-345 6789', '03-7876 4321']));
      await db.query(...insertPatient('p2', 'MRN-000002', 'Ahmad bin Ali', '900101-10-5001', []));
      return db.query<SearchRow[]>(SEARCH_ROWS);
    });
    await before.close();
    expect(indexedBefore[0]).toMatchObject({ identity_digits: '850615145230', phone_digits: '60123456789 0378764321' });

    const after = await Store.open({ file, keyHex, entities: ENTITIES, migrations: migrations.slice(0, at + 1) });
    try {
      const check = await after.transaction(async (db) => {
        const kept = await db.query<SearchRow[]>(SEARCH_ROWS);
        // A new patient is indexed with exactly the text the old trigger gave the same fields.
        await db.query(...insertPatient('p3', 'MRN-000003', 'Tan Mei Ling', '850615-14-5231', ['+60 12-345 6789', '03-7876 4321']));
        const added = await db.query<SearchRow[]>(`${SEARCH_COLUMNS} WHERE rowid = (SELECT rowid FROM patients WHERE id = 'p3')`);
        // An edit re-indexes; a merge takes the record out of search.
        await db.query(`UPDATE patients SET full_name = 'Ahmad bin Abu' WHERE id = 'p2'`);
        await db.query(`UPDATE patients SET merged_into_id = 'p3' WHERE id = 'p1'`);
        const names = (await db.query<{ full_name: string }[]>('SELECT full_name FROM patient_search ORDER BY rowid')).map((row) => row.full_name);
        // While deferred, an insert gets no search row (its writer indexes it before committing).
        await db.query(`INSERT INTO patient_search_deferred (only) VALUES (1)`);
        await db.query(...insertPatient('p4', 'MRN-000004', 'Lim Wei Jie', '920304-14-5677', []));
        const whileDeferred = await db.query<{ n: number }[]>(`SELECT count(*) AS n FROM patient_search WHERE full_name = 'Lim Wei Jie'`);
        const hashsize = await db.query<{ v: number }[]>(`SELECT v FROM patient_search_config WHERE k = 'hashsize'`);
        return { kept, added, names, whileDeferred: whileDeferred[0].n, hashsize: hashsize[0]?.v };
      });
      expect(check.kept).toEqual(indexedBefore);
      expect(check.added).toEqual([{ ...indexedBefore[0], rowid: check.added[0].rowid, mrn: 'MRN-000003', identity_no: '850615-14-5231', identity_digits: '850615145231' }]);
      expect(check.names).toEqual(['Ahmad bin Abu', 'Tan Mei Ling']);
      expect(check.whileDeferred).toBe(0);
      expect(check.hashsize).toBe(64 * 1024 * 1024);
    } finally {
      await after.close();
    }
  });
});
