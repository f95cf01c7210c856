import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { appRouter } from '../../api/router';
import { refusalOf, setUpClinic, startTestHub } from '../../../../tests/support/test-hub';
import { PairingGuard } from './pairing-guard';

describe('pairing guard', () => {
  it('locks an address out for five minutes after five tries without the right code, and only that address', () => {
    let now = 0;
    const guard = new PairingGuard(() => now);
    for (let attempt = 0; attempt < 5; attempt++) guard.takeTry('10.0.0.9');
    expect(() => guard.takeTry('10.0.0.9')).toThrow('DISPLAY_CODE_TOO_MANY_TRIES');
    expect(() => guard.takeTry('10.0.0.10')).not.toThrow();
    now += 5 * 60_000;
    expect(() => guard.takeTry('10.0.0.9')).not.toThrow();
  });

  it('forgets tries older than ten minutes', () => {
    let now = 0;
    const guard = new PairingGuard(() => now);
    for (let attempt = 0; attempt < 4; attempt++) guard.takeTry('tv');
    now += 10 * 60_000;
    guard.takeTry('tv');
    expect(() => guard.takeTry('tv')).not.toThrow();
  });

  it('starts an address afresh once it gave the right code', () => {
    const guard = new PairingGuard(() => 0);
    for (let attempt = 0; attempt < 4; attempt++) guard.takeTry('tv');
    guard.recordSuccess('tv');
    for (let attempt = 0; attempt < 5; attempt++) guard.takeTry('tv');
    expect(() => guard.takeTry('tv')).toThrow('DISPLAY_CODE_TOO_MANY_TRIES');
  });
});

describe('display pairing through the API', () => {
  let clock = new Date('2026-11-23T02:00:00Z');
  const clinic = clinicForTests(async () => {
    const testHub = await startTestHub({ clock: () => clock });
    const { admin } = await setUpClinic(testHub);
    return { testHub, pairingCode: (await admin.caller.settings.all()).display.pairingCode };
  });

  const displayAt = (peer: string) => appRouter.createCaller({ hub: clinic.testHub.hub, connection: { token: null, peer } }).display;

  it('refuses even the right code from an address that guessed wrong five times, until the lockout ends', async () => {
    const guesser = displayAt('192.168.1.50');
    for (let attempt = 0; attempt < 5; attempt++) expect(await refusalOf(guesser.board({ pairingCode: `WRONG${attempt}X` }))).toBe('DISPLAY_CODE_WRONG');
    expect(await refusalOf(guesser.board({ pairingCode: clinic.pairingCode }))).toBe('DISPLAY_CODE_TOO_MANY_TRIES');

    const tv = await displayAt('192.168.1.20').board({ pairingCode: clinic.pairingCode });
    await tv[Symbol.asyncIterator]().return?.();

    clock = new Date(clock.getTime() + 5 * 60_000);
    const later = await guesser.board({ pairingCode: clinic.pairingCode });
    await later[Symbol.asyncIterator]().return?.();
  });

  it('checks at most five codes of a burst sent all at once; the rest wait for the lockout', async () => {
    const burst = displayAt('192.168.1.66');
    const answers = await Promise.all(Array.from({ length: 200 }, (_, attempt) => refusalOf(burst.board({ pairingCode: `GUESS${attempt}` }))));
    const count = (code: string) => answers.filter((answer) => answer === code).length;
    expect({ wrong: count('DISPLAY_CODE_WRONG'), tooMany: count('DISPLAY_CODE_TOO_MANY_TRIES') }).toEqual({ wrong: 5, tooMany: 195 });
  });
});
