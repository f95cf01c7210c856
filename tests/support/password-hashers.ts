import { PasswordHasher } from '../../src/main/security/password-hasher';

/** The real argon2 hasher, counting how often a secret is checked: one check per sign-in means one timing. */
export class CountingHasher extends PasswordHasher {
  verifyCalls = 0;

  override verify(storedHash: string, secret: string): Promise<boolean> {
    this.verifyCalls += 1;
    return super.verify(storedHash, secret);
  }
}

/**
 * The real hasher, except that while `hold()` is on, each check waits until `release()`: a
 * test can keep many checks in flight and see what the hub does meanwhile, with no clock.
 */
export class HeldHasher extends PasswordHasher {
  private gate: Promise<void> | null = null;
  private opener: () => void = () => undefined;
  private readonly watchers: (() => void)[] = [];
  heldChecks = 0;

  hold(): void {
    this.gate = new Promise((resolve) => (this.opener = resolve));
  }

  release(): void {
    this.gate = null;
    this.opener();
  }

  /** Resolves once `count` checks are waiting at the gate. */
  async checksHeld(count: number): Promise<void> {
    while (this.heldChecks < count) await new Promise<void>((resolve) => this.watchers.push(resolve));
  }

  override async verify(storedHash: string, secret: string): Promise<boolean> {
    const gate = this.gate;
    if (gate) {
      this.heldChecks += 1;
      for (const wake of this.watchers.splice(0)) wake();
      await gate;
    }
    return super.verify(storedHash, secret);
  }
}
