import { z } from 'zod';

export const backupCreateInputSchema = z.object({
  /** Defaults to the folder in the backup settings. */
  folder: z.string().trim().min(1).max(1000).optional(),
});

export const backupListInputSchema = z.object({ folder: z.string().trim().min(1).max(1000).optional() });

export const backupRestoreInputSchema = z.object({ file: z.string().trim().min(1).max(1000) });

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
