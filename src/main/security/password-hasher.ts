import { hash, verify, type Algorithm } from '@node-rs/argon2';

/** argon2id with OWASP's 2024 minimum (19 MiB, 2 passes): about 30 ms a login on a clinic PC. */
// Algorithm is an ambient const enum (not importable as a value under isolatedModules); 2 is Argon2id.
const ARGON2ID = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export class PasswordHasher {
  hash(secret: string): Promise<string> {
    return hash(secret, ARGON2ID);
  }

  async verify(storedHash: string, secret: string): Promise<boolean> {
    try {
      return await verify(storedHash, secret);
    } catch {
      return false;
    }
  }
}
