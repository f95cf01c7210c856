import {
  createUserInputSchema,
  resetPasswordInputSchema,
  setUserDisabledInputSchema,
  updateRolePermissionsInputSchema,
  updateUserInputSchema,
} from '../../../shared/schemas/users';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { usersKey } from './key';

const { read, write, staged } = moduleProcedures(usersKey);

export const usersRouter = t.router({
  list: read('users.view').query(({ ctx }) => ctx.services.users.list(ctx.uow)),

  // Hashing the password is slow on purpose: it happens before the unit of work that stores it.
  create: staged('users.manage')
    .input(createUserInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { password, ...user } = input;
      const passwordHash = await ctx.services.users.hashPassword(password);
      return ctx.inUnitOfWork((uow) => ctx.services.users.create(uow, { ...user, passwordHash }));
    }),

  update: write('users.manage')
    .input(updateUserInputSchema)
    .mutation(({ ctx, input }) => ctx.services.users.update(ctx.uow, input)),

  setDisabled: write('users.manage')
    .input(setUserDisabledInputSchema)
    .mutation(async ({ ctx, input }) => {
      const user = await ctx.services.users.setDisabled(ctx.uow, input.id, input.disabled);
      // Ends the user's sessions and, with them, their live subscriptions.
      if (input.disabled) ctx.uow.afterCommit(() => ctx.hub.sessions.revokeUser(input.id));
      return user;
    }),

  resetPassword: staged('users.manage')
    .input(resetPasswordInputSchema)
    .mutation(async ({ ctx, input }) => {
      const passwordHash = await ctx.services.users.hashPassword(input.newPassword);
      await ctx.inUnitOfWork((uow) => ctx.services.users.resetPassword(uow, input.id, passwordHash));
      ctx.hub.sessions.revokeUser(input.id);
    }),
});

export const rolesRouter = t.router({
  list: read('users.view').query(({ ctx }) => ctx.services.users.listRoles(ctx.uow)),

  updatePermissions: write('roles.manage')
    .input(updateRolePermissionsInputSchema)
    .mutation(({ ctx, input }) => ctx.services.users.updateRolePermissions(ctx.uow, input.role, input.permissions)),
});
