import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readLogFolder } from '../../../tests/support/log-folder';
import { appCode, CLINIC, setUpClinic, startTestHub, type TestHub } from '../../../tests/support/test-hub';
import { AppError } from '../errors/app-error';
import { inUnitOfWork, permittedProcedure } from './core/procedures';
import { t } from './core/trpc';

let testHub: TestHub | null = null;
afterEach(async () => {
  await testHub?.close();
  testHub = null;
});

/** A procedure built from the real middleware chain that writes, audits, then fails. */
const failingRouter = t.router({
  writeThenFail: permittedProcedure('users.manage', 'write')
    .use(inUnitOfWork)
    .mutation(async ({ ctx }) => {
      await ctx.uow.db.query(`UPDATE users SET display_name = 'half-written'`);
      await ctx.uow.audit({ action: 'user.update', entity: 'user', entityId: null });
      throw new AppError('CONFLICT');
    }),
});

describe('one transaction per call', () => {
  it('rolls back the writes and audit rows of a call that fails halfway', async () => {
    testHub = await startTestHub();
    const { admin } = await setUpClinic(testHub);
    const auditBefore = await admin.caller.audit.list({ limit: 500 });
    const failing = failingRouter.createCaller({ hub: testHub.hub, connection: { token: admin.token } });
    expect(appCode(await failing.writeThenFail().catch((e: unknown) => e))).toBe('CONFLICT');
    expect((await admin.caller.users.list()).map((u) => u.displayName)).toEqual(['Dr Aminah']);
    expect(await admin.caller.audit.list({ limit: 500 })).toEqual(auditBefore);
  });

  it('refuses malformed input with the fields named and writes nothing', async () => {
    testHub = await startTestHub();
    const { admin } = await setUpClinic(testHub);
    const auditBefore = await admin.caller.audit.list({ limit: 500 });
    const error = await admin.caller.users
      .create({ username: 'x', displayName: '', password: 'short', roles: ['surgeon' as 'doctor'] })
      .catch((e: unknown) => e);
    expect(appCode(error)).toBe('VALIDATION_FAILED');
    expect(await admin.caller.users.list()).toHaveLength(1);
    expect(await admin.caller.audit.list({ limit: 500 })).toEqual(auditBefore);
  });

  it('refuses a taken username without touching the existing user', async () => {
    testHub = await startTestHub();
    const { admin } = await setUpClinic(testHub);
    const error = await admin.caller.users.create({ username: 'aminah', displayName: 'Impostor', password: 'Password1234', roles: ['admin'] }).catch((e: unknown) => e);
    expect(appCode(error)).toBe('USERNAME_TAKEN');
    expect((await admin.caller.users.list()).map((u) => u.displayName)).toEqual(['Dr Aminah']);
  });
});

describe('operational log', () => {
  it('holds events and codes but no names, clinic details or secrets', async () => {
    testHub = await startTestHub();
    const { admin } = await setUpClinic(testHub);
    await admin.caller.users.create({ username: 'nguyen', displayName: 'Nguyen Thi Lan', password: 'Passport2026', roles: ['nurse'] });
    await testHub.caller().auth.login({ username: 'nguyen', password: 'wrong-password-1' }).catch(() => undefined);
    await testHub.restart();
    await testHub.logger.flush();
    const log = (await readLogFolder(path.join(testHub.dataDir, 'logs'))).text;
    expect(log).toContain('setup.done');
    for (const secret of ['Nguyen', 'nguyen', 'Aminah', CLINIC.name, CLINIC.address, 'Passport2026', 'wrong-password-1']) {
      expect(log).not.toContain(secret);
    }
  });
});
