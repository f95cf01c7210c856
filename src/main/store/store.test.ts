import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEncryptedFile } from './store-file';

let folder = '';
afterEach(() => rm(folder, { recursive: true, force: true }));

/**
 * A real crash: a child process commits one row, starts a second transaction, writes,
 * and is killed with SIGKILL before committing. The committed row must survive; the
 * half-written one must not.
 */
describe('durability', () => {
  it('keeps what was committed and nothing half-written when the process dies mid-write', async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-crash-'));
    const file = path.join(folder, 'crash.db');
    const keyHex = randomBytes(32).toString('hex');
    const script = path.join(folder, 'crash.ts');
    const storeFile = path.resolve(__dirname, 'store-file.ts');
    await writeFile(
      script,
      `
      import { openEncryptedFile } from ${JSON.stringify(storeFile)};
      const db = openEncryptedFile(${JSON.stringify(file)}, ${JSON.stringify(keyHex)});
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.exec('CREATE TABLE visit (id INTEGER PRIMARY KEY, note TEXT NOT NULL)');
      db.prepare('INSERT INTO visit (note) VALUES (?)').run('committed');
      db.exec('BEGIN');
      for (let i = 0; i < 5000; i++) db.prepare('INSERT INTO visit (note) VALUES (?)').run('half-written ' + i);
      process.kill(process.pid, 'SIGKILL');
      `,
    );
    const tsx = path.resolve('node_modules', '.bin', 'tsx');
    const child = spawnSync(tsx, [script], { encoding: 'utf8' });
    // tsx runs the script in a child of its own and reports the kill as exit status 137.
    expect(child.signal ?? child.status, child.stderr).toSatisfy((end) => end === 'SIGKILL' || end === 137);

    const db = openEncryptedFile(file, keyHex);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT note FROM visit').all()).toEqual([{ note: 'committed' }]);
    db.close();
  });
});
