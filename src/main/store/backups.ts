import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BackupFile, BackupStatus } from '../../shared/schemas/backup';
import type { Actor } from '../audit/audit-log';
import { chainHeadOf, removeBackupAnchor, writeBackupAnchor } from '../audit/backup-anchor';
import type { WorkRunner } from '../work/work-runner';
import { AppError } from '../errors/app-error';
import { BACKUP_PATTERN } from './backup-names';
import { assertFullPath } from './full-path';
import { makeOwnerOnlyFolder, ownerOnlyFile } from './owner-only';
import { SerialQueue } from './serial-queue';
import type { Store } from './store';
import { removeUnfinishedBackups } from './unfinished-backups';

interface BackupRunRow {
  at: string;
  file: string | null;
  error: string | null;
}

/**
 * Encrypted backups: `VACUUM INTO` writes a consistent copy of the live store, encrypted with
 * the same key, to a temporary name that is renamed into place only when complete. The
 * newest `keep` backups in the folder are kept.
 */
export class BackupService {
  /** Backup files are written and tidied one job at a time, without holding the store while a slow drive answers. */
  private readonly fileWork = new SerialQueue();

  constructor(
    private readonly store: Store,
    private readonly work: WorkRunner,
  ) {}

  /** Removes what a killed backup left in `folder`; never a backup being written now. */
  removeUnfinished(folder: string): Promise<number> {
    return this.fileWork.run(() => removeUnfinishedBackups(folder));
  }

  async create(folder: string, keep: number, actor: Actor | null, now = new Date()): Promise<BackupFile> {
    assertFullPath(folder, 'folder');
    try {
      await makeOwnerOnlyFolder(folder);
    } catch {
      throw new AppError('BACKUP_FOLDER_UNUSABLE', { folder });
    }
    const file = await freeName(folder, now);
    const partial = `${file}.partial`;
    try {
      await this.fileWork.run(async () => {
        // In turn with this hub's other backups, so a `.partial` found now is from one that was killed.
        await removeUnfinishedBackups(folder);
        // VACUUM INTO fills an empty file it is given, keeping its mode.
        await ownerOnlyFile(partial);
        const head = await this.store.exclusive((db) => {
          db.exec(`VACUUM INTO '${partial.replaceAll("'", "''")}'`);
          return chainHeadOf(db);
        });
        // The anchor goes first: every backup in the folder has one.
        await writeBackupAnchor(file, head, now);
        await rename(partial, file);
      });
    } catch (error) {
      await rm(partial, { force: true });
      await removeBackupAnchor(file);
      await this.recordRun(now, actor, null, error instanceof Error ? error.name : 'error');
      throw new AppError('BACKUP_FOLDER_UNUSABLE', { folder });
    }
    await this.recordRun(now, actor, file, null);
    await this.rotate(folder, keep);
    return describe(file);
  }

  async status(folder: string): Promise<BackupStatus> {
    const runs = await this.store.transaction(
      (db) => db.query<BackupRunRow[]>('SELECT at, file, error FROM backup_runs ORDER BY id DESC LIMIT 20'),
    );
    const lastGood = runs.find((run) => run.file !== null);
    const lastError = runs[0]?.error ?? null;
    return { folder, lastBackupAt: lastGood?.at ?? null, lastBackupFile: lastGood?.file ?? null, lastError };
  }

  /** The clinic-date of the last successful backup's instant, for the daily schedule. */
  async lastSuccessfulAt(): Promise<Date | null> {
    const rows = await this.store.transaction(
      (db) => db.query<{ at: string }[]>('SELECT at FROM backup_runs WHERE file IS NOT NULL ORDER BY id DESC LIMIT 1'),
    );
    return rows[0] ? new Date(rows[0].at) : null;
  }

  private async rotate(folder: string, keep: number): Promise<void> {
    const backups = await listBackups(folder);
    for (const old of backups.slice(keep)) {
      await rm(old.file, { force: true });
      await removeBackupAnchor(old.file);
    }
  }

  private recordRun(now: Date, actor: Actor | null, file: string | null, error: string | null): Promise<void> {
    return this.work.run(actor, async (uow) => {
      await uow.db.query('INSERT INTO backup_runs (at, file, error) VALUES (?, ?, ?)', [now.toISOString(), file, error]);
      await uow.audit({ action: file ? 'backup.create' : 'backup.fail', entity: 'backup', entityId: file ? path.basename(file) : null, after: { file, error } });
    });
  }
}

/** Backups in a folder, newest first. */
export async function listBackups(folder: string): Promise<BackupFile[]> {
  assertFullPath(folder, 'folder');
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    throw new AppError('BACKUP_FOLDER_UNUSABLE', { folder });
  }
  const files = names.filter((name) => BACKUP_PATTERN.test(name)).sort().reverse();
  return Promise.all(files.map((name) => describe(path.join(folder, name))));
}

export { assertBackupOpens } from './backup-check';

async function describe(file: string): Promise<BackupFile> {
  const info = await stat(file);
  const match = BACKUP_PATTERN.exec(path.basename(file));
  const createdAt = match
    ? `${match[1].slice(0, 4)}-${match[1].slice(4, 6)}-${match[1].slice(6, 8)}T${match[2].slice(0, 2)}:${match[2].slice(2, 4)}:${match[2].slice(4, 6)}Z`
    : info.mtime.toISOString();
  return { file, name: path.basename(file), sizeBytes: info.size, createdAt };
}

async function freeName(folder: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  for (let n = 0; ; n++) {
    const file = path.join(folder, `clinicdesk-${stamp}${n ? `-${n}` : ''}.cdbackup`);
    try {
      await stat(file);
    } catch {
      return file;
    }
  }
}
