import { AsyncEntry } from '@napi-rs/keyring';

/**
 * Where the store key lives between runs. The only adapter is the operating system's
 * keychain (Windows Credential Manager, macOS Keychain, Secret Service on Linux); the
 * interface exists so the hub can be composed with it and closed cleanly.
 */
export interface Keychain {
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<void>;
}

export class KeychainUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`the OS keychain could not be reached: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'KeychainUnavailableError';
  }
}

/** Each call is a D-Bus (or OS) round trip of a few milliseconds, made off the hub's only thread. */
export class OsKeychain implements Keychain {
  constructor(private readonly service: string) {}

  get(account: string): Promise<string | null> {
    return this.attempt(async () => (await new AsyncEntry(this.service, account).getPassword()) ?? null);
  }

  set(account: string, secret: string): Promise<void> {
    return this.attempt(() => new AsyncEntry(this.service, account).setPassword(secret));
  }

  delete(account: string): Promise<void> {
    return this.attempt(async () => {
      await new AsyncEntry(this.service, account).deletePassword();
    });
  }

  private async attempt<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw new KeychainUnavailableError(error);
    }
  }
}
