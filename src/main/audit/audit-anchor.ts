import { z } from 'zod';
import type { AuditAnchor } from '../../shared/schemas/audit';
import type { Keychain } from '../store/keychain';

const auditAnchorSchema = z.object({
  seq: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.iso.datetime(),
});

/** The anchor as kept outside the store (keychain entry, backup sidecar): one JSON object. */
export function formatAnchor(anchor: AuditAnchor): string {
  return JSON.stringify({ seq: anchor.seq, hash: anchor.hash, at: anchor.at });
}

/** Null for text that is not an anchor. */
export function parseAnchor(text: string): AuditAnchor | null {
  try {
    const parsed = auditAnchorSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The chain's head in the OS keychain, beside the store key (account `<key account>.audit-head`):
 * someone with only the store file and its key cannot move it.
 */
export class KeychainAnchor {
  constructor(
    private readonly keychain: Keychain,
    private readonly account: string,
  ) {}

  /** Null when there is none yet, or when the entry is not an anchor. Throws when the keychain cannot be reached. */
  async read(): Promise<AuditAnchor | null> {
    const text = await this.keychain.get(this.account);
    return text === null ? null : parseAnchor(text);
  }

  /** Null removes it: a store made or restored here starts a chain the old anchor knows nothing of. */
  async write(anchor: AuditAnchor | null): Promise<void> {
    if (anchor) await this.keychain.set(this.account, formatAnchor(anchor));
    else await this.keychain.delete(this.account);
  }
}
