import { hash, verify, type Algorithm } from '@node-rs/argon2';

/** argon2id with OWASP's 2024 minimum (19 MiB, 2 passes): about 30 ms a login on a clinic PC. */
// Algorithm is an ambient const enum (not importable as a value under isolatedModules); 2 is Argon2id.
const ARGON2ID = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * @node-rs/argon2 runs each hash as N-API async work, on libuv's thread pool (4 threads unless
 * UV_THREADPOOL_SIZE says otherwise), never on the hub's own thread. That pool also serves file
 * reads and writes, so at most two hashes run at once and the rest wait their turn here:
 * a flood of password checks cannot starve the files the hub serves and writes.
 */
const CONCURRENT_HASHES = 2;

export class PasswordHasher {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  hash(secret: string): Promise<string> {
    return this.inTurn(() => hash(secret, ARGON2ID));
  }

  async verify(storedHash: string, secret: string): Promise<boolean> {
    try {
      return await this.inTurn(() => verify(storedHash, secret));
    } catch {
      return false;
    }
  }

  private async inTurn<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= CONCURRENT_HASHES) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next in line, or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
