import { z } from 'zod';
import { isAbsolutePath } from './backup';

export const LANGUAGES = ['en', 'ms', 'zh', 'ta'] as const;
export type Language = (typeof LANGUAGES)[number];

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const taxSettingsSchema = z.object({
  enabled: z.boolean(),
  name: z.string().trim().max(20),
  /** Basis points: 600 = 6 %. Integers only, like money. */
  rateBasisPoints: z.number().int().min(0).max(10_000),
  registrationNo: z.string().trim().max(40),
});

export const clinicProfileSchema = z.object({
  name: z.string().trim().min(2).max(120),
  address: z.string().trim().min(5).max(400),
  phone: z.string().trim().regex(/^\+?[0-9 ()-]{6,20}$/),
  registrationNo: z.string().trim().min(1).max(40),
  currency: z.string().regex(/^[A-Z]{3}$/),
  timeZone: z.string().refine(isTimeZone, 'time zone'),
  languages: z.array(z.enum(LANGUAGES)).min(1),
  tax: taxSettingsSchema,
});
export type ClinicProfile = z.infer<typeof clinicProfileSchema>;

export const securitySettingsSchema = z.object({
  idleLockMinutes: z.number().int().min(1).max(240),
});
export type SecuritySettings = z.infer<typeof securitySettingsSchema>;

export const backupSettingsSchema = z.object({
  /** Absolute folder path; empty means scheduled backups are off. */
  folder: z.string().trim().max(500).refine((folder) => folder === '' || isAbsolutePath(folder), 'absolute path'),
  /** Local clinic time of the daily backup, HH:MM. */
  dailyAt: z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/),
  keep: z.number().int().min(1).max(365),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

/** The waiting-room TV: opened without a sign-in, so only with this code. */
export const displaySettingsSchema = z.object({
  pairingCode: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{6,32}$/),
  /** Off by default: the board shows ticket numbers only. */
  showMaskedNames: z.boolean(),
  notice: z.string().trim().max(200),
  /** The call-out is spoken in these languages, in this order. */
  languages: z.array(z.enum(LANGUAGES)).min(1),
});
export type DisplaySettings = z.infer<typeof displaySettingsSchema>;

export const DEFAULT_SECURITY_SETTINGS: SecuritySettings = { idleLockMinutes: 5 };
export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { folder: '', dailyAt: '23:00', keep: 14 };
