import { afterEach, describe, expect, it } from 'vitest';
import { setUpClinic, signIn, startTestHub, userWithRoles, type TestHub } from '../../../tests/support/test-hub';
import { StoreLocation } from '../hub/store-location';
import { openEncryptedFile, type SqliteDatabase } from '../store/store-file';

let testHub: TestHub | null = null;
afterEach(async () => {
  await testHub?.close();
  testHub = null;
});

/** A clinic with some history, then the store opened behind the app's back, as a tamperer would. */
async function tamper(edit: (db: SqliteDatabase) => void) {
  testHub = await startTestHub();
  const { admin } = await setUpClinic(testHub);
  await userWithRoles(testHub, admin.caller, 'farah', ['receptionist']);
  await userWithRoles(testHub, admin.caller, 'lim', ['nurse']);
  expect(await admin.caller.audit.verify()).toMatchObject({ ok: true });
  const before = await admin.caller.audit.list({ limit: 500 });

  await testHub.hub.close();
  const keyHex = (await testHub.keychain.get(new StoreLocation(testHub.dataDir).keychainAccount)) ?? '';
  const db = openEncryptedFile(new StoreLocation(testHub.dataDir).file, keyHex);
  // The store itself refuses edits; a tamperer with the key must first drop the guards.
  expect(() => db.exec(`UPDATE audit_log SET actor_name = 'x' WHERE seq = 1`)).toThrow(/append-only/);
  expect(() => db.exec(`DELETE FROM audit_log WHERE seq = 1`)).toThrow(/append-only/);
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  edit(db);
  db.close();
  await testHub.restart();
  const { caller } = await signIn(testHub, 'aminah', 'Sejahtera2026!');
  return { before, verify: () => caller.audit.verify() };
}

describe('audit log chain', () => {
  it('records who changed which record, with before and after, and no secrets', async () => {
    testHub = await startTestHub();
    const { admin } = await setUpClinic(testHub);
    const farah = await userWithRoles(testHub, admin.caller, 'farah', ['receptionist']);
    await admin.caller.users.update({ id: farah.user.id, displayName: 'Farah Ismail', roles: ['receptionist', 'finance'] });
    const [update] = await admin.caller.audit.list({ action: 'user.update' });
    expect(update).toMatchObject({
      actorName: 'Dr Aminah',
      entity: 'user',
      entityId: farah.user.id,
      before: { displayName: 'farah', roles: ['receptionist'] },
      after: { displayName: 'Farah Ismail', roles: ['receptionist', 'finance'] },
    });
    const everything = JSON.stringify(await admin.caller.audit.list({ limit: 500 }));
    expect(everything).not.toMatch(/argon2|Permanent456|Temporary123|Sejahtera2026/);
  });

  it('finds an edited row', async () => {
    const { before, verify } = await tamper((db) => db.exec(`UPDATE audit_log SET after_json = '{"displayName":"someone else"}' WHERE seq = 5`));
    expect(before.length).toBeGreaterThan(8);
    expect(await verify()).toMatchObject({ ok: false, brokenAtSeq: 5, problem: 'edited' });
  });

  it('finds a row deleted from the middle', async () => {
    const { verify } = await tamper((db) => db.exec('DELETE FROM audit_log WHERE seq = 4'));
    expect(await verify()).toMatchObject({ ok: false, brokenAtSeq: 4, problem: 'missing' });
  });

  it('finds the newest row deleted, and stays broken after new rows are appended', async () => {
    const { before, verify } = await tamper((db) => db.exec('DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)'));
    // Signing in again appended rows after the gap.
    expect(await verify()).toMatchObject({ ok: false, brokenAtSeq: before[0].seq, problem: 'missing' });
  });

  it('finds a row whose hash was recomputed to hide an edit (the next link breaks)', async () => {
    const { verify } = await tamper((db) => {
      const row = db.prepare('SELECT * FROM audit_log WHERE seq = 3').get() as Record<string, unknown>;
      const hash = String(row.hash);
      const otherLastDigit = hash.endsWith('0') ? '1' : '0';
      db.prepare(`UPDATE audit_log SET hash = ? WHERE seq = 3`).run(`${hash.slice(0, -1)}${otherLastDigit}`);
    });
    expect(await verify()).toMatchObject({ ok: false, brokenAtSeq: 3 });
  });
});
