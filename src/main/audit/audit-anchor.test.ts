import { afterEach, describe, expect, it } from 'vitest';
import { dropEveryRow, dropNewestRows, openForTampering, rewriteAndRechain, storeKeyOf, tamperWhileStopped } from '../../../tests/support/audit-tamper';
import { ADMIN, setUpClinic, signIn, startTestHub, userWithRoles, type TestHub } from '../../../tests/support/test-hub';
import { StoreLocation } from '../hub/store-location';
import type { AuditChainGuard } from './chain-guard';

/**
 * Issue 7 item 10: the attacks an attacker holding the store key (but not the keychain) can
 * make on the audit log, each done with the raw SQLite connection while the hub is stopped.
 */

let testHub: TestHub | null = null;
afterEach(async () => {
  await testHub?.close();
  testHub = null;
});

async function clinicWithHistory(options: Parameters<typeof startTestHub>[0] = {}): Promise<TestHub> {
  testHub = await startTestHub(options);
  const { admin } = await setUpClinic(testHub);
  await userWithRoles(testHub, admin.caller, 'farah', ['receptionist']);
  await userWithRoles(testHub, admin.caller, 'lim', ['nurse']);
  expect(await admin.caller.audit.verify()).toMatchObject({ ok: true });
  return testHub;
}

function guardOf(hub: TestHub): AuditChainGuard {
  const open = hub.hub.open();
  if (!open) throw new Error('the store is not open');
  return open.auditGuard;
}

/** After a restart: the admin signs in, once the start-up check has run. */
async function adminAfterStart(hub: TestHub) {
  await guardOf(hub).settled();
  return (await signIn(hub, ADMIN.username, ADMIN.password)).caller;
}

describe('the audit chain against an attacker with the store key', () => {
  it('catches the newest rows deleted with sqlite_sequence lowered', async () => {
    const hub = await clinicWithHistory();
    await tamperWhileStopped(hub, (db) => dropNewestRows(db, 3));
    const admin = await adminAfterStart(hub);
    expect(await admin.audit.verify()).toMatchObject({ ok: false });
    expect((await admin.audit.health()).failure).toMatchObject({ trigger: 'start', result: { ok: false, problem: 'truncated' } });
  });

  it('catches every row deleted', async () => {
    const hub = await clinicWithHistory();
    await tamperWhileStopped(hub, dropEveryRow);
    const admin = await adminAfterStart(hub);
    expect(await admin.audit.verify()).toMatchObject({ ok: false, problem: 'truncated' });
    expect((await admin.audit.health()).failure).toMatchObject({ trigger: 'start', result: { ok: false, brokenAtSeq: 1, problem: 'truncated' } });
  });

  it('catches a row rewritten with every later hash recomputed', async () => {
    const hub = await clinicWithHistory();
    await tamperWhileStopped(hub, (db) => rewriteAndRechain(db, 5, '{"displayName":"someone else"}'));
    const admin = await adminAfterStart(hub);
    expect(await admin.audit.verify()).toMatchObject({ ok: false, problem: 'rewritten' });
    expect((await admin.audit.health()).failure).toMatchObject({ trigger: 'start', result: { ok: false, problem: 'rewritten' } });
  });

  it('keeps the anchor where it was after a failure, so the next start finds the break again', async () => {
    const hub = await clinicWithHistory();
    const location = new StoreLocation(hub.dataDir);
    await tamperWhileStopped(hub, (db) => dropNewestRows(db, 2));
    const anchored = await hub.keychain.get(location.auditHeadAccount);
    // New rows, then a clean stop: the head moved, the anchor must not follow it.
    await adminAfterStart(hub);
    await hub.restart();
    expect(await hub.keychain.get(location.auditHeadAccount)).toBe(anchored);
    const admin = await adminAfterStart(hub);
    expect((await admin.audit.health()).failure).toMatchObject({ trigger: 'start', result: { ok: false } });
  });
});

describe('the anchor and the automatic checks', () => {
  it('keeps the chain head in the keychain beside the store key, and checks the chain at start', async () => {
    const hub = await clinicWithHistory();
    await hub.restart();
    await guardOf(hub).settled();
    const anchor = JSON.parse((await hub.keychain.get(new StoreLocation(hub.dataDir).auditHeadAccount)) ?? 'null') as { seq: number; hash: string; at: string };
    const admin = (await signIn(hub, ADMIN.username, ADMIN.password)).caller;
    // Anchored at the last stop, just before this sign-in.
    const [signInRow, lastBeforeStop] = await admin.audit.list({ limit: 2 });
    expect(signInRow.action).toBe('auth.login');
    expect(anchor.seq).toBe(lastBeforeStop.seq);
    expect(anchor.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await admin.audit.health()).toMatchObject({ lastCheck: { trigger: 'start', result: { ok: true } }, failure: null, anchor: { hash: expect.stringMatching(/^[0-9a-f]{64}$/) as string } });
  });

  it('checks the chain again each day, and tells the screens when it fails', async () => {
    let now = new Date('2026-03-02T02:00:00Z');
    const hub = await clinicWithHistory({ clock: () => now });
    const guard = guardOf(hub);
    await guard.settled();
    // An edit made while the hub runs, through a second connection.
    const db = openForTampering(new StoreLocation(hub.dataDir).file, await storeKeyOf(hub));
    db.exec(`UPDATE audit_log SET actor_name = 'nobody' WHERE seq = 2`);
    db.close();
    const heard: string[][] = [];
    hub.hub.events.onEvent('changed', ({ entities }) => heard.push(entities));

    now = new Date(now.getTime() + 23 * 60 * 60_000);
    await guard.tick();
    expect(guard.health().failure).toBeNull();
    now = new Date(now.getTime() + 2 * 60 * 60_000);
    await guard.tick();
    expect(guard.health().failure).toMatchObject({ trigger: 'daily', result: { ok: false, brokenAtSeq: 2, problem: 'edited' } });
    expect(heard).toEqual([['audit']]);
  });

  it('does not hand an old anchor to a clinic set up again in the same folder', async () => {
    const hub = await clinicWithHistory();
    await hub.hub.close();
    await StoreLocation.remove(new StoreLocation(hub.dataDir).file);
    await hub.restart();
    await setUpClinic(hub);
    const admin = await adminAfterStart(hub);
    expect(await admin.audit.verify()).toMatchObject({ ok: true });
    expect((await admin.audit.health()).failure).toBeNull();
  });
});
