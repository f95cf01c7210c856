import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { STORE_COMPANIONS } from '../store/store';

/** Where one clinic's store lives on disk, and the keychain entry that holds its key. */
export class StoreLocation {
  readonly file: string;

  constructor(readonly dataDir: string) {
    this.file = path.join(dataDir, 'clinicdesk.db');
  }

  /** One keychain entry per data folder, so two installs on one PC never share a key. */
  get keychainAccount(): string {
    return `store-key:${createHash('sha256').update(path.resolve(this.dataDir)).digest('hex').slice(0, 16)}`;
  }

  /** The audit chain's anchor, beside the key: same service, same reach. */
  get auditHeadAccount(): string {
    return `${this.keychainAccount}.audit-head`;
  }

  exists(): boolean {
    return existsSync(this.file);
  }

  sibling(suffix: string): string {
    return `${this.file}.${suffix}`;
  }

  /** Removes a store file and its WAL companions. */
  static async remove(file: string): Promise<void> {
    for (const companion of ['', ...STORE_COMPANIONS]) await rm(`${file}${companion}`, { force: true });
  }
}
