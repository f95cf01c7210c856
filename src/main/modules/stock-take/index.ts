import { defineModule } from '../../api/core/module';
import { medicinesKey } from '../medicines';
import { stockKey } from '../stock';
import { StockTakeEntity, StockTakeLineEntity } from './entities';
import { stockTakeKey } from './key';
import { OpeningStockImport } from './opening-stock-import';
import { stockTakeRouter } from './router';
import { StockTakeService } from './stock-take-service';

export { stockTakeKey, type StockTakeServices } from './key';
export type { StockTakeService } from './stock-take-service';

/** Stock takes (count sheets frozen from the stock records, counted, posted as adjustments) and the opening stock imported from CSV. */
export const stockTakeModule = defineModule({
  key: stockTakeKey,
  needs: { stock: stockKey, medicines: medicinesKey },
  entities: [StockTakeEntity, StockTakeLineEntity],
  build: ({ stock, medicines }) => ({ stockTakes: new StockTakeService(stock.stock, medicines.medicines), openingStock: new OpeningStockImport(stock.stock, medicines.medicines) }),
  routes: { stockTake: stockTakeRouter },
});
