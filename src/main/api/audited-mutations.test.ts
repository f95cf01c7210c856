import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../tests/support/clinic-for-tests';
import { procedures } from '../../../tests/support/router-procedures';
import { ADMIN, refusalOf, setUpClinic, signIn, startTestHub } from '../../../tests/support/test-hub';
import { usersKey } from '../modules/users';
import { moduleProcedures, runAsSystem } from './core/procedures';
import { t, type WorkKind } from './core/trpc';

/**
 * Every mutation writes an audit row, proven from the router itself: each procedure declares how it
 * meets the store, and every way of writing runs in a unit of work, which refuses to commit rows
 * changed without an audit row (WorkRunner). What remains are the mutations that touch only the
 * caller's session, listed here by name with the reason, and the hub's own life cycle.
 */

const KINDS_BY_TYPE: Record<'query' | 'mutation' | 'subscription', WorkKind[]> = {
  query: ['read', 'staged', 'session', 'lifecycle'],
  mutation: ['write', 'staged', 'session', 'lifecycle'],
  subscription: ['stream'],
};

/** Mutations that change only the caller's session in the hub's memory: nothing of the store. */
const SESSION_ONLY_MUTATIONS = ['auth.lock', 'auth.logout'];

/** The hub's life cycle before anyone can sign in: each writes its own audit rows (set-up's first run, restores). */
const LIFECYCLE_MUTATIONS = ['setup.initialise', 'setup.recover', 'setup.restoreOnNewPc'];

describe('every procedure says how it meets the store', () => {
  it.each(procedures.map((p) => [p.path, p] as const))('%s', (_path, procedure) => {
    expect(KINDS_BY_TYPE[procedure.type]).toContain(procedure.meta?.work);
  });

  it('only signing out and locking the screen are mutations that leave the store alone', () => {
    expect(procedures.filter((p) => p.type === 'mutation' && p.meta?.work === 'session').map((p) => p.path).sort()).toEqual(SESSION_ONLY_MUTATIONS);
  });

  it('only set-up, recovery and restoring onto a new PC are life-cycle mutations', () => {
    expect(procedures.filter((p) => p.type === 'mutation' && p.meta?.work === 'lifecycle').map((p) => p.path).sort()).toEqual(LIFECYCLE_MUTATIONS.sort());
  });
});

const clinic = clinicForTests(async () => {
  const testHub = await startTestHub();
  const { admin } = await setUpClinic(testHub);
  return { testHub, admin };
});

/** The newest audit row's number, read by the hub for itself (a locked window may not ask). */
async function auditHead(): Promise<number> {
  const open = clinic.testHub.hub.open();
  if (!open) throw new Error('store not open');
  return (await runAsSystem(open, (uow) => open.auditLog.head(uow.db))).seq;
}

describe('the unit of work behind every write', () => {
  const { write, staged } = moduleProcedures(usersKey);
  const forgetful = t.router({
    rename: write('users.manage').mutation(async ({ ctx }) => {
      await ctx.uow.db.query(`UPDATE users SET display_name = 'renamed, unaudited'`);
    }),
    renameLater: staged('users.manage').mutation(({ ctx }) => ctx.inUnitOfWork((uow) => uow.db.query(`UPDATE users SET display_name = 'renamed, unaudited'`))),
  });

  it.each(['rename', 'renameLater'] as const)('refuses a %s procedure that forgot its audit row, and writes nothing', async (name) => {
    const caller = forgetful.createCaller({ hub: clinic.testHub.hub, connection: { token: clinic.admin.token, peer: 'ipc' } });
    expect(await refusalOf(caller[name]())).toBe('INTERNAL');
    expect((await clinic.admin.caller.users.list()).map((user) => user.displayName)).toEqual(['Dr Aminah']);
  });

  it('locking the screen and signing out write nothing to the store', async () => {
    const before = await auditHead();
    const window = clinic.testHub.caller(clinic.admin.token);
    await window.auth.lock();
    expect(await auditHead()).toBe(before);
    await window.auth.unlock({ password: ADMIN.password });
    await window.auth.logout();
    const again = (await signIn(clinic.testHub, ADMIN.username, ADMIN.password)).caller;
    // The newest rows: this sign-in and the unlock before it; nothing for the lock or the sign-out.
    const newest = await again.audit.list({ limit: 3 });
    expect(newest.map((entry) => entry.action).slice(0, 2)).toEqual(['auth.login', 'auth.unlock']);
    expect(newest[2].seq).toBe(before);
  });
});
