import type { LoginInput, LoginResult } from '../../../shared/schemas/auth';
import type { Connection, HubApi, OpenHub } from '../../api/core/context';
import type { Session } from '../../api/core/session-store';
import { AppError } from '../../errors/app-error';
import type { Secret } from './auth-service';
import type { AuthServices } from './key';

interface SignInContext {
  hub: HubApi;
  open: OpenHub;
  connection: Connection;
}

/** Where a call comes from: the remote address over WebSocket, `ipc` for the desktop window. */
export function sourceOf(connection: Connection): string {
  return connection.peer ?? 'unknown';
}

export function secretOf(input: { password: string } | { pin: string }): Secret {
  return 'pin' in input ? { pin: input.pin } : { password: input.password };
}

/**
 * Sign-in in three steps, so argon2 never holds the store: read the account (one short unit of
 * work), check the secret outside any transaction, then record the outcome (another). The try
 * is counted against its source before anything else, and every failure — no such user,
 * disabled, wrong secret — answers LOGIN_FAILED after the same work.
 */
export async function signIn(ctx: SignInContext, { auth, signInThrottle }: AuthServices, input: LoginInput): Promise<LoginResult> {
  const { hub, open } = ctx;
  const source = sourceOf(ctx.connection);
  const counted = signInThrottle.begin(source, input.username);
  const secret = secretOf(input);
  const candidate = await open.work.run(null, (uow) => auth.candidate(uow, input.username, secret));
  const right = await auth.matches(candidate.storedHash, secret);
  const account = candidate.user;
  const checkedHash = candidate.storedHash;
  if (!right || !account || account.disabled || checkedHash === null) {
    await open.work.run(null, (uow) => auth.recordFailedSignIn(uow, account?.id ?? null, secret, source));
    // Only someone who knows the password learns that the account is disabled.
    if (right) throw new AppError('ACCOUNT_DISABLED');
    throw new AppError('LOGIN_FAILED', counted.standing());
  }
  counted.succeeded();
  const made: { session?: Session } = {};
  try {
    const user = await open.work.run(null, async (uow) => {
      const signedIn = await auth.recordSignIn(uow, account.id, checkedHash, secret, source);
      // Made inside the unit of work, so that disabling the account, which queues behind it, also ends this session.
      made.session = hub.sessions.create({ userId: signedIn.id, name: signedIn.displayName }, { mustChangePassword: signedIn.mustChangePassword });
      return signedIn;
    });
    const session = made.session;
    if (!session) throw new AppError('INTERNAL');
    if (ctx.connection.token) hub.sessions.revoke(ctx.connection.token);
    ctx.connection.token = session.token;
    return { token: session.token, user, idleLockMinutes: hub.sessions.idleLockMinutes };
  } catch (error) {
    if (made.session) hub.sessions.revoke(made.session.token);
    throw error;
  }
}
