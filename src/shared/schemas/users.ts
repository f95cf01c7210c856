import { z } from 'zod';
import { PERMISSIONS, ROLE_KEYS, type Permission, type RoleKey } from '../permissions';
import { idSchema, passwordSchema, personNameSchema, usernameSchema } from './common';

export const roleKeySchema = z.enum(ROLE_KEYS);
export const permissionSchema = z.enum(PERMISSIONS);

/** A doctor's registration with the Malaysian Medical Council as printed on an MC: digits, sometimes with letters. Empty means none. */
export const mmcNoSchema = z
  .string()
  .trim()
  .max(20)
  .regex(/^[0-9A-Za-z/-]*$/)
  .transform((value) => value || null)
  .nullable();

/** "MBBS (UM), MRCP (UK)". Empty means none. */
export const qualificationsSchema = z
  .string()
  .trim()
  .max(120)
  .transform((value) => value || null)
  .nullable();

/** What prints under a doctor's signature; both optional (a receptionist has neither). */
const registrationFields = { mmcNo: mmcNoSchema.default(null), qualifications: qualificationsSchema.default(null) };

export const createUserInputSchema = z.object({
  username: usernameSchema,
  displayName: personNameSchema,
  ...registrationFields,
  password: passwordSchema,
  roles: z.array(roleKeySchema).min(1),
});
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

export const updateUserInputSchema = z.object({
  id: idSchema,
  displayName: personNameSchema,
  // Left out, they stay as they are: a caller that knows nothing of registrations does not wipe one.
  mmcNo: mmcNoSchema.optional(),
  qualifications: qualificationsSchema.optional(),
  roles: z.array(roleKeySchema).min(1),
});

export const setUserDisabledInputSchema = z.object({ id: idSchema, disabled: z.boolean() });

export const resetPasswordInputSchema = z.object({ id: idSchema, newPassword: passwordSchema });

export const updateRolePermissionsInputSchema = z.object({
  role: roleKeySchema,
  permissions: z.array(permissionSchema),
});

export interface UserSummary {
  id: string;
  username: string;
  displayName: string;
  mmcNo: string | null;
  qualifications: string | null;
  roles: RoleKey[];
  disabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface RoleSummary {
  key: RoleKey;
  permissions: Permission[];
  userCount: number;
}
