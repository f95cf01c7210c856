import type { SessionUser } from '../../../shared/schemas/auth';
import type { UnitOfWork } from '../../audit/unit-of-work';
import { AppError } from '../../errors/app-error';
import type { PasswordHasher } from '../../security/password-hasher';
import { UserEntity, type UserRecord } from '../users/entities';
import type { UsersService } from '../users/users-service';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export type Secret = { password: string } | { pin: string };

/** Checks who someone is: passwords and PINs, lockout after repeated failures. */
export class AuthService {
  constructor(
    private readonly hasher: PasswordHasher,
    private readonly users: UsersService,
  ) {}

  async login(uow: UnitOfWork, username: string, secret: Secret): Promise<SessionUser> {
    const user = await this.users.findByUsername(uow, username);
    if (!user) throw new AppError('LOGIN_FAILED');
    await this.checkSecret(uow, user, secret, 'LOGIN_FAILED');
    uow.actAs({ userId: user.id, name: user.displayName });
    await uow.db.getRepository(UserEntity).update({ id: user.id }, { lastLoginAt: uow.now.toISOString() });
    await uow.audit({ action: 'auth.login', entity: 'user', entityId: user.id, after: { via: 'pin' in secret ? 'pin' : 'password' } });
    return this.sessionUser(uow, user.id);
  }

  /** Unlocking a locked screen: the same user's password or PIN, counted like a login. */
  async unlock(uow: UnitOfWork, userId: string, secret: Secret): Promise<SessionUser> {
    const user = await this.users.record(uow, userId);
    await this.checkSecret(uow, user, secret, 'UNLOCK_FAILED');
    await uow.audit({ action: 'auth.unlock', entity: 'user', entityId: user.id });
    return this.sessionUser(uow, user.id);
  }

  async changePassword(uow: UnitOfWork, userId: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.record(uow, userId);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) throw new AppError('UNLOCK_FAILED');
    if (currentPassword === newPassword) throw new AppError('PASSWORD_TOO_WEAK', { reason: 'same' });
    await uow.db
      .getRepository(UserEntity)
      .update({ id: userId }, { passwordHash: await this.hasher.hash(newPassword), mustChangePassword: false, updatedAt: uow.now.toISOString() });
    await uow.audit({ action: 'user.changePassword', entity: 'user', entityId: userId });
  }

  async setPin(uow: UnitOfWork, userId: string, currentPassword: string, pin: string): Promise<void> {
    const user = await this.users.record(uow, userId);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) throw new AppError('UNLOCK_FAILED');
    await uow.db.getRepository(UserEntity).update({ id: userId }, { pinHash: await this.hasher.hash(pin), updatedAt: uow.now.toISOString() });
    await uow.audit({ action: 'user.setPin', entity: 'user', entityId: userId });
  }

  async sessionUser(uow: UnitOfWork, userId: string): Promise<SessionUser> {
    const user = await this.users.record(uow, userId);
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      roles: await this.users.rolesOf(uow, userId),
      permissions: await this.users.permissionsOf(uow, userId),
      mustChangePassword: user.mustChangePassword,
      hasPin: user.pinHash !== null,
    };
  }

  private async checkSecret(uow: UnitOfWork, user: UserRecord, secret: Secret, failure: 'LOGIN_FAILED' | 'UNLOCK_FAILED'): Promise<void> {
    if (user.disabled) throw new AppError('ACCOUNT_DISABLED');
    if (user.lockedUntil && user.lockedUntil > uow.now.toISOString()) throw new AppError('ACCOUNT_LOCKED', { until: user.lockedUntil });
    const storedHash = 'pin' in secret ? user.pinHash : user.passwordHash;
    const given = 'pin' in secret ? secret.pin : secret.password;
    if (storedHash && (await this.hasher.verify(storedHash, given))) {
      if (user.failedLogins > 0 || user.lockedUntil) {
        await uow.db.getRepository(UserEntity).update({ id: user.id }, { failedLogins: 0, lockedUntil: null });
      }
      return;
    }
    await this.recordFailure(uow, user);
    const lockedNow = user.failedLogins + 1 >= MAX_FAILED_LOGINS;
    throw new AppError(lockedNow ? 'ACCOUNT_LOCKED' : failure, lockedNow ? { until: lockedUntil(uow.now) } : { attemptsLeft: MAX_FAILED_LOGINS - user.failedLogins - 1 }, { keepWrites: true });
  }

  private async recordFailure(uow: UnitOfWork, user: UserRecord): Promise<void> {
    const failedLogins = user.failedLogins + 1;
    const locks = failedLogins >= MAX_FAILED_LOGINS;
    await uow.db
      .getRepository(UserEntity)
      .update({ id: user.id }, locks ? { failedLogins: 0, lockedUntil: lockedUntil(uow.now) } : { failedLogins });
    await uow.audit({ action: locks ? 'auth.lockout' : 'auth.failed', entity: 'user', entityId: user.id, after: { failedLogins } });
  }
}

function lockedUntil(now: Date): string {
  return new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString();
}
