import { backupSettingsSchema, clinicProfileSchema, displaySettingsSchema, securitySettingsSchema } from '../../../shared/schemas/clinic';
import { printerSettingsSchema, testPrinterInputSchema } from '../../../shared/schemas/printer';
import type { ConnectionSecurity } from '../../../shared/schemas/connection';
import { inUnitOfWork, permittedProcedure, signedInProcedure } from '../../api/core/procedures';
import { runAsSystem } from '../../api/core/run-as-system';
import { t } from '../../api/core/trpc';

export const clinicRouter = t.router({
  get: permittedProcedure('clinic.view')
    .use(inUnitOfWork)
    .query(({ ctx }) => ctx.services.clinic.get(ctx.uow)),

  updateProfile: permittedProcedure('clinic.manage')
    .input(clinicProfileSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.clinic.updateProfile(ctx.uow, input)),

  updateSecurity: permittedProcedure('clinic.manage')
    .input(securitySettingsSchema)
    .use(inUnitOfWork)
    .mutation(async ({ ctx, input }) => {
      const settings = await ctx.services.clinic.updateSecurity(ctx.uow, input);
      ctx.hub.sessions.setIdleLockMinutes(settings.security.idleLockMinutes);
      return settings;
    }),

  updateDisplay: permittedProcedure('clinic.manage')
    .input(displaySettingsSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.clinic.updateDisplay(ctx.uow, input)),

  updatePrinter: permittedProcedure('clinic.manage')
    .input(printerSettingsSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.clinic.updatePrinter(ctx.uow, input)),

  /** Prints a test page, outside any transaction: a printer that times out must not hold the store. */
  testPrinter: permittedProcedure('clinic.manage')
    .input(testPrinterInputSchema)
    .mutation(async ({ ctx, input }) => {
      const printing = ctx.open.services.ticketPrinting;
      const job = await runAsSystem(ctx.open, (uow) => printing.prepareTestPage(uow, input.printer), ctx.hub.now());
      await printing.send(job);
    }),

  /** Any signed-in screen may see it: the certificate is shown to whoever connects anyway. */
  connection: signedInProcedure.query(({ ctx }): ConnectionSecurity => {
    const fingerprint = ctx.connection.tlsFingerprint ?? null;
    return { tls: fingerprint !== null, fingerprint };
  }),

  updateBackup: permittedProcedure('backup.manage')
    .input(backupSettingsSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.clinic.updateBackup(ctx.uow, input)),
});
