import type { RegisterEntry, RegisterPdf } from '../../../shared/schemas/registers';
import { printRegisterInputSchema, registerRangeSchema } from '../../../shared/schemas/registers';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { registersKey } from './key';
import { renderRegister } from './register-prints';

const { read, staged } = moduleProcedures(registersKey);

/**
 * The Poisons Act registers, for whoever dispenses (pharmacy.dispense): they name patients and
 * their medicines, so every view and print is audited as a read. Entries are written only by the
 * dispensing, through RegistersService.
 */
export const registersRouter = t.router({
  prescriptionBook: read('pharmacy.dispense')
    .input(registerRangeSchema)
    .query(async ({ ctx, input }): Promise<RegisterEntry[]> => {
      const entries = await ctx.services.registers.prescriptionBook(ctx.uow, input);
      await ctx.uow.auditRead({ action: 'register.view', entity: 'register', entityId: null, after: { register: 'prescription-book', ...input } });
      return entries;
    }),

  psychotropic: read('pharmacy.dispense')
    .input(registerRangeSchema)
    .query(async ({ ctx, input }): Promise<RegisterEntry[]> => {
      const entries = await ctx.services.registers.psychotropic(ctx.uow, input);
      await ctx.uow.auditRead({ action: 'register.view', entity: 'register', entityId: null, after: { register: 'psychotropic', ...input } });
      return entries;
    }),

  /** An A4 PDF of a register for a date range; drawn after the unit of work that read it. */
  print: staged('pharmacy.dispense')
    .input(printRegisterInputSchema)
    .mutation(async ({ ctx, input }): Promise<RegisterPdf> => {
      const print = await ctx.inUnitOfWork((uow) => ctx.services.registerPrints.compose(uow, input));
      return { fileName: print.fileName, pdfBase64: (await renderRegister(print)).toString('base64') };
    }),
});
