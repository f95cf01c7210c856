import {
  medicineBarcodeInputSchema,
  medicineIdInputSchema,
  medicineImportInputSchema,
  medicineListInputSchema,
  medicineSearchInputSchema,
  saveInteractionPairInputSchema,
  saveMedicineInputSchema,
} from '../../../shared/schemas/medicines';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { medicinesKey } from './key';

const { read, write } = moduleProcedures(medicinesKey);

// The medicine master and interaction pairs are not patient data: anyone signed in may read them.
export const medicinesRouter = t.router({
  search: read('signed-in')
    .input(medicineSearchInputSchema)
    .query(({ ctx, input }) => ctx.services.medicines.search(ctx.uow, input.query, input.limit)),

  list: read('signed-in')
    .input(medicineListInputSchema)
    .query(({ ctx, input }) => ctx.services.medicines.list(ctx.uow, input.includeRetired)),

  get: read('signed-in')
    .input(medicineIdInputSchema)
    .query(({ ctx, input }) => ctx.services.medicines.get(ctx.uow, input.id)),

  // A scanner at the counter or the stock room: the item, or null when no pack carries the code.
  byBarcode: read('signed-in')
    .input(medicineBarcodeInputSchema)
    .query(({ ctx, input }) => ctx.services.medicines.findByBarcode(ctx.uow, input.code)),

  // Selling prices are the clinic's price list, not patient data.
  prices: read('signed-in')
    .input(medicineIdInputSchema)
    .query(({ ctx, input }) => ctx.services.medicines.prices(ctx.uow, input.id)),

  save: write('clinic.manage')
    .input(saveMedicineInputSchema)
    .mutation(({ ctx, input }) => ctx.services.medicines.save(ctx.uow, input)),

  // A mutation for its size (the whole file); it writes nothing.
  importPreview: write('clinic.manage')
    .input(medicineImportInputSchema)
    .mutation(({ ctx, input }) => ctx.services.medicineImport.preview(ctx.uow, input)),

  importCommit: write('clinic.manage')
    .input(medicineImportInputSchema)
    .mutation(({ ctx, input }) => ctx.services.medicineImport.commit(ctx.uow, input)),
});

export const interactionsRouter = t.router({
  list: read('signed-in').query(({ ctx }) => ctx.services.interactionPairs.list(ctx.uow)),

  save: write('clinic.manage')
    .input(saveInteractionPairInputSchema)
    .mutation(({ ctx, input }) => ctx.services.interactionPairs.save(ctx.uow, input)),
});
