import { z } from 'zod';
import { PERMISSIONS, ROLE_KEYS, type Permission, type RoleKey } from '../permissions';
import { idSchema, passwordSchema, personNameSchema, usernameSchema } from './common';

export const roleKeySchema = z.enum(ROLE_KEYS);
export const permissionSchema = z.enum(PERMISSIONS);

export const createUserInputSchema = z.object({
  username: usernameSchema,
  displayName: personNameSchema,
  password: passwordSchema,
  roles: z.array(roleKeySchema).min(1),
});
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

export const updateUserInputSchema = z.object({
  id: idSchema,
  displayName: personNameSchema,
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
