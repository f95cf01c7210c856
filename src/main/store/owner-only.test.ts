import { chmod, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, setUpClinic, signIn, startTestHub, type TestHub } from '../../../tests/support/test-hub';

/**
 * The store, its companions, backups and the data folder are the clinic's patient records,
 * encrypted but still nobody else's business: on POSIX only the user running the hub may read
 * them (files 0600, folders 0700). Windows keeps per-user ACLs on the app-data folder instead.
 */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function hub(): Promise<TestHub> {
  const started = await startTestHub();
  cleanups.push(() => started.close());
  return started;
}

async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-modes-'));
  cleanups.push(() => rm(folder, { recursive: true, force: true }));
  return folder;
}

const modeOf = async (file: string): Promise<string> => ((await stat(file)).mode & 0o777).toString(8);

/** The mode of each file and folder in `folder` (one level), by name. */
async function modesIn(folder: string): Promise<Record<string, string>> {
  const names = await readdir(folder);
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await modeOf(path.join(folder, name))] as const)));
}

describe.skipIf(process.platform === 'win32')('owner-only files (POSIX modes; Windows relies on the profile folder’s ACL)', () => {
  // The log files themselves are the logger's to create; inside these two folders nobody else reaches them.
  it('creates the data folder, the store, its write-ahead log and the logs folder for the owner only', async () => {
    const testHub = await hub();
    await setUpClinic(testHub);
    expect(await modeOf(testHub.dataDir)).toBe('700');
    const modes = await modesIn(testHub.dataDir);
    expect(modes).toMatchObject({ 'clinicdesk.db': '600', 'clinicdesk.db-wal': '600', 'clinicdesk.db-shm': '600', logs: '700' });
  });

  it('writes backups, the folder it makes for them and the store it restores for the owner only', async () => {
    const testHub = await hub();
    const { admin } = await setUpClinic(testHub);
    const folder = path.join(await tempFolder(), 'usb', 'ClinicDesk backups');
    const backup = await admin.caller.backup.create({ folder });
    expect(await modeOf(folder)).toBe('700');
    expect(await modeOf(backup.file)).toBe('600');

    // A backup copied by hand from an older version, readable by all: the restored store is still the owner's alone.
    await chmod(backup.file, 0o644);
    await admin.caller.backup.restore({ file: backup.file });
    await signIn(testHub, ADMIN.username, ADMIN.password);
    const modes = await modesIn(testHub.dataDir);
    const kept = Object.keys(modes).find((name) => name.includes('before-restore'));
    expect(kept && modes[kept]).toBe('600');
    expect(modes['clinicdesk.db']).toBe('600');
  });

  it('takes read access away from others on a store an older version left readable', async () => {
    const testHub = await hub();
    await setUpClinic(testHub);
    await testHub.hub.close();
    await chmod(testHub.dataDir, 0o755);
    for (const name of await readdir(testHub.dataDir)) await chmod(path.join(testHub.dataDir, name), name === 'logs' ? 0o755 : 0o644);
    await testHub.restart();
    expect(await modeOf(testHub.dataDir)).toBe('700');
    expect(await modesIn(testHub.dataDir)).toMatchObject({ 'clinicdesk.db': '600', logs: '700' });
  });
});
