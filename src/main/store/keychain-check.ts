import { randomUUID } from 'node:crypto';
import { KeychainUnavailableError, type Keychain } from './keychain';

/** Written, read back and removed at start; never holds anything of the clinic's. */
const CHECK_ACCOUNT = 'startup-check';

/** What the person starting the hub should do, by operating system (README, "Keys, recovery and backups"). */
const REMEDY: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'install the Debian packages gnome-keyring and dbus, and run the hub inside a D-Bus session with the keyring unlocked (README: "Keys, recovery and backups")',
  darwin: 'start ClinicDesk from a signed-in macOS session so its Keychain is unlocked',
  win32: 'start ClinicDesk as a signed-in Windows user, so Credential Manager is available',
};

export class KeychainCheckFailedError extends Error {
  constructor(cause: unknown, platform: NodeJS.Platform) {
    const reason = (cause instanceof Error ? cause.message : String(cause)).replace(/\s+/g, ' ');
    super(`${reason}; ${REMEDY[platform] ?? 'make the operating system’s keychain available to this user'}`);
    this.name = 'KeychainCheckFailedError';
  }
}

/**
 * Proves at start that the keychain can keep the store's key. Without this, a hub whose keychain
 * is missing would let the owner fill the whole first-run wizard and fail only on saving it.
 */
export async function checkKeychainKeepsSecrets(keychain: Keychain, platform: NodeJS.Platform = process.platform): Promise<void> {
  const secret = randomUUID();
  try {
    await keychain.set(CHECK_ACCOUNT, secret);
    const readBack = await keychain.get(CHECK_ACCOUNT);
    await keychain.delete(CHECK_ACCOUNT);
    if (readBack !== secret) throw new KeychainUnavailableError(new Error('a secret written to it read back differently'));
  } catch (error) {
    throw new KeychainCheckFailedError(error, platform);
  }
}
