import type { AdminRecoveryInput } from '../../../shared/schemas/auth';
import type { Connection, HubApi, OpenHub } from '../../api/core/context';
import { AppError } from '../../errors/app-error';
import type { AuthServices } from './key';
import { sourceOf } from './sign-in';

/**
 * An admin's way in that no guesser can close: the clinic's recovery code (the store key
 * itself) resets an admin's password. It has a throttle of its own, so guessing passwords from
 * a PC never blocks the recovery code there; a right code also lifts that PC's sign-in wait.
 */
export async function resetAdminWithRecoveryCode(
  ctx: { hub: HubApi; open: OpenHub; connection: Connection },
  { auth, recoveryThrottle, signInThrottle }: AuthServices,
  input: AdminRecoveryInput,
): Promise<void> {
  const { hub, open } = ctx;
  const source = sourceOf(ctx.connection);
  const counted = recoveryThrottle.begin(source, 'recovery-code');
  if (!(await hub.recoveryCodeOpensStore(input.recoveryCode))) throw new AppError('RECOVERY_CODE_WRONG');
  counted.succeeded();
  const passwordHash = await auth.hash(input.newPassword);
  const adminId = await open.work.run(null, (uow) => auth.resetAdmin(uow, input.username, passwordHash, source));
  hub.sessions.revokeUser(adminId);
  signInThrottle.forget(source);
}
