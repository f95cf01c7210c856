import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, USER_PASSWORD, appCode, refusalOf, setUpClinic, signIn, startTestHub, userWithRoles, type TestHub } from '../../../tests/support/test-hub';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-backups-'));
  cleanups.push(() => rm(folder, { recursive: true, force: true }));
  return folder;
}

async function hub(options: Parameters<typeof startTestHub>[0] = {}): Promise<TestHub> {
  const started = await startTestHub(options);
  cleanups.push(() => started.close());
  return started;
}

/** Everything a restore must bring back, read through the API. */
async function snapshot(caller: Awaited<ReturnType<typeof signIn>>['caller']) {
  const users = await caller.users.list();
  const clinic = await caller.settings.all();
  const audit = (await caller.audit.list({ limit: 500 })).filter((entry) => entry.action !== 'auth.login');
  return { users, clinic, audit };
}

describe('backups', () => {
  it('restores exactly the data that was backed up, and the backup stays encrypted', async () => {
    const testHub = await hub();
    const folder = await tempFolder();
    const { admin } = await setUpClinic(testHub);
    await userWithRoles(testHub, admin.caller, 'farah', ['receptionist']);
    const atBackup = await snapshot(admin.caller);
    const backup = await admin.caller.backup.create({ folder });

    const strings = execFileSync('strings', ['-n', '5', backup.file], { encoding: 'utf8' });
    expect(strings).not.toContain('Klinik Sejahtera');
    expect(strings).not.toContain('farah');

    await userWithRoles(testHub, admin.caller, 'lim', ['nurse']);
    await admin.caller.settings.security.save({ idleLockMinutes: 30 });
    expect((await admin.caller.users.list()).map((u) => u.username)).toContain('lim');

    await admin.caller.backup.restore({ file: backup.file });
    expect(await admin.caller.auth.session()).toBeNull();
    const again = await signIn(testHub, ADMIN.username, ADMIN.password);
    const restored = await snapshot(again.caller);
    expect(restored.users).toEqual(atBackup.users.map((u) => ({ ...u, lastLoginAt: restored.users.find((r) => r.id === u.id)?.lastLoginAt })));
    expect(restored.clinic).toEqual(atBackup.clinic);
    // The backup's audit rows all came back unchanged, and the restore itself is recorded after them.
    expect(restored.audit.slice(-atBackup.audit.length)).toEqual(atBackup.audit);
    expect(restored.audit[0]).toMatchObject({ action: 'backup.restore', actorName: ADMIN.displayName, entityId: backup.name });
    expect(await again.caller.audit.verify()).toMatchObject({ ok: true });
    // The store that was replaced is kept aside, not destroyed.
    expect((await readdir(testHub.dataDir)).some((name) => name.includes('before-restore'))).toBe(true);
  });

  it('brings a clinic back on a new PC from the backup and the recovery code', async () => {
    const oldPc = await hub();
    const folder = await tempFolder();
    const { admin, recoveryCode } = await setUpClinic(oldPc);
    await userWithRoles(oldPc, admin.caller, 'farah', ['receptionist']);
    const made = await admin.caller.backup.create({ folder });
    const before = await snapshot(admin.caller);

    const newPc = await hub();
    const [found] = await newPc.caller().setup.findBackups({ folder });
    expect(found).toMatchObject({ file: made.file, name: made.name });
    const wrongCode = await setUpClinic(await hub()).then((other) => other.recoveryCode);
    expect(appCode(await newPc.caller().setup.restoreOnNewPc({ backupFile: found.file, recoveryCode: wrongCode }).catch((e: unknown) => e))).toBe(
      'RECOVERY_CODE_WRONG',
    );
    expect((await newPc.caller().setup.status()).state).toBe('needs-setup');

    await newPc.caller().setup.restoreOnNewPc({ backupFile: found.file, recoveryCode });
    // Farah's account came back whole: her own password, no forced change, her role's permissions.
    const farah = await signIn(newPc, 'farah', USER_PASSWORD);
    expect(farah.user).toMatchObject({ username: 'farah', roles: ['receptionist'], mustChangePassword: false });
    expect(await refusalOf(farah.caller.patients.search({ query: 'Tan' }))).toBeNull();
    expect(await refusalOf(farah.caller.users.list())).toBe('FORBIDDEN');
    const restoredAdmin = (await signIn(newPc, ADMIN.username, ADMIN.password)).caller;
    const after = await snapshot(restoredAdmin);
    expect(after.users.map((u) => u.username)).toEqual(before.users.map((u) => u.username));
    expect(after.clinic).toEqual(before.clinic);
    expect(await restoredAdmin.audit.verify()).toMatchObject({ ok: true });
    await newPc.restart();
    expect((await newPc.caller().setup.status()).state).toBe('open');
  });

  it('refuses a file that is not a backup, and changes nothing', async () => {
    const testHub = await hub();
    const folder = await tempFolder();
    const { admin } = await setUpClinic(testHub);
    const junk = path.join(folder, 'clinicdesk-20260101-000000.cdbackup');
    await writeFile(junk, 'not a database at all'.repeat(100));
    expect(appCode(await admin.caller.backup.restore({ file: junk }).catch((e: unknown) => e))).toMatch(/BACKUP_DAMAGED|BACKUP_NOT_A_BACKUP/);
    expect((await admin.caller.users.list()).length).toBe(1);
  });

  it('runs the daily backup after the set time, once a day, keeping the newest N', async () => {
    let now = new Date('2026-11-23T14:30:00Z'); // 22:30 in Kuala Lumpur
    const testHub = await hub({ clock: () => now });
    const folder = await tempFolder();
    const { admin } = await setUpClinic(testHub);
    await admin.caller.settings.backup.save({ folder, dailyAt: '23:00', keep: 2 });

    await testHub.hub.scheduler.tick();
    expect(await readdir(folder)).toHaveLength(0);
    for (const day of ['2026-11-23', '2026-11-24', '2026-11-25']) {
      now = new Date(`${day}T15:05:00Z`); // 23:05 local
      await testHub.hub.scheduler.tick();
      await testHub.hub.scheduler.tick(); // a second check the same evening does nothing
    }
    const files = (await readdir(folder)).sort();
    // Each backup with its audit anchor; the oldest went with its anchor.
    expect(files).toEqual([
      'clinicdesk-20261124-150500.cdbackup',
      'clinicdesk-20261124-150500.cdbackup.anchor',
      'clinicdesk-20261125-150500.cdbackup',
      'clinicdesk-20261125-150500.cdbackup.anchor',
    ]);
    const { caller } = await signIn(testHub, ADMIN.username, ADMIN.password);
    expect((await caller.backup.status()).lastBackupAt).toBe('2026-11-25T15:05:00.000Z');
  });
});
