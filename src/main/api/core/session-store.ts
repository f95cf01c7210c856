import { randomBytes } from 'node:crypto';
import type { Permission } from '../../../shared/permissions';
import type { Actor } from '../../audit/audit-log';
import { AppError } from '../../errors/app-error';

/** Wrong passwords or PINs one session may give (unlocking, changing the password or PIN) before it is signed out. */
export const MAX_WRONG_SECRETS = 5;

export interface Session {
  token: string;
  userId: string;
  actor: Actor;
  lastActivityAt: number;
  locked: boolean;
  /** An admin set the password, so others know it: until it is changed the session may do nothing else. */
  mustChangePassword: boolean;
  /** Secrets given by this session and not yet proven right, counted as each check begins. */
  secretTries: number;
  /** Resolved on first use; forgotten whenever roles or users change. */
  permissions: Permission[] | null;
  /** Aborted when the session ends, which ends every subscription it opened. */
  readonly ended: AbortSignal;
}

/** One check of a session's secret, counted when it began. */
export interface SecretCheck {
  /** The secret was right: the session's count starts again. */
  right(): void;
  /** The secret was wrong: how many tries the session has left; at none it has been signed out. */
  wrong(): number;
}

/**
 * Signed-in sessions, held in the hub's memory: a restart signs everyone out, which is
 * what a clinic expects of a PC that was switched off. Sessions lock after the clinic's
 * idle time; a locked session answers only to unlock, sign-out and "who am I".
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly endings = new Map<string, AbortController>();
  private idleLockMs = 5 * 60_000;

  constructor(private readonly clock: () => number = Date.now) {}

  setIdleLockMinutes(minutes: number): void {
    this.idleLockMs = minutes * 60_000;
  }

  get idleLockMinutes(): number {
    return this.idleLockMs / 60_000;
  }

  create(actor: Actor, options: { mustChangePassword: boolean }): Session {
    const ending = new AbortController();
    const session: Session = {
      token: randomBytes(32).toString('base64url'),
      userId: actor.userId,
      actor,
      lastActivityAt: this.clock(),
      locked: false,
      mustChangePassword: options.mustChangePassword,
      secretTries: 0,
      permissions: null,
      ended: ending.signal,
    };
    this.sessions.set(session.token, session);
    this.endings.set(session.token, ending);
    return session;
  }

  /** The session for a token, locked first if it has been idle longer than allowed. */
  find(token: string | null | undefined): Session | null {
    const session = token ? this.sessions.get(token) : undefined;
    if (!session) return null;
    if (!session.locked && this.clock() - session.lastActivityAt > this.idleLockMs) session.locked = true;
    return session;
  }

  touch(session: Session): void {
    session.lastActivityAt = this.clock();
  }

  lock(session: Session): void {
    session.locked = true;
  }

  unlock(session: Session): void {
    session.locked = false;
    this.touch(session);
  }

  /**
   * Counts a secret this session gives before it is checked, so parallel guesses cannot
   * outrun the count; a session that has used up its tries is signed out.
   */
  beginSecretCheck(session: Session): SecretCheck {
    if (!this.sessions.has(session.token)) throw new AppError('NOT_SIGNED_IN');
    if (session.secretTries >= MAX_WRONG_SECRETS) {
      this.revoke(session.token);
      throw new AppError('NOT_SIGNED_IN');
    }
    session.secretTries += 1;
    return {
      right: () => {
        session.secretTries = 0;
      },
      wrong: () => {
        const attemptsLeft = Math.max(0, MAX_WRONG_SECRETS - session.secretTries);
        if (attemptsLeft === 0) this.revoke(session.token);
        return attemptsLeft;
      },
    };
  }

  /** The user chose a password of their own: their sessions may work again. */
  passwordChanged(userId: string): void {
    for (const session of this.sessions.values()) if (session.userId === userId) session.mustChangePassword = false;
  }

  async permissionsOf(session: Session, load: (userId: string) => Promise<Permission[]>): Promise<Permission[]> {
    session.permissions ??= await load(session.userId);
    return session.permissions;
  }

  forgetPermissions(): void {
    for (const session of this.sessions.values()) session.permissions = null;
  }

  /** Ends a session and, at once, every subscription it opened. */
  revoke(token: string): void {
    this.sessions.delete(token);
    this.endings.get(token)?.abort();
    this.endings.delete(token);
  }

  /** Signs a user out everywhere (but `except`): after disabling the account or changing its password. */
  revokeUser(userId: string, except?: Session): void {
    for (const [token, session] of this.sessions) if (session.userId === userId && session !== except) this.revoke(token);
  }

  clear(): void {
    for (const token of [...this.sessions.keys()]) this.revoke(token);
  }
}
