import { openingStockInputSchema } from '../../../shared/schemas/opening-stock';
import { recordCountInputSchema, startStockTakeInputSchema, stockTakeIdInputSchema } from '../../../shared/schemas/stock-take';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { stockTakeKey } from './key';

const { read, write } = moduleProcedures(stockTakeKey);

/** Counting is the stock keeper's work (stock.manage); turning the differences into stock is an adjustment (stock.adjust). */
export const stockTakeRouter = t.router({
  list: read('stock.manage').query(({ ctx }) => ctx.services.stockTakes.list(ctx.uow)),

  sheet: read('stock.manage')
    .input(stockTakeIdInputSchema)
    .query(({ ctx, input }) => ctx.services.stockTakes.sheet(ctx.uow, input.id)),

  start: write('stock.manage')
    .input(startStockTakeInputSchema)
    .mutation(({ ctx, input }) => ctx.services.stockTakes.start(ctx.uow, input.shelf)),

  recordCount: write('stock.manage')
    .input(recordCountInputSchema)
    .mutation(({ ctx, input }) => ctx.services.stockTakes.recordCount(ctx.uow, input)),

  cancel: write('stock.manage')
    .input(stockTakeIdInputSchema)
    .mutation(({ ctx, input }) => ctx.services.stockTakes.cancel(ctx.uow, input.id)),

  post: write('stock.adjust')
    .input(stockTakeIdInputSchema)
    .mutation(({ ctx, input }) => ctx.services.stockTakes.post(ctx.uow, input.id)),

  // The preview writes nothing, but a mutation: the file is too big for a query's URL.
  openingStockPreview: write('stock.manage')
    .input(openingStockInputSchema)
    .mutation(({ ctx, input }) => ctx.services.openingStock.preview(ctx.uow, input)),

  openingStockCommit: write('stock.manage')
    .input(openingStockInputSchema)
    .mutation(({ ctx, input }) => ctx.services.openingStock.commit(ctx.uow, input)),
});
