import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Store, sqliteConnection } from './store';
import { keyPragmas, openEncryptedFile } from './store-file';
import { WalCheckpointer } from './wal-checkpointer';

let folder = '';
afterEach(() => rm(folder, { recursive: true, force: true }));

async function openStore(onCheckpointFallback?: (reason: string) => void) {
  folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-wal-'));
  const file = path.join(folder, 'store.db');
  const keyHex = randomBytes(32).toString('hex');
  const store = await Store.open({ file, keyHex, entities: [], migrations: [], onCheckpointFallback });
  return { store, file, keyHex };
}

/** About 8 MB of pages in one commit: past SQLite's own 1000-page checkpoint threshold. */
async function writeNotes(store: Store, rows = 2000): Promise<void> {
  await store.transaction(async (manager) => {
    const db = sqliteConnection(manager);
    db.exec('CREATE TABLE IF NOT EXISTS note (id INTEGER PRIMARY KEY, body BLOB NOT NULL)');
    const insert = db.prepare('INSERT INTO note (body) VALUES (?)');
    for (let i = 0; i < rows; i += 1) insert.run(randomBytes(4000));
  });
}

describe('the WAL checkpointer', () => {
  it('copies a large commit into the store file on its worker, not in the commit', async () => {
    const { store, file, keyHex } = await openStore();
    await store.transaction(async (manager) => {
      expect(sqliteConnection(manager).pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    });
    await writeNotes(store);
    await expect.poll(() => store.checkpointTotals().frames, { timeout: 10_000 }).toBeGreaterThan(2000);
    // A second burst while the first has been copied: copied too.
    const before = store.checkpointTotals().frames;
    await writeNotes(store);
    await expect.poll(() => store.checkpointTotals().frames - before, { timeout: 10_000 }).toBeGreaterThan(2000);
    await store.close();
    // The last connection to close removed the log: everything is in the file itself.
    expect(existsSync(`${file}-wal`)).toBe(false);
    const reopened = openEncryptedFile(file, keyHex);
    expect(reopened.prepare('SELECT count(*) AS n FROM note').get()).toEqual({ n: 4000 });
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
  });

  it('closes cleanly with a checkpoint still to come', async () => {
    const { store, file, keyHex } = await openStore();
    await writeNotes(store, 500);
    await store.close();
    const reopened = openEncryptedFile(file, keyHex);
    expect(reopened.prepare('SELECT count(*) AS n FROM note').get()).toEqual({ n: 500 });
    reopened.close();
  });

  it('keeps a process alive until its store has closed, with nothing else left to wait for', async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-wal-'));
    const script = path.join(folder, 'close.ts');
    await writeFile(
      script,
      `
      import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
      import { Store, sqliteConnection } from ${JSON.stringify(path.resolve(__dirname, 'store.ts'))};
      async function main() {
        const store = await Store.open({ file: ${JSON.stringify(path.join(folder, 'store.db'))}, keyHex: randomBytes(32).toString('hex'), entities: [], migrations: [] });
        await store.transaction(async (manager) => sqliteConnection(manager).exec('CREATE TABLE note (id INTEGER PRIMARY KEY)'));
        await store.close();
        console.log('closed');
      }
      void main();
      `,
    );
    const child = spawnSync(path.resolve('node_modules', '.bin', 'tsx'), [script], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('closed');
    expect(existsSync(path.join(folder, 'store.db-wal'))).toBe(false);
  });

  it('reports a worker that cannot checkpoint, so the store connection takes over', async () => {
    const { store, file } = await openStore();
    await writeNotes(store, 10);
    const reasons: string[] = [];
    const wrongKey = WalCheckpointer.start(file, keyPragmas(randomBytes(32).toString('hex')), { onFallback: (reason) => reasons.push(reason) });
    wrongKey.request();
    await expect.poll(() => reasons, { timeout: 10_000 }).toHaveLength(1);
    expect(reasons[0]).toMatch(/checkpoint failed: file is not a database/);
    // Nothing more is asked of a failed worker.
    wrongKey.request();
    await wrongKey.close();
    expect(reasons).toHaveLength(1);
    await store.close();
  });
});
