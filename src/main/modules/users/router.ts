import {
  createUserInputSchema,
  resetPasswordInputSchema,
  setUserDisabledInputSchema,
  updateRolePermissionsInputSchema,
  updateUserInputSchema,
} from '../../../shared/schemas/users';
import { inUnitOfWork, permittedProcedure } from '../../api/core/procedures';
import { runAsSessionUser } from '../../api/core/run-unit-of-work';
import { t } from '../../api/core/trpc';

export const usersRouter = t.router({
  list: permittedProcedure('users.view')
    .use(inUnitOfWork)
    .query(({ ctx }) => ctx.services.users.list(ctx.uow)),

  create: permittedProcedure('users.manage')
    .input(createUserInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { password, ...user } = input;
      const passwordHash = await ctx.open.services.users.hashPassword(password);
      return runAsSessionUser(ctx, (uow) => ctx.open.services.users.create(uow, { ...user, passwordHash }));
    }),

  update: permittedProcedure('users.manage')
    .input(updateUserInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.users.update(ctx.uow, input)),

  setDisabled: permittedProcedure('users.manage')
    .input(setUserDisabledInputSchema)
    .use(inUnitOfWork)
    .mutation(async ({ ctx, input }) => {
      const user = await ctx.services.users.setDisabled(ctx.uow, input.id, input.disabled);
      // Ends the user's sessions and, with them, their live subscriptions.
      if (input.disabled) ctx.hub.sessions.revokeUser(input.id);
      return user;
    }),

  resetPassword: permittedProcedure('users.manage')
    .input(resetPasswordInputSchema)
    .mutation(async ({ ctx, input }) => {
      const passwordHash = await ctx.open.services.users.hashPassword(input.newPassword);
      await runAsSessionUser(ctx, (uow) => ctx.open.services.users.resetPassword(uow, input.id, passwordHash));
      ctx.hub.sessions.revokeUser(input.id);
    }),
});

export const rolesRouter = t.router({
  list: permittedProcedure('users.view')
    .use(inUnitOfWork)
    .query(({ ctx }) => ctx.services.users.listRoles(ctx.uow)),

  updatePermissions: permittedProcedure('roles.manage')
    .input(updateRolePermissionsInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.users.updateRolePermissions(ctx.uow, input.role, input.permissions)),
});
