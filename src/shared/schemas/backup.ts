import { z } from 'zod';

/**
 * A full path on the hub PC: `/media/usb/ClinicDesk`, `E:\ClinicDesk`, `\\nas\clinic`. A relative
 * one would be read from whatever folder the hub was started in. (The hub also checks it by its
 * own platform's rules: `E:\…` is no full path on Linux.)
 */
export function isAbsolutePath(text: string): boolean {
  return text.startsWith('/') || /^[A-Za-z]:[\\/]/.test(text) || /^\\\\[^\\]+\\[^\\]+/.test(text);
}

export const absolutePathSchema = z.string().trim().min(1).max(1000).refine(isAbsolutePath, 'absolute path');

export const backupCreateInputSchema = z.object({
  /** Defaults to the folder in the backup settings. */
  folder: absolutePathSchema.optional(),
});

export const backupListInputSchema = z.object({ folder: absolutePathSchema.optional() });

export const backupRestoreInputSchema = z.object({ file: absolutePathSchema });

export interface BackupFile {
  file: string;
  name: string;
  sizeBytes: number;
  createdAt: string;
}

export interface BackupStatus {
  folder: string;
  lastBackupAt: string | null;
  lastBackupFile: string | null;
  lastError: string | null;
}
