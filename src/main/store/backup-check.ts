import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors/app-error';
import { isBackupName } from './backup-names';
import { assertFullPath } from './full-path';
import { KeyRejectedError, openEncryptedFile } from './store-file';

/** SQLCipher 4's page size, which VACUUM INTO keeps: every backup is a whole number of pages, at least two. */
const PAGE_BYTES = 4096;
const MIN_PAGES = 2;

/**
 * How files a clinic keeps on a USB drive begin. An encrypted store begins with 16 random bytes
 * (its salt), so one of these, or 16 bytes of plain text, means the file is something else.
 */
const OTHER_FILE_STARTS = ['SQLite format 3\0', '%PDF-', 'PK\x03\x04', '\x89PNG', '\xff\xd8\xff', '{\\rtf'].map((start) => Buffer.from(start, 'latin1'));
const TEXT = /^[\t\n\r\x20-\x7e]*$/;

/**
 * Refuses a file that is not a ClinicDesk backup this key opens, with the reason:
 * - BACKUP_NOT_FOUND: no such file, not a file, or not readable (one answer for all three, so a
 *   caller learns nothing more about the PC's files);
 * - BACKUP_NOT_A_BACKUP: a file that cannot be an encrypted store (a known kind of file, text,
 *   a size no store has, under a name that is not a backup's), or a store without a clinic in it;
 * - BACKUP_DAMAGED: a backup's name or a store the key opens, but cut short or with pages that
 *   fail their check;
 * - RECOVERY_CODE_WRONG: a file shaped like an encrypted store that the key does not open.
 *   SQLCipher's files cannot be told from random bytes, by design: a random file of whole pages
 *   also gets this answer, and so does a backup whose first page was overwritten.
 */
export function assertBackupOpens(file: string, keyHex: string): void {
  assertFullPath(file, 'file');
  const name = path.basename(file);
  const start = firstBytes(file);
  if (!start) throw new AppError('BACKUP_NOT_FOUND', { file: name });
  if (looksLikeAnotherKindOfFile(start.bytes)) throw new AppError('BACKUP_NOT_A_BACKUP', { file: name });
  if (start.size < MIN_PAGES * PAGE_BYTES || start.size % PAGE_BYTES !== 0) {
    throw new AppError(isBackupName(name) ? 'BACKUP_DAMAGED' : 'BACKUP_NOT_A_BACKUP', { file: name });
  }
  let db;
  try {
    db = openEncryptedFile(file, keyHex, { readonly: true });
  } catch (error) {
    if (error instanceof KeyRejectedError) throw new AppError('RECOVERY_CODE_WRONG', { file: name });
    throw new AppError('BACKUP_DAMAGED', { file: name });
  }
  try {
    // A clinic's settings: one row per section since 1796601600000, one table row before (older backups migrate on restore).
    const clinic = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name IN ('settings', 'clinic_settings')`).get() as { n: number };
    if (clinic.n !== 1) throw new AppError('BACKUP_NOT_A_BACKUP', { file: name });
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new AppError('BACKUP_DAMAGED', { file: name });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BACKUP_DAMAGED', { file: name });
  } finally {
    db.close();
  }
}

/** The file's size and first 16 bytes, or null when it is missing, not a regular file, or unreadable. */
function firstBytes(file: string): { size: number; bytes: Buffer } | null {
  try {
    const info = statSync(file);
    if (!info.isFile()) return null;
    const fd = openSync(file, 'r');
    try {
      const bytes = Buffer.alloc(16);
      const read = readSync(fd, bytes, 0, bytes.length, 0);
      return { size: info.size, bytes: bytes.subarray(0, read) };
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

function looksLikeAnotherKindOfFile(start: Buffer): boolean {
  if (OTHER_FILE_STARTS.some((signature) => start.subarray(0, signature.length).equals(signature))) return true;
  return start.length > 0 && TEXT.test(start.toString('latin1'));
}
