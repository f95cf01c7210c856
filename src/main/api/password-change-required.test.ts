import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../tests/support/clinic-for-tests';
import { callByPath, procedures } from '../../../tests/support/router-procedures';
import { refusalOf, setUpClinic, signIn, startTestHub } from '../../../tests/support/test-hub';

/**
 * A temporary password is known to whoever set it: until its user replaces it, the session may
 * only replace it, lock, unlock, say who it is and sign out. Generated from the router, so a new
 * procedure is covered the day it is added.
 */
const WHILE_PASSWORD_IS_TEMPORARY = ['auth.changePassword', 'auth.logout', 'auth.lock', 'auth.unlock'];
const TEMPORARY = 'Temporary123';

const clinic = clinicForTests(async () => {
  const testHub = await startTestHub();
  const { admin } = await setUpClinic(testHub);
  // An admin, so that no permission check could be what refuses the calls.
  await admin.caller.users.create({ username: 'new.admin', displayName: 'New admin', password: TEMPORARY, roles: ['admin'] });
  const newcomer = await signIn(testHub, 'new.admin', TEMPORARY);
  return { testHub, newcomer };
});

const refused = procedures.filter((p) => p.meta?.access.kind !== 'public' && !WHILE_PASSWORD_IS_TEMPORARY.includes(p.path));

describe('a session whose password is temporary', () => {
  it.each(refused.map((p) => [p.path]))('is refused %s', async (path) => {
    expect(await refusalOf(callByPath(clinic.newcomer.caller, path, { malformed: true }))).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('may lock, unlock, ask who it is, change the password, and then do its work', async () => {
    const { caller } = clinic.newcomer;
    expect(await caller.auth.session()).toMatchObject({ user: { mustChangePassword: true } });
    await caller.auth.lock();
    await caller.auth.unlock({ password: TEMPORARY });
    await caller.auth.changePassword({ currentPassword: TEMPORARY, newPassword: 'MyOwnPassword2026' });
    expect((await caller.users.list()).length).toBe(2);
    await caller.auth.logout();
  });
});
