import { afterEach, describe, expect, it } from 'vitest';
import { CountingHasher, HeldHasher } from '../../../../tests/support/password-hashers';
import { ADMIN, refusalDetailsOf, refusalOf, registerWalkIn, setUpClinic, signIn, startTestHub, userWithRoles, USER_PASSWORD, type TestHub } from '../../../../tests/support/test-hub';
import { MAX_WRONG_SECRETS } from '../../api/core/session-store';

let testHub: TestHub | null = null;
afterEach(async () => {
  await testHub?.close();
  testHub = null;
});

const NEW_PASSWORD = 'Another2026x';

describe('password and PIN changes', () => {
  it(`wrong current passwords count against the session: after ${MAX_WRONG_SECRETS} it is signed out, the account is not`, async () => {
    testHub = await startTestHub();
    const { admin } = await setUpClinic(testHub);
    const nurse = await userWithRoles(testHub, admin.caller, 'lim', ['nurse']);
    for (let attempt = 1; attempt < MAX_WRONG_SECRETS; attempt++) {
      const change = attempt % 2 ? nurse.caller.auth.changePassword({ currentPassword: `guess-${attempt}`, newPassword: NEW_PASSWORD }) : nurse.caller.auth.setPin({ currentPassword: `guess-${attempt}`, pin: '4826' });
      expect(await refusalDetailsOf(change)).toEqual({ code: 'UNLOCK_FAILED', details: { attemptsLeft: MAX_WRONG_SECRETS - attempt } });
    }
    expect(await refusalDetailsOf(nurse.caller.auth.changePassword({ currentPassword: 'guess-5', newPassword: NEW_PASSWORD }))).toEqual({
      code: 'UNLOCK_FAILED',
      details: { attemptsLeft: 0 },
    });
    expect(await refusalOf(nurse.caller.auth.changePassword({ currentPassword: USER_PASSWORD, newPassword: NEW_PASSWORD }))).toBe('NOT_SIGNED_IN');
    await signIn(testHub, 'lim', USER_PASSWORD);
  });

  it(`a burst of parallel wrong changes from one session gets no more than ${MAX_WRONG_SECRETS} argon2 checks`, async () => {
    const hasher = new CountingHasher();
    testHub = await startTestHub({ hasher });
    const { admin } = await setUpClinic(testHub);
    const nurse = await userWithRoles(testHub, admin.caller, 'lim', ['nurse']);
    const checksBefore = hasher.verifyCalls;
    const refusals = await Promise.all(
      Array.from({ length: 60 }, (_, i) => refusalOf(nurse.caller.auth.changePassword({ currentPassword: `burst-${i}`, newPassword: NEW_PASSWORD }))),
    );
    expect(hasher.verifyCalls - checksBefore).toBe(MAX_WRONG_SECRETS);
    expect(new Set(refusals)).toEqual(new Set(['UNLOCK_FAILED', 'NOT_SIGNED_IN']));
  });

  it('checks passwords outside the store’s queue: an admin’s search finishes while every check is still held', async () => {
    const hasher = new HeldHasher();
    testHub = await startTestHub({ hasher });
    const { admin } = await setUpClinic(testHub);
    await registerWalkIn(admin.caller, 'Tan Ah Kow');
    const nurses = [];
    for (const name of ['lim', 'siti', 'devi']) nurses.push((await userWithRoles(testHub, admin.caller, name, ['nurse'])).caller);
    hasher.hold();
    const changes = nurses.map((nurse, i) => refusalOf(nurse.auth.changePassword({ currentPassword: `wrong-${i}`, newPassword: NEW_PASSWORD })));
    await hasher.checksHeld(nurses.length);
    // With the checks inside a store transaction, this search would wait behind them for ever.
    expect((await admin.caller.patients.search({ query: 'Tan Ah' })).length).toBe(1);
    hasher.release();
    expect(await Promise.all(changes)).toEqual(nurses.map(() => 'UNLOCK_FAILED'));
  });

  it('a changed password signs the user out on every other window, and replaces a temporary one', async () => {
    testHub = await startTestHub();
    await setUpClinic(testHub);
    const here = await signIn(testHub, ADMIN.username, ADMIN.password);
    const there = await signIn(testHub, ADMIN.username, ADMIN.password, '192.168.1.10');
    await here.caller.auth.changePassword({ currentPassword: ADMIN.password, newPassword: NEW_PASSWORD });
    expect(await refusalOf(there.caller.users.list())).toBe('NOT_SIGNED_IN');
    expect((await here.caller.users.list()).length).toBe(1);
  });
});
