import { moduleKey } from '../../api/core/module';
import type { OpeningStockImport } from './opening-stock-import';
import type { StockTakeService } from './stock-take-service';

export interface StockTakeServices {
  stockTakes: StockTakeService;
  openingStock: OpeningStockImport;
}

export const stockTakeKey = moduleKey<StockTakeServices>('stockTake');
