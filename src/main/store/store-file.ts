import Database from 'better-sqlite3-multiple-ciphers';

export type SqliteDatabase = Database.Database;

/**
 * Opens the encrypted file with better-sqlite3-multiple-ciphers using SQLCipher v4 and a
 * raw 256-bit key (no passphrase stretching: the key is already random).
 * Throws KeyRejectedError when the key does not open the file.
 */
export function openEncryptedFile(file: string, keyHex: string, options: { readonly?: boolean } = {}): SqliteDatabase {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  try {
    applyKey(db, keyHex);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    if (isNotADatabase(error)) throw new KeyRejectedError();
    throw error;
  }
}

export function applyKey(db: SqliteDatabase, keyHex: string): void {
  for (const pragma of keyPragmas(keyHex)) db.pragma(pragma);
}

/** The pragmas that open the store with its key, for connections opened elsewhere (the WAL checkpointer's). */
export function keyPragmas(keyHex: string): string[] {
  if (!/^[0-9a-f]{64}$/.test(keyHex)) throw new Error('store key must be 64 lower-case hex digits');
  return [`cipher='sqlcipher'`, `key="x'${keyHex}'"`];
}

const BUSY_TIMEOUT_MS = 5000;

/** The settings every connection to the store runs with (the app's and the benchmarks'). */
export function applyStorePragmas(db: SqliteDatabase): void {
  db.pragma('journal_mode = WAL');
  // FULL: a committed visit survives a power cut, not just an app crash.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // 64 MiB of decrypted pages: a page read from disk costs a decryption, one in cache costs nothing.
  db.pragma('cache_size = -65536');
  // Statement journals and sort/temp b-trees in RAM: the cipher does not encrypt temporary files,
  // and a bulk write with triggers journals every page it touches (1.5–2.5 s of a 100k import).
  db.pragma('temp_store = MEMORY');
}

/** What the WAL checkpointer's connection runs with besides the key: it writes the store file, durably. */
export const CHECKPOINTER_PRAGMAS = ['synchronous = FULL', `busy_timeout = ${BUSY_TIMEOUT_MS}`];

export class KeyRejectedError extends Error {
  constructor() {
    super('the key does not open this store');
    this.name = 'KeyRejectedError';
  }
}

function isNotADatabase(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'SQLITE_NOTADB';
}
