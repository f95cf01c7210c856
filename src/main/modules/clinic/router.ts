import { backupSettingsSchema, clinicProfileSchema, displaySettingsSchema, securitySettingsSchema } from '../../../shared/schemas/clinic';
import type { ConnectionSecurity } from '../../../shared/schemas/connection';
import { printerSettingsSchema, testPrinterInputSchema } from '../../../shared/schemas/printer';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { clinicKey } from './key';

const { read, write, staged, session } = moduleProcedures(clinicKey);

export const clinicRouter = t.router({
  get: read('clinic.view').query(({ ctx }) => ctx.services.clinic.get(ctx.uow)),

  updateProfile: write('clinic.manage')
    .input(clinicProfileSchema)
    .mutation(({ ctx, input }) => ctx.services.clinic.updateProfile(ctx.uow, input)),

  updateSecurity: write('clinic.manage')
    .input(securitySettingsSchema)
    .mutation(async ({ ctx, input }) => {
      const settings = await ctx.services.clinic.updateSecurity(ctx.uow, input);
      ctx.uow.afterCommit(() => ctx.hub.sessions.setIdleLockMinutes(settings.security.idleLockMinutes));
      return settings;
    }),

  updateDisplay: write('clinic.manage')
    .input(displaySettingsSchema)
    .mutation(({ ctx, input }) => ctx.services.clinic.updateDisplay(ctx.uow, input)),

  updatePrinter: write('clinic.manage')
    .input(printerSettingsSchema)
    .mutation(({ ctx, input }) => ctx.services.clinic.updatePrinter(ctx.uow, input)),

  /** Prints a test page, outside any transaction: a printer that times out must not hold the store. */
  testPrinter: staged('clinic.manage')
    .input(testPrinterInputSchema)
    .mutation(async ({ ctx, input }) => {
      const printing = ctx.services.receiptPrinter;
      await printing.send(await ctx.inUnitOfWork((uow) => printing.prepareTestPage(uow, input.printer)));
    }),

  /** Any signed-in screen may see it: the certificate is shown to whoever connects anyway. */
  connection: session('signed-in').query(({ ctx }): ConnectionSecurity => {
    const fingerprint = ctx.connection.tlsFingerprint ?? null;
    return { tls: fingerprint !== null, fingerprint };
  }),

  updateBackup: write('backup.manage')
    .input(backupSettingsSchema)
    .mutation(({ ctx, input }) => ctx.services.clinic.updateBackup(ctx.uow, input)),
});
