import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { initTRPC, TRPCError } from '@trpc/server';
import type { Permission } from '../../../shared/permissions';
import type { ApiContext } from './context';
import { toAppErrorShape, trpcCodeFor } from './error-shape';

/**
 * Who may call a procedure. Every procedure declares exactly one of these; the
 * permission test walks the router and checks each against each role.
 */
export type Access =
  | { kind: 'public' }
  /** allowLocked: also while the screen is locked; allowTemporaryPassword: also before a temporary password is replaced. */
  | { kind: 'signed-in'; allowLocked?: boolean; allowTemporaryPassword?: boolean }
  | { kind: 'permission'; permission: Permission };

/**
 * How a procedure meets the store: `read` and `write` run their handler in one unit of work (a
 * query, a mutation); `staged` runs short units of work of its own around work outside the store
 * (a printer, argon2, the network); `stream` is a subscription; `session` touches only the caller's
 * session or connection; `lifecycle` is the hub's set-up, recovery and restore, which write their
 * own audit rows. The audit test walks the router by this.
 */
export type WorkKind = 'read' | 'write' | 'staged' | 'stream' | 'session' | 'lifecycle';

export interface ProcedureMeta {
  access: Access;
  work: WorkKind;
}

export const t = initTRPC
  .context<ApiContext>()
  .meta<ProcedureMeta>()
  .create({
    isServer: true,
    errorFormatter({ shape, error }) {
      const app = toAppErrorShape(error);
      const code = trpcCodeFor(app.code);
      const httpStatus = getHTTPStatusCodeFromError(new TRPCError({ code }));
      return { ...shape, message: app.code, data: { code, httpStatus, path: shape.data.path, app } };
    },
  });
