import { randomBytes } from 'node:crypto';

export interface Session {
  token: string;
  userId: string;
  lastActivityAt: number;
  locked: boolean;
}

/**
 * Signed-in sessions, held in the hub's memory: a restart signs everyone out, which is
 * what a clinic expects of a PC that was switched off. Sessions lock after the clinic's
 * idle time; a locked session answers only to unlock, sign-out and "who am I".
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly clock: () => number = Date.now) {}

  create(userId: string): Session {
    const session = { token: randomBytes(32).toString('base64url'), userId, lastActivityAt: this.clock(), locked: false };
    this.sessions.set(session.token, session);
    return session;
  }

  /** The session for a token, locked first if it has been idle longer than allowed. */
  find(token: string | null | undefined, idleLockMinutes: number): Session | null {
    const session = token ? this.sessions.get(token) : undefined;
    if (!session) return null;
    if (!session.locked && this.clock() - session.lastActivityAt > idleLockMinutes * 60_000) session.locked = true;
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
