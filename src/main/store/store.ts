import Database from 'better-sqlite3-multiple-ciphers';
import { DataSource, type EntityManager, type EntitySchema, type MixedList } from 'typeorm';
import { migrations } from '../../../db/migrations';
import { ownerOnlyFile, ownerOnlyIfPresent } from './owner-only';
import { SerialQueue } from './serial-queue';
import { applyKey, applyStorePragmas, CHECKPOINTER_PRAGMAS, keyPragmas, openEncryptedFile, type SqliteDatabase } from './store-file';
import { WalCheckpointer } from './wal-checkpointer';

export interface StoreOptions {
  file: string;
  keyHex: string;
  entities: MixedList<EntitySchema>;
  /** Defaults to every migration; a migration's own test stops at the one before it. */
  migrations?: typeof migrations;
  /** Told when the background WAL checkpoint stopped working (the store then checkpoints on commit again). */
  onCheckpointFallback?: (reason: string) => void;
}

/** The files SQLite keeps beside a store while it is open or after a crash. */
export const STORE_COMPANIONS = ['-wal', '-shm', '-journal'];

/** SQLite's own default: checkpoint on commit once the log passes this many pages. */
const AUTOCHECKPOINT_PAGES = 1000;

/**
 * The encrypted SQLite store: one TypeORM DataSource over better-sqlite3-multiple-ciphers,
 * migrations applied on open, one queue through which every unit of work runs, and the
 * write-ahead log checkpointed on a worker thread (see WalCheckpointer).
 */
export class Store {
  private readonly queue = new SerialQueue();
  private readonly checkpointer: WalCheckpointer;

  private constructor(
    readonly file: string,
    private readonly dataSource: DataSource,
    options: StoreOptions,
  ) {
    this.checkpointer = WalCheckpointer.start(file, [...keyPragmas(options.keyHex), ...CHECKPOINTER_PRAGMAS], {
      onFallback: (reason) => {
        if (this.dataSource.isInitialized) this.rawDatabase().pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
        options.onCheckpointFallback?.(reason);
      },
    });
    // What the migrations just wrote.
    this.checkpointer.request();
  }

  /** Opens (or creates) the store. Throws KeyRejectedError for a wrong key, before TypeORM touches the file. */
  static async open(options: StoreOptions): Promise<Store> {
    await ownerOnlyFile(options.file);
    for (const companion of STORE_COMPANIONS) await ownerOnlyIfPresent(`${options.file}${companion}`);
    openEncryptedFile(options.file, options.keyHex).close();
    const dataSource = new DataSource({
      type: 'better-sqlite3',
      database: options.file,
      driver: Database,
      prepareDatabase: (db: SqliteDatabase) => {
        applyKey(db, options.keyHex);
        applyStorePragmas(db);
        db.pragma('wal_autocheckpoint = 0');
      },
      entities: options.entities,
      migrations: options.migrations ?? migrations,
      migrationsRun: true,
      migrationsTransactionMode: 'each',
      synchronize: false,
      logging: false,
    });
    await dataSource.initialize();
    return new Store(options.file, dataSource, options);
  }

  /** Runs work in one transaction, after every earlier unit of work has finished. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      const result = await this.dataSource.transaction(work);
      this.checkpointer.request();
      return result;
    });
  }

  /** Runs work outside a transaction but still in turn (backups, integrity checks). */
  exclusive<T>(work: (db: SqliteDatabase) => Promise<T> | T): Promise<T> {
    return this.queue.run(async () => {
      const result = await work(this.rawDatabase());
      this.checkpointer.request();
      return result;
    });
  }

  /** Checkpoints the background worker has finished, and the log frames they copied. */
  checkpointTotals(): Readonly<{ runs: number; frames: number }> {
    return { ...this.checkpointer.totals };
  }

  /** Names of the migrations applied to this store, oldest first. */
  appliedMigrations(): Promise<string[]> {
    return this.transaction(async (db) => ((await db.query<{ name: string }[]>('SELECT name FROM migrations ORDER BY id'))).map((row) => row.name));
  }

  /** The worker's connection closes first, so the last one (ours) checkpoints the whole log and removes it. */
  async close(): Promise<void> {
    await this.queue.drain();
    await this.checkpointer.close();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  private rawDatabase(): SqliteDatabase {
    return sqliteConnection(this.dataSource.manager);
  }
}

/**
 * The one better-sqlite3 connection under a unit of work's EntityManager, for hot paths that
 * prepare a statement once and run it many times (TypeORM prepares again in every transaction).
 * Statements run on it take part in the unit of work's transaction.
 */
export function sqliteConnection(manager: EntityManager): SqliteDatabase {
  return (manager.connection.driver as unknown as { databaseConnection: SqliteDatabase }).databaseConnection;
}
