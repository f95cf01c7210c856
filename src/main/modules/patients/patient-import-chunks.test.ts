import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalDetailsOf, refusalOf, signIn, startTestHub, ADMIN, type TestHub } from '../../../../tests/support/test-hub';
import { formatCsv } from '../../../shared/csv';
import type { ImportBeginInput } from '../../../shared/schemas/patient-import';
import { StoreLocation } from '../../hub/store-location';

/**
 * The import's commit in chunks against the real store: its patients stay invisible until the
 * last chunk, and a failure, a cancel or a crash partway leaves nothing anyone can see.
 */
type Caller = Awaited<ReturnType<typeof clinicWithReceptionist>>['admin'];

const clinic = clinicForTests(() => clinicWithReceptionist({ clock: () => new Date('2026-11-23T02:00:00Z') }));

const SETTINGS: ImportBeginInput = { mapping: { fullName: 'Nama', identityNo: 'No KP' }, hasHeader: true, dateFormat: 'DD/MM/YYYY' };
/** Several chunks of the commit (a few hundred rows each): the tests look at the store between chunks. */
const ROWS = 3000;

/** `count` MyKad holders born on `yymmdd` (one birth date per test keeps the tests apart), named after it. */
function csvOf(yymmdd: string, count = ROWS): string {
  return formatCsv([['Nama', 'No KP'], ...Array.from({ length: count }, (_, i) => [`Pesakit ${yymmdd} ${i + 1}`, `${yymmdd}-10-${String(i + 1).padStart(4, '0')}`])]);
}

async function checkedImport(caller: Caller, csv: string): Promise<string> {
  const { importId } = await caller.patients.importBegin(SETTINGS);
  for (let start = 0; start < csv.length; start += 20_000) await caller.patients.importChunk({ importId, text: csv.slice(start, start + 20_000) });
  await caller.patients.importPreview({ importId });
  return importId;
}

/**
 * Runs `look` once the commit has written some chunks but not all: between two chunks, where
 * the rest of the clinic is served. The progress comes from the hub's memory, at once.
 */
async function betweenChunks<T>(caller: Caller, importId: string, look: () => Promise<T>): Promise<T> {
  for (;;) {
    const progress = await caller.patients.importProgress({ importId });
    if (progress && progress.written > 0 && progress.written < progress.total) return look();
    if (progress && progress.written >= progress.total) throw new Error('the commit wrote every chunk before it could be looked at');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Rows the store holds for an import: its pending or published patients, its staged records, its own row. */
async function storeRowsOf(testHub: TestHub, importId: string): Promise<{ patients: number; staged: number; imports: number }> {
  const open = testHub.hub.open();
  if (!open) throw new Error('store not open');
  return open.store.transaction(async (db) => {
    const [counts] = await db.query<{ patients: number; staged: number; imports: number }[]>(
      `SELECT (SELECT count(*) FROM patients WHERE import_id = ?) AS patients, (SELECT count(*) FROM patient_import_rows WHERE import_id = ?) AS staged,
              (SELECT count(*) FROM patient_imports WHERE id = ?) AS imports`,
      [importId, importId, importId],
    );
    return counts;
  });
}

describe('patient CSV import, committed in chunks', () => {
  it('keeps the patients out of search until the last chunk, then shows them all, and reports progress', async () => {
    const importId = await checkedImport(clinic.admin, csvOf('800301'));
    const committing = clinic.admin.patients.importCommit({ importId });
    const midway = await betweenChunks(clinic.admin, importId, async () => ({
      progress: await clinic.admin.patients.importProgress({ importId }),
      byIc: await clinic.reception.patients.search({ query: '800301' }),
      byName: await clinic.reception.patients.search({ query: 'Pesakit 800301' }),
      byPrefix: await clinic.reception.patients.search({ query: 'Pe' }),
      rows: await storeRowsOf(clinic.testHub, importId),
    }));
    expect(midway.progress?.total).toBe(ROWS);
    expect(midway.progress?.written).toBeGreaterThan(0);
    // Written, yet nobody sees them.
    expect(midway.rows.patients).toBeGreaterThan(0);
    expect([midway.byIc, midway.byName, midway.byPrefix]).toEqual([[], [], []]);

    const result = await committing;
    expect(result.imported).toBe(ROWS);
    expect((await clinic.reception.patients.search({ query: '800301-10-0001' })).map((p) => p.fullName)).toEqual(['Pesakit 800301 1']);
    expect((await clinic.reception.patients.search({ query: '800301-10-3000' })).map((p) => p.mrn)).toEqual([result.lastMrn]);
    // The staged file is gone; the patients keep the import they came from.
    expect(await storeRowsOf(clinic.testHub, importId)).toEqual({ patients: ROWS, staged: 0, imports: 0 });
    expect(await refusalOf(clinic.admin.patients.importProgress({ importId }))).toBe('NOT_FOUND');
  });

  it('tells open screens that patients changed once, when the import is published, not after every chunk', async () => {
    const importId = await checkedImport(clinic.admin, csvOf('800309'));
    const told: string[][] = [];
    const stopListening = clinic.testHub.hub.events.onEvent('changed', ({ entities }) => told.push(entities));
    try {
      await clinic.admin.patients.importCommit({ importId });
    } finally {
      stopListening();
    }
    // Chunks and the staged rows' removal were written, each telling only of the import itself.
    expect(told.length).toBeGreaterThan(6);
    expect(told.filter((entities) => entities.includes('patient'))).toEqual([['patient']]);
  });

  it('shows nothing of a commit that fails in a later chunk, removes its written chunks, and lets it be tried again', async () => {
    // A legacy MRN already holding the number the sequence hands out 1500 rows in: a later chunk fails.
    const legacy = await clinic.reception.patients.register({ fullName: 'Legacy Chunk Holder', identityType: 'other', identityNo: 'LEGACY-CHUNK' });
    const open = clinic.testHub.hub.open();
    if (!open) throw new Error('store not open');
    const collidesAt = `MRN-${String(Number(legacy.mrn.slice(4)) + 1500).padStart(6, '0')}`;
    await open.store.transaction((db) => db.query(`UPDATE patients SET mrn = ? WHERE id = ?`, [collidesAt, legacy.id]));

    const importId = await checkedImport(clinic.admin, csvOf('800302'));
    expect(await refusalOf(clinic.admin.patients.importCommit({ importId }))).toBe('INTERNAL');
    expect(await clinic.reception.patients.search({ query: '800302' })).toEqual([]);
    // The first chunk had been written (pending): removed; the file stays staged.
    expect(await storeRowsOf(clinic.testHub, importId)).toEqual({ patients: 0, staged: ROWS, imports: 1 });

    await open.store.transaction((db) => db.query(`UPDATE patients SET mrn = 'LEGACY-CHUNK-1' WHERE id = ?`, [legacy.id]));
    const result = await clinic.admin.patients.importCommit({ importId });
    expect(result.imported).toBe(ROWS);
    expect((await clinic.reception.patients.search({ query: '800302-10-2999' })).map((p) => p.fullName)).toEqual(['Pesakit 800302 2999']);
  });

  it('cancels before the commit, and during it with nothing left behind', async () => {
    const before = await checkedImport(clinic.admin, csvOf('800303'));
    await clinic.admin.patients.importCancel({ importId: before });
    expect(await refusalOf(clinic.admin.patients.importCommit({ importId: before }))).toBe('NOT_FOUND');
    expect(await storeRowsOf(clinic.testHub, before)).toEqual({ patients: 0, staged: 0, imports: 0 });

    const during = await checkedImport(clinic.admin, csvOf('800304'));
    const committing = refusalDetailsOf(clinic.admin.patients.importCommit({ importId: during }));
    await betweenChunks(clinic.admin, during, () => clinic.admin.patients.importCancel({ importId: during }));
    expect(await committing).toMatchObject({ code: 'CONFLICT', details: { reason: 'import-cancelled' } });
    expect(await clinic.reception.patients.search({ query: '800304' })).toEqual([]);
    expect(await storeRowsOf(clinic.testHub, during)).toEqual({ patients: 0, staged: 0, imports: 0 });
  });

  it('writes two imports at once, each whole, and a cancel of one leaves the other', async () => {
    const [first, second, cancelled] = await Promise.all([checkedImport(clinic.admin, csvOf('800305')), checkedImport(clinic.admin, csvOf('800306')), checkedImport(clinic.admin, csvOf('800307', 10))]);
    const [one, two] = await Promise.all([
      clinic.admin.patients.importCommit({ importId: first }),
      clinic.admin.patients.importCommit({ importId: second }),
      clinic.admin.patients.importCancel({ importId: cancelled }),
    ]);
    expect([one.imported, two.imported]).toEqual([ROWS, ROWS]);
    expect(await storeRowsOf(clinic.testHub, first)).toEqual({ patients: ROWS, staged: 0, imports: 0 });
    expect(await storeRowsOf(clinic.testHub, second)).toEqual({ patients: ROWS, staged: 0, imports: 0 });
    expect(await storeRowsOf(clinic.testHub, cancelled)).toEqual({ patients: 0, staged: 0, imports: 0 });
    expect((await clinic.reception.patients.search({ query: '800305-10-3000' })).length).toBe(1);
    expect((await clinic.reception.patients.search({ query: '800306-10-3000' })).length).toBe(1);
  });

  it('after a crash mid-commit, shows none of it and clears it when the store opens again', async () => {
    const importId = await checkedImport(clinic.admin, csvOf('800308'));
    const open = clinic.testHub.hub.open();
    if (!open) throw new Error('store not open');
    // The store as a crash between two chunks leaves it: a copy taken in the store's turn, between them.
    const crashedDir = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-crash-'));
    const crashed = new StoreLocation(crashedDir);
    const committing = clinic.admin.patients.importCommit({ importId });
    await betweenChunks(clinic.admin, importId, () => open.store.exclusive((db) => db.exec(`VACUUM INTO '${crashed.file}'`)));
    await committing;
    const key = await clinic.testHub.keychain.get(new StoreLocation(clinic.testHub.dataDir).keychainAccount);
    if (!key) throw new Error('no store key');
    await clinic.testHub.keychain.set(crashed.keychainAccount, key);

    const after = await startTestHub({ dataDir: crashedDir, keychain: clinic.testHub.keychain, clock: () => new Date('2026-11-23T02:00:00Z') });
    try {
      expect(await storeRowsOf(after, importId)).toEqual({ patients: 0, staged: 0, imports: 0 });
      const admin = (await signIn(after, ADMIN.username, ADMIN.password)).caller;
      expect(await admin.patients.search({ query: '800308' })).toEqual([]);
      expect(await admin.audit.verify()).toMatchObject({ ok: true });
    } finally {
      await clinic.testHub.keychain.delete(crashed.keychainAccount);
      await after.close();
    }
  });

  it('keeps the audit chain intact', async () => {
    expect(await clinic.admin.audit.verify()).toMatchObject({ ok: true });
  });
});
