import { adjustStockInputSchema, expiringInputSchema, stockBatchesInputSchema, stockItemsInputSchema, stockMovementsInputSchema, writeOffStockInputSchema } from '../../../shared/schemas/stock';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { stockKey } from './key';

const { read, write } = moduleProcedures(stockKey);

// Receiving and issuing come through goods-received notes and dispensing, in their own modules' units of work.
export const stockRouter = t.router({
  items: read('stock.manage')
    .input(stockItemsInputSchema)
    .query(({ ctx, input }) => ctx.services.stockReports.items(ctx.uow, input)),

  batches: read('stock.manage')
    .input(stockBatchesInputSchema)
    .query(({ ctx, input }) => ctx.services.stock.batches(ctx.uow, input.medicineId, { includeEmpty: input.includeEmpty })),

  movements: read('stock.manage')
    .input(stockMovementsInputSchema)
    .query(({ ctx, input }) => ctx.services.stock.movements(ctx.uow, input)),

  expiring: read('stock.manage')
    .input(expiringInputSchema)
    .query(({ ctx, input }) => ctx.services.stockReports.expiring(ctx.uow, input.days)),

  valuation: read('stock.manage').query(({ ctx }) => ctx.services.stockReports.valuation(ctx.uow)),

  adjust: write('stock.adjust')
    .input(adjustStockInputSchema)
    .mutation(({ ctx, input }) => ctx.services.stock.adjust(ctx.uow, input)),

  writeOff: write('stock.adjust')
    .input(writeOffStockInputSchema)
    .mutation(({ ctx, input }) => ctx.services.stock.writeOff(ctx.uow, input)),
});
