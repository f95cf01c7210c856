import { defineModule } from '../../api/core/module';
import { medicinesKey } from '../medicines';
import { StockBatchEntity, StockMovementEntity } from './entities';
import { stockKey } from './key';
import { stockRouter } from './router';
import { StockReports } from './stock-reports';
import { StockService } from './stock-service';

export { stockKey, type StockServices } from './key';
export type { StockService } from './stock-service';

/** The medicines on the shelf, by batch and expiry: every change a movement, issues first-expiry-first-out. */
export const stockModule = defineModule({
  key: stockKey,
  needs: { medicines: medicinesKey },
  entities: [StockBatchEntity, StockMovementEntity],
  build: ({ medicines }) => {
    const stock = new StockService(medicines.medicines);
    return { stock, stockReports: new StockReports(stock, medicines.medicines) };
  },
  routes: { stock: stockRouter },
});
