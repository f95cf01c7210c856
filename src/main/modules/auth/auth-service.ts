import { randomBytes } from 'node:crypto';
import type { SessionUser } from '../../../shared/schemas/auth';
import type { UnitOfWork } from '../../work/unit-of-work';
import { AppError } from '../../errors/app-error';
import type { PasswordHasher } from '../../security/password-hasher';
import type { UserRecord, UsersService } from '../users';

export type Secret = { password: string } | { pin: string };

/** What a sign-in reads from the store before any secret is checked. */
export interface SignInCandidate {
  user: Pick<UserRecord, 'id' | 'displayName' | 'disabled'> | null;
  /** The stored hash of the kind of secret given (password or PIN), or null when there is none. */
  storedHash: string | null;
}

export function viaOf(secret: Secret): 'pin' | 'password' {
  return 'pin' in secret ? 'pin' : 'password';
}

/**
 * Who someone is: reading what a check needs, checking secrets, and recording the outcome.
 * Each step that touches the store takes a unit of work; checking and hashing take none, so
 * argon2 never runs inside the store's queue (see sign-in.ts and session-secrets.ts).
 */
export class AuthService {
  /** Unknown users and missing PINs are checked against this, so every failed sign-in costs one argon2 check. */
  private readonly dummyHash: Promise<string>;

  constructor(
    private readonly hasher: PasswordHasher,
    private readonly users: UsersService,
  ) {
    this.dummyHash = hasher.hash(randomBytes(16).toString('base64'));
    // Awaited where it is used; this only keeps an early failure from being reported as unhandled.
    this.dummyHash.catch(() => undefined);
  }

  async candidate(uow: UnitOfWork, username: string, secret: Secret): Promise<SignInCandidate> {
    const user = await this.users.findByUsername(uow, username);
    if (!user) return { user: null, storedHash: null };
    return { user: { id: user.id, displayName: user.displayName, disabled: user.disabled }, storedHash: storedHashOf(user, secret) };
  }

  /** The stored hash a signed-in user's secret is checked against (unlock, password and PIN changes). */
  async storedHash(uow: UnitOfWork, userId: string, secret: Secret): Promise<string | null> {
    return storedHashOf(await this.users.record(uow, userId), secret);
  }

  /** Exactly one argon2 check, whether or not there is a stored hash: failures all take the same time. */
  async matches(storedHash: string | null, secret: Secret): Promise<boolean> {
    const given = 'pin' in secret ? secret.pin : secret.password;
    const right = await this.hasher.verify(storedHash ?? (await this.dummyHash), given);
    return right && storedHash !== null;
  }

  hash(secret: string): Promise<string> {
    return this.hasher.hash(secret);
  }

  /** A right secret: the sign-in is recorded, unless the account changed since it was read. */
  async recordSignIn(uow: UnitOfWork, userId: string, checkedHash: string, secret: Secret, source: string): Promise<SessionUser> {
    const user = await this.users.record(uow, userId);
    if (storedHashOf(user, secret) !== checkedHash) throw new AppError('LOGIN_FAILED');
    if (user.disabled) throw new AppError('ACCOUNT_DISABLED');
    uow.actAs({ userId: user.id, name: user.displayName });
    await this.users.recordCredentials(uow, user.id, { lastLoginAt: uow.now.toISOString() });
    await uow.audit({ action: 'auth.login', entity: 'user', entityId: user.id, after: { via: viaOf(secret), source } });
    return this.sessionUser(uow, user.id);
  }

  /** One row per failed sign-in, the same work whether or not the account exists. */
  async recordFailedSignIn(uow: UnitOfWork, userId: string | null, secret: Secret, source: string): Promise<void> {
    await uow.audit({ action: 'auth.failed', entity: 'sign-in', entityId: userId, after: { source, via: viaOf(secret) } });
  }

  /** A signed-in session gave a wrong secret (unlocking, or changing the password or PIN). */
  async recordWrongSecret(uow: UnitOfWork, purpose: 'unlock' | 'changePassword' | 'setPin', attemptsLeft: number): Promise<void> {
    await uow.audit({ action: 'auth.wrongSecret', entity: 'sign-in', entityId: uow.actor?.userId ?? null, after: { purpose, attemptsLeft } });
  }

  async recordUnlock(uow: UnitOfWork, userId: string): Promise<void> {
    await uow.audit({ action: 'auth.unlock', entity: 'user', entityId: userId });
  }

  /** Saves a new password hash, provided the password is still the one just checked. */
  async recordPasswordChange(uow: UnitOfWork, userId: string, checkedHash: string, newHash: string): Promise<void> {
    const user = await this.users.record(uow, userId);
    if (user.passwordHash !== checkedHash) throw new AppError('CONFLICT', { entity: 'user' });
    await this.users.recordCredentials(uow, userId, { passwordHash: newHash, mustChangePassword: false });
    await uow.audit({ action: 'user.changePassword', entity: 'user', entityId: userId });
  }

  async recordPin(uow: UnitOfWork, userId: string, checkedHash: string, pinHash: string): Promise<void> {
    const user = await this.users.record(uow, userId);
    if (user.passwordHash !== checkedHash) throw new AppError('CONFLICT', { entity: 'user' });
    await this.users.recordCredentials(uow, userId, { pinHash });
    await uow.audit({ action: 'user.setPin', entity: 'user', entityId: userId });
  }

  /** The recovery code proved the caller holds the store key: an admin gets a password of their choosing, and an enabled account. */
  async resetAdmin(uow: UnitOfWork, username: string, passwordHash: string, source: string): Promise<string> {
    const user = await this.users.findByUsername(uow, username);
    if (!user || !(await this.users.rolesOf(uow, user.id)).includes('admin')) throw new AppError('NOT_AN_ADMIN', { username });
    await this.users.recordCredentials(uow, user.id, { passwordHash, mustChangePassword: false, disabled: false });
    await uow.audit({ action: 'auth.recoveryReset', entity: 'user', entityId: user.id, after: { source, reEnabled: user.disabled } });
    return user.id;
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
}

function storedHashOf(user: UserRecord, secret: Secret): string | null {
  return 'pin' in secret ? user.pinHash : user.passwordHash;
}
