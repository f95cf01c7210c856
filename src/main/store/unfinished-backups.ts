import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { backupOfAnchor, isUnfinishedBackupName } from './backup-names';

/**
 * Removes what a backup killed mid-write left in `folder` (its `.partial` file, SQLite's
 * journal beside it, and an audit anchor whose backup never arrived). A hub runs one backup at a
 * time, so any such file is from a backup that will never finish. Other files are never touched.
 */
export async function removeUnfinishedBackups(folder: string): Promise<number> {
  const all = await readdir(folder);
  const present = new Set(all);
  const names = all.filter((name) => {
    const backup = backupOfAnchor(name);
    return isUnfinishedBackupName(name) || (backup !== null && !present.has(backup));
  });
  for (const name of names) await rm(path.join(folder, name), { force: true });
  return names.length;
}
