import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { isUnfinishedBackupName } from './backup-names';

/**
 * Removes what a backup killed mid-write left in `folder` (its `.partial` file and SQLite's
 * journal beside it). A hub runs one backup at a time, so any such file is from a backup that
 * will never finish. Other files in the folder are never touched.
 */
export async function removeUnfinishedBackups(folder: string): Promise<number> {
  const names = (await readdir(folder)).filter(isUnfinishedBackupName);
  for (const name of names) await rm(path.join(folder, name), { force: true });
  return names.length;
}
