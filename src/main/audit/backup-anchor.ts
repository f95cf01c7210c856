import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AuditAnchor, AuditHead } from '../../shared/schemas/audit';
import { AppError } from '../errors/app-error';
import { openEncryptedFile, type SqliteDatabase } from '../store/store-file';
import { formatAnchor, parseAnchor } from './audit-anchor';
import { CHAIN_PAGE_SQL, GENESIS_HEAD, HEAD_SQL, HIGHEST_SEQ_SQL, type AuditRow } from './audit-row';
import { walkChain, type ChainPage } from './chain-walk';

/**
 * Each backup carries the head of its own chain in a small file beside it
 * (`<name>.cdbackup.anchor`, JSON {seq, hash, at}). A restore checks the backup's chain against
 * it, so a backup whose log was rewritten after it was made is refused rather than restored.
 */
export function anchorFileOf(backupFile: string): string {
  return `${backupFile}.anchor`;
}

/** The chain head of a store opened with the raw connection (inside the store's turn, before VACUUM INTO). */
export function chainHeadOf(db: SqliteDatabase): AuditHead {
  return (db.prepare(HEAD_SQL).get() as AuditHead | undefined) ?? GENESIS_HEAD;
}

export async function writeBackupAnchor(backupFile: string, head: AuditHead, at: Date): Promise<void> {
  await writeFile(anchorFileOf(backupFile), formatAnchor({ ...head, at: at.toISOString() }), { mode: 0o600 });
}

export function removeBackupAnchor(backupFile: string): Promise<void> {
  return rm(anchorFileOf(backupFile), { force: true });
}

/**
 * Checks a backup's chain, against its anchor file when it has one (backups made before anchors
 * existed have none), and returns the head to anchor the restored store at. Refuses with
 * BACKUP_AUDIT_BROKEN a chain that fails, or an anchor file that is not an anchor.
 */
export async function checkBackupChain(file: string, keyHex: string, now: Date): Promise<AuditAnchor> {
  const name = path.basename(file);
  const anchor = await readBackupAnchor(file);
  const db = openEncryptedFile(file, keyHex, { readonly: true });
  try {
    const read = async (fromSeq: number, limit: number): Promise<ChainPage> => ({
      rows: db.prepare(CHAIN_PAGE_SQL).all(fromSeq, limit) as AuditRow[],
      highestSeqEverUsed: (db.prepare(HIGHEST_SEQ_SQL).get() as { seq: number } | undefined)?.seq ?? 0,
    });
    const walk = await walkChain(read, { anchors: anchor ? [anchor] : [] });
    if (!walk.result.ok) throw new AppError('BACKUP_AUDIT_BROKEN', { file: name, seq: walk.result.brokenAtSeq, problem: walk.result.problem });
    return { ...walk.head, at: now.toISOString() };
  } finally {
    db.close();
  }
}

async function readBackupAnchor(file: string): Promise<AuditAnchor | null> {
  let text: string;
  try {
    text = await readFile(anchorFileOf(file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const anchor = parseAnchor(text);
  if (!anchor) throw new AppError('BACKUP_AUDIT_BROKEN', { file: path.basename(file), seq: 0, problem: 'anchor-unreadable' });
  return anchor;
}
