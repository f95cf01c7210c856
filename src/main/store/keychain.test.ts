import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OsKeychain } from './keychain';

describe('OS keychain', () => {
  it('round-trips a secret through the real Secret Service (gnome-keyring over D-Bus on Linux)', async () => {
    if (process.platform === 'linux') {
      // Run under scripts/with-test-keyring.sh, which starts a private D-Bus session and keyring.
      expect(process.env.DBUS_SESSION_BUS_ADDRESS, 'no D-Bus session: run the tests through npm test').toBeTruthy();
    }
    const keychain = new OsKeychain(`ClinicDesk-test-${randomUUID()}`);
    const account = 'store-key:roundtrip';
    expect(await keychain.get(account)).toBeNull();
    await keychain.set(account, 'a'.repeat(64));
    expect(await new OsKeychain(keychain['service']).get(account)).toBe('a'.repeat(64));
    await keychain.set(account, 'b'.repeat(64));
    expect(await keychain.get(account)).toBe('b'.repeat(64));
    await keychain.delete(account);
    expect(await keychain.get(account)).toBeNull();
    await keychain.delete(account);
  });
});
