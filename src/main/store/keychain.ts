import { Entry } from '@napi-rs/keyring';

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

export class OsKeychain implements Keychain {
  constructor(private readonly service: string) {}

  get(account: string): Promise<string | null> {
    return this.attempt(() => new Entry(this.service, account).getPassword() ?? null);
  }

  set(account: string, secret: string): Promise<void> {
    return this.attempt(() => new Entry(this.service, account).setPassword(secret));
  }

  delete(account: string): Promise<void> {
    return this.attempt(() => {
      new Entry(this.service, account).deletePassword();
    });
  }

  private async attempt<T>(operation: () => T): Promise<T> {
    try {
      return operation();
    } catch (error) {
      throw new KeychainUnavailableError(error);
    }
  }
}
