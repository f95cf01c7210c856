import type { ConnectionSecurity } from '../../../shared/schemas/connection';
import { testPrinterInputSchema } from '../../../shared/schemas/printer';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { clinicKey } from './key';

// The clinic's settings are read and saved through `settings.<section>` (src/main/api/settings-router.ts).
const { staged, session } = moduleProcedures(clinicKey);

export const clinicRouter = t.router({
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
});
