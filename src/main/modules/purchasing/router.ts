import { z } from 'zod';
import {
  PURCHASE_ORDER_STATUSES,
  cancelOrderInputSchema,
  createOrdersFromReorderInputSchema,
  goodsReceivedListInputSchema,
  orderIdInputSchema,
  receiveGoodsInputSchema,
  returnToSupplierInputSchema,
  savePurchaseOrderInputSchema,
} from '../../../shared/schemas/purchasing';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { renderPagePdf } from '../../documents';
import { purchasingKey } from './key';

const { read, write, staged } = moduleProcedures(purchasingKey);

const listOrdersInputSchema = z.object({ statuses: z.array(z.enum(PURCHASE_ORDER_STATUSES)).min(1).nullable().default(null) });

/** Everything here is stock.manage: the people who order and receive the clinic's medicines. */
export const purchasingRouter = t.router({
  orders: read('stock.manage')
    .input(listOrdersInputSchema)
    .query(({ ctx, input }) => ctx.services.purchaseOrders.list(ctx.uow, input.statuses)),

  order: read('stock.manage')
    .input(orderIdInputSchema)
    .query(({ ctx, input }) => ctx.services.purchaseOrders.get(ctx.uow, input.id)),

  saveOrder: write('stock.manage')
    .input(savePurchaseOrderInputSchema)
    .mutation(({ ctx, input }) => ctx.services.purchaseOrders.save(ctx.uow, input)),

  sendOrder: write('stock.manage')
    .input(orderIdInputSchema)
    .mutation(({ ctx, input }) => ctx.services.purchaseOrders.send(ctx.uow, input.id)),

  cancelOrder: write('stock.manage')
    .input(cancelOrderInputSchema)
    .mutation(({ ctx, input }) => ctx.services.purchaseOrders.cancel(ctx.uow, input.id, input.reason)),

  /** What to order now, by the reorder rule; each row feeds createOrdersFromReorder once it has a supplier. */
  reorderList: read('stock.manage').query(({ ctx }) => ctx.services.reorderList.list(ctx.uow)),

  createOrdersFromReorder: write('stock.manage')
    .input(createOrdersFromReorderInputSchema)
    .mutation(({ ctx, input }) => ctx.services.purchaseOrders.createFromReorder(ctx.uow, input)),

  /** The order as a PDF on the letterhead; drawn after the unit of work that read it has closed. */
  printOrder: staged('stock.manage')
    .input(orderIdInputSchema)
    .query(async ({ ctx, input }) => {
      const paper = await ctx.inUnitOfWork((uow) => ctx.services.papers.order(uow, input.id));
      return { fileName: paper.fileName, pdfBase64: (await renderPagePdf(paper.document)).toString('base64') };
    }),

  /** A delivery into stock, against an order or direct; every line a stock receipt in this one unit of work. */
  receiveGoods: write('stock.manage')
    .input(receiveGoodsInputSchema)
    .mutation(({ ctx, input }) => ctx.services.goodsReceived.receive(ctx.uow, input)),

  goodsReceived: read('stock.manage')
    .input(goodsReceivedListInputSchema)
    .query(({ ctx, input }) => ctx.services.goodsReceived.list(ctx.uow, input.orderId)),

  returnToSupplier: write('stock.manage')
    .input(returnToSupplierInputSchema)
    .mutation(({ ctx, input }) => ctx.services.supplierReturns.record(ctx.uow, input)),

  returns: read('stock.manage').query(({ ctx }) => ctx.services.supplierReturns.list(ctx.uow)),
});
