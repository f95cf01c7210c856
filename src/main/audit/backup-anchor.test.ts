import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openForTampering, rewriteAndRechain, storeKeyOf } from '../../../tests/support/audit-tamper';
import { ADMIN, refusalDetailsOf, setUpClinic, signIn, startTestHub, userWithRoles, type TestHub } from '../../../tests/support/test-hub';
import { openEncryptedFile } from '../store/store-file';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function clinicWithBackup() {
  const testHub = await startTestHub();
  const folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-anchor-'));
  cleanups.push(() => testHub.close(), () => rm(folder, { recursive: true, force: true }));
  const { admin } = await setUpClinic(testHub);
  await userWithRoles(testHub, admin.caller, 'farah', ['receptionist']);
  const backup = await admin.caller.backup.create({ folder });
  return { testHub, admin: admin.caller, backup };
}

async function settled(testHub: TestHub): Promise<void> {
  await testHub.hub.open()?.auditGuard.settled();
}

describe('the audit anchor beside each backup', () => {
  it('holds the head of the backup’s own chain', async () => {
    const { testHub, backup } = await clinicWithBackup();
    const anchor = JSON.parse(await readFile(`${backup.file}.anchor`, 'utf8')) as { seq: number; hash: string; at: string };
    const db = openEncryptedFile(backup.file, await storeKeyOf(testHub), { readonly: true });
    const head = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };
    db.close();
    expect(anchor).toEqual({ ...head, at: expect.any(String) as string });
  });

  it('refuses to restore a backup whose log was rewritten after it was made, and changes nothing', async () => {
    const { testHub, admin, backup } = await clinicWithBackup();
    const db = openForTampering(backup.file, await storeKeyOf(testHub));
    rewriteAndRechain(db, 3, '{"displayName":"someone else"}');
    db.close();
    const before = await admin.users.list();
    expect(await refusalDetailsOf(admin.backup.restore({ file: backup.file }))).toMatchObject({
      code: 'BACKUP_AUDIT_BROKEN',
      details: { file: backup.name, problem: 'rewritten' },
    });
    expect(await admin.users.list()).toEqual(before);
  });

  it('refuses a backup whose anchor file is not an anchor', async () => {
    const { admin, backup } = await clinicWithBackup();
    await writeFile(`${backup.file}.anchor`, 'not json');
    expect(await refusalDetailsOf(admin.backup.restore({ file: backup.file }))).toMatchObject({ code: 'BACKUP_AUDIT_BROKEN' });
  });

  it('restores a backup made before backups had anchors, once its chain checks out', async () => {
    const { testHub, admin, backup } = await clinicWithBackup();
    await rm(`${backup.file}.anchor`);
    await admin.backup.restore({ file: backup.file });
    await settled(testHub);
    const again = (await signIn(testHub, ADMIN.username, ADMIN.password)).caller;
    expect((await again.audit.health()).failure).toBeNull();
  });

  it('anchors the restored store at the backup’s head: no false alarm after a restore, now or at the next start', async () => {
    const { testHub, admin, backup } = await clinicWithBackup();
    // The live chain grows past the backup's before it is restored.
    await userWithRoles(testHub, admin, 'lim', ['nurse']);
    await admin.backup.restore({ file: backup.file });
    await settled(testHub);
    const again = (await signIn(testHub, ADMIN.username, ADMIN.password)).caller;
    expect(await again.audit.verify()).toMatchObject({ ok: true });
    expect((await again.audit.health()).failure).toBeNull();
    await testHub.restart();
    await settled(testHub);
    const afterRestart = (await signIn(testHub, ADMIN.username, ADMIN.password)).caller;
    expect(await afterRestart.audit.health()).toMatchObject({ failure: null, lastCheck: { trigger: 'start', result: { ok: true } } });
  });
});
