import { randomBytes } from 'node:crypto';
import type { Permission } from '../../../shared/permissions';
import type { Actor } from '../../audit/audit-log';

export interface Session {
  token: string;
  userId: string;
  actor: Actor;
  lastActivityAt: number;
  locked: boolean;
  /** Resolved on first use; forgotten whenever roles or users change. */
  permissions: Permission[] | null;
}

/**
 * Signed-in sessions, held in the hub's memory: a restart signs everyone out, which is
 * what a clinic expects of a PC that was switched off. Sessions lock after the clinic's
 * idle time; a locked session answers only to unlock, sign-out and "who am I".
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private idleLockMs = 5 * 60_000;

  constructor(private readonly clock: () => number = Date.now) {}

  setIdleLockMinutes(minutes: number): void {
    this.idleLockMs = minutes * 60_000;
  }

  get idleLockMinutes(): number {
    return this.idleLockMs / 60_000;
  }

  create(actor: Actor): Session {
    const session: Session = {
      token: randomBytes(32).toString('base64url'),
      userId: actor.userId,
      actor,
      lastActivityAt: this.clock(),
      locked: false,
      permissions: null,
    };
    this.sessions.set(session.token, session);
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

  async permissionsOf(session: Session, load: (userId: string) => Promise<Permission[]>): Promise<Permission[]> {
    session.permissions ??= await load(session.userId);
    return session.permissions;
  }

  forgetPermissions(): void {
    for (const session of this.sessions.values()) session.permissions = null;
  }

  revoke(token: string): void {
    this.sessions.delete(token);
  }

  /** Signs a user out everywhere: after disabling the account or resetting its password. */
  revokeUser(userId: string): void {
    for (const [token, session] of this.sessions) if (session.userId === userId) this.sessions.delete(token);
  }

  clear(): void {
    this.sessions.clear();
  }
}
