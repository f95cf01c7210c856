import { EntitySchema } from 'typeorm';
import type { Permission, RoleKey } from '../../../shared/permissions';

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  /** A doctor's Malaysian Medical Council registration number, printed under the signature on clinical documents. */
  mmcNo: string | null;
  /** "MBBS (UM)": printed with the MMC number. */
  qualifications: string | null;
  passwordHash: string;
  pinHash: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RoleRecord {
  key: RoleKey;
  permissions: Permission[];
  updatedAt: string;
}

export interface UserRoleRecord {
  userId: string;
  roleKey: RoleKey;
}

// Explicit column types everywhere: bundlers do not emit decorator metadata, and schemas need none.
export const UserEntity = new EntitySchema<UserRecord>({
  name: 'User',
  tableName: 'users',
  columns: {
    id: { type: 'text', primary: true },
    username: { type: 'text', unique: true },
    displayName: { type: 'text', name: 'display_name' },
    mmcNo: { type: 'text', name: 'mmc_no', nullable: true },
    qualifications: { type: 'text', nullable: true },
    passwordHash: { type: 'text', name: 'password_hash' },
    pinHash: { type: 'text', name: 'pin_hash', nullable: true },
    disabled: { type: 'boolean' },
    mustChangePassword: { type: 'boolean', name: 'must_change_password' },
    lastLoginAt: { type: 'text', name: 'last_login_at', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

export const RoleEntity = new EntitySchema<RoleRecord>({
  name: 'Role',
  tableName: 'roles',
  columns: {
    key: { type: 'text', primary: true },
    permissions: { type: 'simple-json', name: 'permissions_json' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

export const UserRoleEntity = new EntitySchema<UserRoleRecord>({
  name: 'UserRole',
  tableName: 'user_roles',
  columns: {
    userId: { type: 'text', name: 'user_id', primary: true },
    roleKey: { type: 'text', name: 'role_key', primary: true },
  },
});
