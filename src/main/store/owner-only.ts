import { chmod, mkdir, open, readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * The clinic's files are for the user running the hub only: files 0600, folders 0700 on POSIX.
 * (On Windows chmod only sets the read-only flag; there the per-user profile folder's ACL
 * keeps other users out.) Modes are set when a file is made, and again on what an older
 * version left readable.
 */
const FILE = 0o600;
const FOLDER = 0o700;

/**
 * Makes `file` owner-only before SQLite writes into it: an empty file for a new store or backup
 * (SQLite starts a new database in an empty file), or the existing one chmodded. SQLite creates
 * files 0644 itself, and gives a store's -wal and -shm the store file's own mode.
 */
export async function ownerOnlyFile(file: string): Promise<void> {
  try {
    await (await open(file, 'wx', FILE)).close();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    await chmod(file, FILE);
  }
}

/** Chmods the file if it exists (a store's companions). */
export async function ownerOnlyIfPresent(file: string): Promise<void> {
  try {
    await chmod(file, FILE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Makes a folder and any missing parents, each owner-only; a folder that already exists keeps its mode. */
export async function makeOwnerOnlyFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true, mode: FOLDER });
}

/** The hub's data folder and everything directly in it (store, its companions, kept copies, logs/) become owner-only. */
export async function ownerOnlyDataFolder(folder: string): Promise<void> {
  await makeOwnerOnlyFolder(folder);
  await chmod(folder, FOLDER);
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) await chmod(path.join(folder, entry.name), FOLDER);
    else if (entry.isFile()) await chmod(path.join(folder, entry.name), FILE);
  }
}
