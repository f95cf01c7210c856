import { moduleKey } from '../../api/core/module';
import type { StockTakeService } from './stock-take-service';

export interface StockTakeServices {
  stockTakes: StockTakeService;
}

export const stockTakeKey = moduleKey<StockTakeServices>('stockTake');
