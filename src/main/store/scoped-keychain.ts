import type { Keychain } from './keychain';

/**
 * The OS keychain as one clinic's store sees it: every account is prefixed with the store key's own
 * account, so two data folders on one PC never share a secret (a MyInvois client secret, say), and
 * modules name their entries without knowing where the store lives.
 */
export class ScopedKeychain implements Keychain {
  constructor(
    private readonly keychain: Keychain,
    private readonly scope: string,
  ) {}

  get(account: string): Promise<string | null> {
    return this.keychain.get(`${this.scope}.${account}`);
  }

  set(account: string, secret: string): Promise<void> {
    return this.keychain.set(`${this.scope}.${account}`, secret);
  }

  delete(account: string): Promise<void> {
    return this.keychain.delete(`${this.scope}.${account}`);
  }
}
