import { z } from 'zod';
import type { Permission, RoleKey } from '../permissions';
import { passwordSchema, pinSchema, usernameSchema } from './common';

/** Either secret opens a session: the password, or the short PIN for quick switching. */
export const secretSchema = z.union([
  z.object({ password: z.string().min(1).max(200) }),
  z.object({ pin: pinSchema }),
]);

export const loginInputSchema = z.object({ username: usernameSchema }).and(secretSchema);
export type LoginInput = z.infer<typeof loginInputSchema>;

export const unlockInputSchema = secretSchema;

export const changePasswordInputSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});

export const setPinInputSchema = z.object({ currentPassword: z.string().min(1).max(200), pin: pinSchema });

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: RoleKey[];
  permissions: Permission[];
  mustChangePassword: boolean;
  hasPin: boolean;
}

export interface LoginResult {
  token: string;
  user: SessionUser;
  idleLockMinutes: number;
}

export interface SessionInfo {
  user: SessionUser;
  locked: boolean;
  idleLockMinutes: number;
}

/** An admin who forgot the password: the clinic's recovery code proves who they are. */
export const adminRecoveryInputSchema = z.object({
  recoveryCode: z.string().trim().min(1).max(120),
  username: usernameSchema,
  newPassword: passwordSchema,
});
export type AdminRecoveryInput = z.infer<typeof adminRecoveryInputSchema>;
