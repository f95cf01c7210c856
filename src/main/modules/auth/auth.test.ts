import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, refusalOf, setUpClinic, signIn, startTestHub, userWithRoles, type TestHub } from '../../../../tests/support/test-hub';
import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from './auth-service';

let testHub: TestHub | null = null;
afterEach(async () => {
  await testHub?.close();
  testHub = null;
});

/** A clock the test moves by hand. */
function manualClock(start = new Date('2026-11-23T01:00:00Z')) {
  let now = start.getTime();
  return { now: () => new Date(now), advanceMinutes: (minutes: number) => (now += minutes * 60_000) };
}

describe('sign-in', () => {
  it(`locks an account for ${LOCKOUT_MINUTES} minutes after ${MAX_FAILED_LOGINS} wrong passwords, even to the right one`, async () => {
    const clock = manualClock();
    testHub = await startTestHub({ clock: clock.now });
    await setUpClinic(testHub);
    const anonymous = testHub.caller();
    for (let attempt = 1; attempt < MAX_FAILED_LOGINS; attempt++) {
      expect(await refusalOf(anonymous.auth.login({ username: ADMIN.username, password: `wrong-${attempt}` }))).toBe('LOGIN_FAILED');
    }
    expect(await refusalOf(anonymous.auth.login({ username: ADMIN.username, password: 'wrong-5' }))).toBe('ACCOUNT_LOCKED');
    expect(await refusalOf(anonymous.auth.login({ username: ADMIN.username, password: ADMIN.password }))).toBe('ACCOUNT_LOCKED');

    clock.advanceMinutes(LOCKOUT_MINUTES - 1);
    expect(await refusalOf(anonymous.auth.login({ username: ADMIN.username, password: ADMIN.password }))).toBe('ACCOUNT_LOCKED');
    clock.advanceMinutes(2);
    const { caller } = await signIn(testHub, ADMIN.username, ADMIN.password);
    const actions = (await caller.audit.list({ entity: 'user' })).map((entry) => entry.action);
    expect(actions.filter((action) => action === 'auth.failed')).toHaveLength(MAX_FAILED_LOGINS - 1);
    expect(actions).toContain('auth.lockout');
  });

  it('a successful sign-in resets the count of failures', async () => {
    testHub = await startTestHub();
    await setUpClinic(testHub);
    for (let round = 0; round < 3; round++) {
      for (let attempt = 1; attempt < MAX_FAILED_LOGINS; attempt++) {
        expect(await refusalOf(testHub.caller().auth.login({ username: ADMIN.username, password: 'nope-nope-1' }))).toBe('LOGIN_FAILED');
      }
      await signIn(testHub, ADMIN.username, ADMIN.password);
    }
  });

  it('refuses a disabled account and signs it out everywhere', async () => {
    testHub = await startTestHub();
    const { admin } = await setUpClinic(testHub);
    const farah = await userWithRoles(testHub, admin.caller, 'farah', ['receptionist']);
    await admin.caller.users.setDisabled({ id: farah.user.id, disabled: true });
    expect(await refusalOf(farah.caller.auth.lock())).toBe('NOT_SIGNED_IN');
    expect(await refusalOf(testHub.caller().auth.login({ username: 'farah', password: 'Permanent456' }))).toBe('ACCOUNT_DISABLED');
  });

  it('makes a user with a temporary password change it, and accepts the new one only', async () => {
    testHub = await startTestHub();
    const { admin } = await setUpClinic(testHub);
    await admin.caller.users.create({ username: 'lim', displayName: 'Lim Mei Ling', password: 'Temporary123', roles: ['nurse'] });
    const first = await signIn(testHub, 'lim', 'Temporary123');
    expect(first.user.mustChangePassword).toBe(true);
    await first.caller.auth.changePassword({ currentPassword: 'Temporary123', newPassword: 'Stronger2026x' });
    expect(await refusalOf(testHub.caller().auth.login({ username: 'lim', password: 'Temporary123' }))).toBe('LOGIN_FAILED');
    expect((await signIn(testHub, 'lim', 'Stronger2026x')).user.mustChangePassword).toBe(false);
  });
});

describe('idle lock', () => {
  it('locks a session after the idle time and unlocks only with the same user’s password or PIN', async () => {
    const clock = manualClock();
    testHub = await startTestHub({ clock: clock.now });
    const { admin } = await setUpClinic(testHub);
    await admin.caller.clinic.updateSecurity({ idleLockMinutes: 5 });
    await admin.caller.auth.setPin({ currentPassword: ADMIN.password, pin: '4826' });

    clock.advanceMinutes(4);
    await admin.caller.users.list();
    clock.advanceMinutes(4);
    await admin.caller.users.list();
    clock.advanceMinutes(6);
    expect(await refusalOf(admin.caller.users.list())).toBe('SESSION_LOCKED');
    expect(await admin.caller.auth.session()).toMatchObject({ locked: true });

    expect(await refusalOf(admin.caller.auth.unlock({ pin: '1111' }))).toBe('UNLOCK_FAILED');
    await admin.caller.auth.unlock({ pin: '4826' });
    expect((await admin.caller.users.list()).length).toBe(1);

    await admin.caller.auth.lock();
    expect(await refusalOf(admin.caller.users.list())).toBe('SESSION_LOCKED');
    await admin.caller.auth.unlock({ password: ADMIN.password });
    await admin.caller.users.list();
  });

  it('ends a locked session when the unlock attempts run out', async () => {
    testHub = await startTestHub();
    const { admin } = await setUpClinic(testHub);
    await admin.caller.auth.lock();
    for (let attempt = 1; attempt < MAX_FAILED_LOGINS; attempt++) {
      expect(await refusalOf(admin.caller.auth.unlock({ password: 'guess-guess-1' }))).toBe('UNLOCK_FAILED');
    }
    expect(await refusalOf(admin.caller.auth.unlock({ password: 'guess-guess-1' }))).toBe('ACCOUNT_LOCKED');
    expect(await refusalOf(admin.caller.auth.unlock({ password: ADMIN.password }))).toBe('NOT_SIGNED_IN');
  });
});
