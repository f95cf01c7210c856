import { afterEach, describe, expect, it } from 'vitest';
import { CountingHasher } from '../../../../tests/support/password-hashers';
import { ADMIN, refusalDetailsOf, refusalOf, setUpClinic, signIn, startTestHub, userWithRoles, USER_PASSWORD, type TestHub } from '../../../../tests/support/test-hub';
import { MAX_WRONG_SECRETS } from '../../api/core/session-store';
import { FIRST_WAIT_MS, FORGET_AFTER_MS, FREE_TRIES, LONGEST_WAIT_MS } from './source-throttle';

let testHub: TestHub | null = null;
afterEach(async () => {
  await testHub?.close();
  testHub = null;
});

/** A clock the test moves by hand. */
function manualClock(start = new Date('2026-11-23T01:00:00Z')) {
  let now = start.getTime();
  return { now: () => new Date(now), advanceMs: (ms: number) => (now += ms), advanceMinutes: (minutes: number) => (now += minutes * 60_000) };
}

const GUESSER = '192.168.1.66';

describe('sign-in: the guesser waits, never the account', () => {
  it(`after ${FREE_TRIES} wrong passwords from one address that address waits; the admin still signs in from the reception PC and from elsewhere`, async () => {
    testHub = await startTestHub({ clock: manualClock().now });
    await setUpClinic(testHub);
    const guesser = testHub.caller(null, GUESSER);
    for (let attempt = 1; attempt <= FREE_TRIES; attempt++) {
      expect(await refusalOf(guesser.auth.login({ username: ADMIN.username, password: `wrong-${attempt}` }))).toBe('LOGIN_FAILED');
    }
    expect(await refusalDetailsOf(guesser.auth.login({ username: ADMIN.username, password: ADMIN.password }))).toEqual({
      code: 'SIGN_IN_TOO_MANY_TRIES',
      details: { retryAfterSeconds: FIRST_WAIT_MS / 1000 },
    });
    await signIn(testHub, ADMIN.username, ADMIN.password, 'ipc');
    await signIn(testHub, ADMIN.username, ADMIN.password, '192.168.1.10');
  });

  it('the waits grow 1 s, 2 s, 4 s … up to 15 minutes, and a waiting address is refused before any password is checked', async () => {
    const clock = manualClock();
    const hasher = new CountingHasher();
    testHub = await startTestHub({ clock: clock.now, hasher });
    await setUpClinic(testHub);
    const guesser = testHub.caller(null, GUESSER);
    const guess = () => refusalDetailsOf(guesser.auth.login({ username: ADMIN.username, password: 'still-wrong-1' }));
    for (let attempt = 1; attempt <= FREE_TRIES; attempt++) await guess();
    const waits: number[] = [];
    for (let round = 0; round < 14; round++) {
      const checksBefore = hasher.verifyCalls;
      const refusal = await guess();
      expect(refusal?.code).toBe('SIGN_IN_TOO_MANY_TRIES');
      expect(hasher.verifyCalls).toBe(checksBefore);
      const waitSeconds = Number(refusal?.details.retryAfterSeconds);
      waits.push(waitSeconds);
      clock.advanceMs(waitSeconds * 1000);
      expect((await guess())?.code).toBe('LOGIN_FAILED');
      expect(hasher.verifyCalls).toBe(checksBefore + 1);
    }
    expect(waits.slice(0, 5)).toEqual([1, 2, 4, 8, 16]);
    expect(Math.max(...waits)).toBe(LONGEST_WAIT_MS / 1000);
  });

  it(`a burst of parallel guesses from one address gets no more than ${FREE_TRIES} password checks`, async () => {
    const hasher = new CountingHasher();
    testHub = await startTestHub({ hasher });
    await setUpClinic(testHub);
    const guesser = testHub.caller(null, GUESSER);
    const checksBefore = hasher.verifyCalls;
    const refusals = await Promise.all(Array.from({ length: 40 }, (_, i) => refusalOf(guesser.auth.login({ username: ADMIN.username, password: `burst-${i}` }))));
    expect(hasher.verifyCalls - checksBefore).toBe(FREE_TRIES);
    expect(refusals.filter((code) => code === 'LOGIN_FAILED')).toHaveLength(FREE_TRIES);
    expect(refusals.filter((code) => code === 'SIGN_IN_TOO_MANY_TRIES')).toHaveLength(40 - FREE_TRIES);
  });

  it('a user who then types her own password right takes her own mistakes off the count, not the guesses at someone else', async () => {
    testHub = await startTestHub({ clock: manualClock().now });
    const { admin } = await setUpClinic(testHub);
    await userWithRoles(testHub, admin.caller, 'farah', ['receptionist']);
    const desk = testHub.caller(null, GUESSER);
    for (let attempt = 1; attempt < FREE_TRIES; attempt++) await refusalOf(desk.auth.login({ username: 'farah', password: `typo-${attempt}` }));
    await signIn(testHub, 'farah', USER_PASSWORD, GUESSER);
    for (let attempt = 1; attempt < FREE_TRIES; attempt++) await refusalOf(desk.auth.login({ username: ADMIN.username, password: `guess-${attempt}` }));
    await signIn(testHub, 'farah', USER_PASSWORD, GUESSER);
    expect(await refusalDetailsOf(desk.auth.login({ username: ADMIN.username, password: 'guess-5' }))).toEqual({ code: 'LOGIN_FAILED', details: { attemptsLeft: 0, retryAfterSeconds: 1 } });
  });

  it('forgets an address that has been quiet for an hour', async () => {
    const clock = manualClock();
    testHub = await startTestHub({ clock: clock.now });
    await setUpClinic(testHub);
    const guesser = testHub.caller(null, GUESSER);
    for (let attempt = 1; attempt <= FREE_TRIES + 3; attempt++) {
      await refusalOf(guesser.auth.login({ username: ADMIN.username, password: `wrong-${attempt}` }));
      clock.advanceMinutes(1);
    }
    clock.advanceMs(FORGET_AFTER_MS);
    expect(await refusalDetailsOf(guesser.auth.login({ username: ADMIN.username, password: 'wrong-again' }))).toEqual({
      code: 'LOGIN_FAILED',
      details: { attemptsLeft: FREE_TRIES - 1 },
    });
  });

  it('writes one audit row per failed sign-in, naming the address and the account only when it exists', async () => {
    testHub = await startTestHub();
    await setUpClinic(testHub);
    await refusalOf(testHub.caller(null, GUESSER).auth.login({ username: ADMIN.username, password: 'wrong-password-1' }));
    await refusalOf(testHub.caller(null, GUESSER).auth.login({ username: 'nobody', password: 'wrong-password-1' }));
    const { caller } = await signIn(testHub, ADMIN.username, ADMIN.password);
    const failed = (await caller.audit.list({ entity: 'sign-in' })).filter((entry) => entry.action === 'auth.failed');
    expect(failed.map((entry) => [entry.entityId, entry.after])).toEqual(
      expect.arrayContaining([
        [expect.any(String), { source: GUESSER, via: 'password' }],
        [null, { source: GUESSER, via: 'password' }],
      ]),
    );
  });
});

describe('one answer and one timing for every failed sign-in', () => {
  it('an unknown user, a disabled user, a wrong password and a PIN never set: the same LOGIN_FAILED after exactly one argon2 check each', async () => {
    const hasher = new CountingHasher();
    testHub = await startTestHub({ hasher });
    const { admin } = await setUpClinic(testHub);
    const farah = await userWithRoles(testHub, admin.caller, 'farah', ['receptionist']);
    await userWithRoles(testHub, admin.caller, 'lim', ['nurse']);
    await admin.caller.users.setDisabled({ id: farah.user.id, disabled: true });
    const cases = {
      unknown: { username: 'no.such.user', password: 'Whatever2026' },
      disabled: { username: 'farah', password: 'Whatever2026' },
      wrongPassword: { username: 'lim', password: 'Whatever2026' },
      pinNeverSet: { username: 'lim', pin: '4826' },
    };
    const answers: Record<string, unknown> = {};
    for (const [name, input] of Object.entries(cases)) {
      const checksBefore = hasher.verifyCalls;
      // Each case from an address of its own, so the throttle's count reads the same.
      answers[name] = await refusalDetailsOf(testHub.caller(null, `10.0.0.${Object.keys(answers).length + 1}`).auth.login(input));
      expect(hasher.verifyCalls - checksBefore, name).toBe(1);
    }
    for (const answer of Object.values(answers)) expect(answer).toEqual({ code: 'LOGIN_FAILED', details: { attemptsLeft: FREE_TRIES - 1 } });
  });

  it('a disabled account is named only to someone who knows its password, and is signed out everywhere', async () => {
    testHub = await startTestHub();
    const { admin } = await setUpClinic(testHub);
    const farah = await userWithRoles(testHub, admin.caller, 'farah', ['receptionist']);
    await admin.caller.users.setDisabled({ id: farah.user.id, disabled: true });
    expect(await refusalOf(farah.caller.auth.lock())).toBe('NOT_SIGNED_IN');
    expect(await refusalOf(testHub.caller().auth.login({ username: 'farah', password: 'Wrong2026xx' }))).toBe('LOGIN_FAILED');
    expect(await refusalOf(testHub.caller().auth.login({ username: 'farah', password: USER_PASSWORD }))).toBe('ACCOUNT_DISABLED');
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
    await admin.caller.settings.security.save({ idleLockMinutes: 5 });
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

  it('an idle-locked user who unlocks with the right password stays signed in, whatever was guessed at the account elsewhere', async () => {
    const clock = manualClock();
    testHub = await startTestHub({ clock: clock.now });
    const { admin } = await setUpClinic(testHub);
    await admin.caller.settings.security.save({ idleLockMinutes: 5 });
    clock.advanceMinutes(6);
    expect(await refusalOf(admin.caller.users.list())).toBe('SESSION_LOCKED');
    for (let attempt = 1; attempt <= FREE_TRIES + 2; attempt++) {
      clock.advanceMinutes(1);
      await refusalOf(testHub.caller(null, GUESSER).auth.login({ username: ADMIN.username, password: `guess-${attempt}` }));
    }
    await admin.caller.auth.unlock({ password: ADMIN.password });
    expect((await admin.caller.users.list()).length).toBe(1);
  });

  it(`wrong unlock secrets count against that session only: after ${MAX_WRONG_SECRETS} it is signed out, and the account still signs in`, async () => {
    testHub = await startTestHub();
    const { admin } = await setUpClinic(testHub);
    await admin.caller.auth.lock();
    for (let attempt = 1; attempt < MAX_WRONG_SECRETS; attempt++) {
      expect(await refusalDetailsOf(admin.caller.auth.unlock({ password: 'guess-guess-1' }))).toEqual({
        code: 'UNLOCK_FAILED',
        details: { attemptsLeft: MAX_WRONG_SECRETS - attempt },
      });
    }
    expect(await refusalDetailsOf(admin.caller.auth.unlock({ password: 'guess-guess-1' }))).toEqual({ code: 'UNLOCK_FAILED', details: { attemptsLeft: 0 } });
    expect(await refusalOf(admin.caller.auth.unlock({ password: ADMIN.password }))).toBe('NOT_SIGNED_IN');
    await signIn(testHub, ADMIN.username, ADMIN.password);
  });

  it('a burst of parallel unlock guesses gets no more checks than the session allows', async () => {
    const hasher = new CountingHasher();
    testHub = await startTestHub({ hasher });
    const { admin } = await setUpClinic(testHub);
    await admin.caller.auth.lock();
    const checksBefore = hasher.verifyCalls;
    await Promise.all(Array.from({ length: 30 }, (_, i) => refusalOf(admin.caller.auth.unlock({ password: `burst-${i}` }))));
    expect(hasher.verifyCalls - checksBefore).toBe(MAX_WRONG_SECRETS);
    expect(await admin.caller.auth.session()).toBeNull();
  });
});
