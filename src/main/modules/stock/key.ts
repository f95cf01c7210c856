import { moduleKey } from '../../api/core/module';
import type { StockReports } from './stock-reports';
import type { StockService } from './stock-service';

export interface StockServices {
  stock: StockService;
  stockReports: StockReports;
}

export const stockKey = moduleKey<StockServices>('stock');
