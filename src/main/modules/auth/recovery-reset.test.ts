import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { keyToRecoveryCode } from '../../../shared/recovery-code';
import { ADMIN, refusalDetailsOf, refusalOf, setUpClinic, signIn, startTestHub, userWithRoles, type TestHub } from '../../../../tests/support/test-hub';
import { FREE_TRIES } from './source-throttle';

let testHub: TestHub | null = null;
afterEach(async () => {
  await testHub?.close();
  testHub = null;
});

const NEW_PASSWORD = 'Recovered2026!';
const ANOTHER_CLINICS_CODE = keyToRecoveryCode(randomBytes(32));

describe('an admin’s way in with the recovery code', () => {
  it('resets a forgotten admin password, ends the admin’s sessions and audits it', async () => {
    testHub = await startTestHub();
    const { recoveryCode, admin } = await setUpClinic(testHub);
    await testHub.caller(null, '192.168.1.10').auth.resetAdminWithRecoveryCode({ recoveryCode, username: ADMIN.username, newPassword: NEW_PASSWORD });
    expect(await refusalOf(admin.caller.users.list())).toBe('NOT_SIGNED_IN');
    expect(await refusalOf(testHub.caller().auth.login({ username: ADMIN.username, password: ADMIN.password }))).toBe('LOGIN_FAILED');
    const { caller, user } = await signIn(testHub, ADMIN.username, NEW_PASSWORD);
    expect(user.mustChangePassword).toBe(false);
    const entries = await caller.audit.list({ action: 'auth.recoveryReset' });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity: 'user', entityId: user.id, after: { source: '192.168.1.10' } });
  });

  it('stays open while the sign-in throttle makes this computer wait, and clears that wait', async () => {
    testHub = await startTestHub();
    const { recoveryCode } = await setUpClinic(testHub);
    const pc = testHub.caller(null, '192.168.1.10');
    for (let attempt = 1; attempt <= FREE_TRIES; attempt++) await refusalOf(pc.auth.login({ username: ADMIN.username, password: `forgotten-${attempt}` }));
    expect(await refusalOf(pc.auth.login({ username: ADMIN.username, password: ADMIN.password }))).toBe('SIGN_IN_TOO_MANY_TRIES');
    await pc.auth.resetAdminWithRecoveryCode({ recoveryCode, username: ADMIN.username, newPassword: NEW_PASSWORD });
    await pc.auth.login({ username: ADMIN.username, password: NEW_PASSWORD });
  });

  it('refuses a wrong or mistyped code, and waits after repeated tries from one address', async () => {
    testHub = await startTestHub();
    const { recoveryCode } = await setUpClinic(testHub);
    const stranger = testHub.caller(null, '192.168.1.66');
    const attempt = (code: string) => refusalOf(stranger.auth.resetAdminWithRecoveryCode({ recoveryCode: code, username: ADMIN.username, newPassword: NEW_PASSWORD }));
    expect(await attempt(ANOTHER_CLINICS_CODE)).toBe('RECOVERY_CODE_WRONG');
    expect(await attempt(recoveryCode.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')))).toBe('RECOVERY_CODE_INVALID');
    for (let tries = 3; tries <= FREE_TRIES; tries++) await attempt(ANOTHER_CLINICS_CODE);
    expect(await attempt(recoveryCode)).toBe('SIGN_IN_TOO_MANY_TRIES');
    await signIn(testHub, ADMIN.username, ADMIN.password, '192.168.1.66');
  });

  it('resets admins only', async () => {
    testHub = await startTestHub();
    const { recoveryCode, admin } = await setUpClinic(testHub);
    await userWithRoles(testHub, admin.caller, 'farah', ['receptionist']);
    expect(await refusalDetailsOf(testHub.caller().auth.resetAdminWithRecoveryCode({ recoveryCode, username: 'farah', newPassword: NEW_PASSWORD }))).toEqual({
      code: 'NOT_AN_ADMIN',
      details: { username: 'farah' },
    });
    expect(await refusalOf(testHub.caller().auth.resetAdminWithRecoveryCode({ recoveryCode, username: 'nobody', newPassword: NEW_PASSWORD }))).toBe('NOT_AN_ADMIN');
  });
});
