import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { DEFAULT_ROLE_PERMISSIONS, ROLE_KEYS, type Permission, type RoleKey } from '../../../shared/permissions';
import type { CreateUserInput, RoleSummary, UserSummary } from '../../../shared/schemas/users';
import type { UnitOfWork } from '../../work/unit-of-work';
import { AppError } from '../../errors/app-error';
import type { PasswordHasher } from '../../security/password-hasher';
import { RoleEntity, UserEntity, UserRoleEntity, type UserRecord } from './entities';

/** The set-up wizard's first admin has no registration to give: it is added later in Users. */
export type NewUser = Omit<CreateUserInput, 'password' | 'mmcNo' | 'qualifications'> & { passwordHash: string; mmcNo?: string | null; qualifications?: string | null };

export type CredentialChanges = Partial<Pick<UserRecord, 'passwordHash' | 'pinHash' | 'mustChangePassword' | 'disabled' | 'lastLoginAt'>>;

/** The permissions an admin role must keep, or nobody could manage the clinic any more. */
const ADMIN_ESSENTIALS: Permission[] = ['users.manage', 'roles.manage'];

export class UsersService {
  constructor(private readonly hasher: PasswordHasher) {}

  async seedRoles(uow: UnitOfWork): Promise<void> {
    for (const key of ROLE_KEYS) {
      const role = { key, permissions: [...DEFAULT_ROLE_PERMISSIONS[key]], updatedAt: uow.now.toISOString() };
      await uow.db.getRepository(RoleEntity).insert(role);
      await uow.audit({ action: 'role.create', entity: 'role', entityId: key, after: role.permissions });
    }
  }

  async list(uow: UnitOfWork): Promise<UserSummary[]> {
    const users = await uow.db.getRepository(UserEntity).find({ order: { username: 'ASC' } });
    const roles = await this.rolesByUser(uow, users.map((u) => u.id));
    return users.map((user) => toSummary(user, roles.get(user.id) ?? []));
  }

  async get(uow: UnitOfWork, id: string): Promise<UserSummary> {
    const user = await this.record(uow, id);
    return toSummary(user, await this.rolesOf(uow, id));
  }

  async record(uow: UnitOfWork, id: string): Promise<UserRecord> {
    const user = await uow.db.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new AppError('NOT_FOUND', { entity: 'user', id });
    return user;
  }

  /** Display names of the users that exist among `ids`, in one query (who signed, who changed). */
  async namesOf(uow: UnitOfWork, ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const users = await uow.db.getRepository(UserEntity).find({ where: { id: In(wanted) }, select: { id: true, displayName: true } });
    return new Map(users.map((user) => [user.id, user.displayName]));
  }

  findByUsername(uow: UnitOfWork, username: string): Promise<UserRecord | null> {
    return uow.db.getRepository(UserEntity).findOneBy({ username });
  }

  /** Hashing is slow on purpose: done before the unit of work that stores the hash, never inside the store's queue. */
  hashPassword(password: string): Promise<string> {
    return this.hasher.hash(password);
  }

  /** A new user, with the password already hashed by hashPassword. */
  async create(uow: UnitOfWork, input: NewUser, options: { mustChangePassword?: boolean } = {}): Promise<UserSummary> {
    if (await this.findByUsername(uow, input.username)) throw new AppError('USERNAME_TAKEN', { username: input.username, fields: ['username'] });
    const now = uow.now.toISOString();
    const user: UserRecord = {
      id: uuidv7(),
      username: input.username,
      displayName: input.displayName,
      mmcNo: input.mmcNo ?? null,
      qualifications: input.qualifications ?? null,
      passwordHash: input.passwordHash,
      pinHash: null,
      disabled: false,
      mustChangePassword: options.mustChangePassword ?? true,
      lastLoginAt: null,
      createdAt: now,
      updatedAt: now,
    };
    await uow.db.getRepository(UserEntity).insert(user);
    await this.writeRoles(uow, user.id, input.roles);
    const summary = toSummary(user, input.roles);
    await uow.audit({ action: 'user.create', entity: 'user', entityId: user.id, after: summary });
    return summary;
  }

  async update(uow: UnitOfWork, input: { id: string; displayName: string; mmcNo?: string | null; qualifications?: string | null; roles: RoleKey[] }): Promise<UserSummary> {
    const before = await this.get(uow, input.id);
    if (before.roles.includes('admin') && !input.roles.includes('admin')) await this.assertAnotherAdmin(uow, input.id);
    await uow.db.getRepository(UserEntity).update({ id: input.id }, { displayName: input.displayName, mmcNo: input.mmcNo === undefined ? before.mmcNo : input.mmcNo, qualifications: input.qualifications === undefined ? before.qualifications : input.qualifications, updatedAt: uow.now.toISOString() });
    await uow.db.getRepository(UserRoleEntity).delete({ userId: input.id });
    await this.writeRoles(uow, input.id, input.roles);
    const after = await this.get(uow, input.id);
    await uow.audit({ action: 'user.update', entity: 'user', entityId: input.id, before, after });
    return after;
  }

  async setDisabled(uow: UnitOfWork, id: string, disabled: boolean): Promise<UserSummary> {
    const before = await this.get(uow, id);
    if (disabled && uow.actor?.userId === id) throw new AppError('FORBIDDEN', { reason: 'self' });
    if (disabled && before.roles.includes('admin')) await this.assertAnotherAdmin(uow, id);
    await uow.db.getRepository(UserEntity).update({ id }, { disabled, updatedAt: uow.now.toISOString() });
    const after = await this.get(uow, id);
    await uow.audit({ action: disabled ? 'user.disable' : 'user.enable', entity: 'user', entityId: id, before, after });
    return after;
  }

  /** An admin sets a temporary password (hashed by hashPassword); the user must change it at next sign-in. */
  async resetPassword(uow: UnitOfWork, id: string, passwordHash: string): Promise<void> {
    await this.record(uow, id);
    await uow.db.getRepository(UserEntity).update({ id }, { passwordHash, mustChangePassword: true, updatedAt: uow.now.toISOString() });
    await uow.audit({ action: 'user.resetPassword', entity: 'user', entityId: id });
  }

  /**
   * Sign-in's writes to an account (last sign-in, a new password or PIN, re-enabled by the recovery
   * code). The caller audits them: it knows why they happened.
   */
  async recordCredentials(uow: UnitOfWork, id: string, changes: CredentialChanges): Promise<void> {
    await uow.db.getRepository(UserEntity).update({ id }, { ...changes, ...(changes.lastLoginAt ? {} : { updatedAt: uow.now.toISOString() }) });
  }

  async rolesOf(uow: UnitOfWork, userId: string): Promise<RoleKey[]> {
    return (await this.rolesByUser(uow, [userId])).get(userId) ?? [];
  }

  async permissionsOf(uow: UnitOfWork, userId: string): Promise<Permission[]> {
    const roleKeys = await this.rolesOf(uow, userId);
    if (roleKeys.length === 0) return [];
    const roles = await uow.db.getRepository(RoleEntity).findBy({ key: In(roleKeys) });
    return [...new Set(roles.flatMap((role) => role.permissions))].sort();
  }

  async listRoles(uow: UnitOfWork): Promise<RoleSummary[]> {
    const roles = await uow.db.getRepository(RoleEntity).find();
    const counts = await uow.db.query<{ key: string; n: number }[]>('SELECT role_key AS key, count(*) AS n FROM user_roles GROUP BY role_key');
    const countOf = new Map(counts.map((c) => [c.key, c.n]));
    return ROLE_KEYS.flatMap((key) => {
      const role = roles.find((r) => r.key === key);
      return role ? [{ key, permissions: [...role.permissions].sort(), userCount: countOf.get(key) ?? 0 }] : [];
    });
  }

  async updateRolePermissions(uow: UnitOfWork, key: RoleKey, permissions: Permission[]): Promise<RoleSummary> {
    if (key === 'admin' && !ADMIN_ESSENTIALS.every((p) => permissions.includes(p))) {
      throw new AppError('LAST_ADMIN', { role: key, required: ADMIN_ESSENTIALS });
    }
    const repo = uow.db.getRepository(RoleEntity);
    const before = await repo.findOneBy({ key });
    if (!before) throw new AppError('NOT_FOUND', { entity: 'role', id: key });
    const unique = [...new Set(permissions)].sort();
    await repo.update({ key }, { permissions: unique, updatedAt: uow.now.toISOString() });
    await uow.audit({ action: 'role.update', entity: 'role', entityId: key, before: before.permissions, after: unique });
    const summary = (await this.listRoles(uow)).find((r) => r.key === key);
    if (!summary) throw new AppError('NOT_FOUND', { entity: 'role', id: key });
    return summary;
  }

  private async writeRoles(uow: UnitOfWork, userId: string, roles: RoleKey[]): Promise<void> {
    const rows = [...new Set(roles)].map((roleKey) => ({ userId, roleKey }));
    await uow.db.getRepository(UserRoleEntity).insert(rows);
  }

  private async rolesByUser(uow: UnitOfWork, userIds: string[]): Promise<Map<string, RoleKey[]>> {
    const rows = userIds.length ? await uow.db.getRepository(UserRoleEntity).findBy({ userId: In(userIds) }) : [];
    const byUser = new Map<string, RoleKey[]>();
    for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.roleKey]);
    for (const roles of byUser.values()) roles.sort((a, b) => ROLE_KEYS.indexOf(a) - ROLE_KEYS.indexOf(b));
    return byUser;
  }

  private async assertAnotherAdmin(uow: UnitOfWork, exceptUserId: string): Promise<void> {
    const rows = (await uow.db.query<{ n: number }[]>(
      `SELECT count(*) AS n FROM users u JOIN user_roles r ON r.user_id = u.id
       WHERE r.role_key = 'admin' AND u.disabled = 0 AND u.id <> ?`,
      [exceptUserId],
    ));
    if ((rows[0]?.n ?? 0) === 0) throw new AppError('LAST_ADMIN', { role: 'admin' });
  }
}

export function toSummary(user: UserRecord, roles: RoleKey[]): UserSummary {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    mmcNo: user.mmcNo,
    qualifications: user.qualifications,
    roles,
    disabled: user.disabled,
    lastLoginAt: user.lastLoginAt,
    createdAt: user.createdAt,
  };
}
