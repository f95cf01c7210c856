import { z } from 'zod';
import { absolutePathSchema } from './backup';
import { clinicProfileSchema } from './clinic';
import { passwordSchema, personNameSchema, usernameSchema } from './common';

/** Where the hub is in its life: nothing yet, a store it cannot unlock, or open. */
export const HUB_STATES = ['needs-setup', 'needs-recovery', 'open'] as const;
export type HubState = (typeof HUB_STATES)[number];

export interface SetupStatus {
  state: HubState;
  clinicName: string | null;
  /** The clinic's time zone once the store is open, so screens before sign-in (the TV, set-up) show the clinic's clock. */
  timeZone: string | null;
  /** Why recovery is needed: the keychain has no key, or its key does not open the store. */
  recoveryReason: 'key-missing' | 'key-wrong' | null;
}

export const initialiseInputSchema = z.object({
  clinic: clinicProfileSchema,
  admin: z.object({
    username: usernameSchema,
    displayName: personNameSchema,
    password: passwordSchema,
  }),
});
export type InitialiseInput = z.infer<typeof initialiseInputSchema>;

export const recoverInputSchema = z.object({ recoveryCode: z.string().trim().min(10).max(200) });

export const findBackupsInputSchema = z.object({ folder: absolutePathSchema });

export const restoreOnNewPcInputSchema = z.object({
  backupFile: absolutePathSchema,
  recoveryCode: z.string().trim().min(10).max(200),
});
