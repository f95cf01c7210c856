import { defineModule } from '../../api/core/module';
import { stockKey } from '../stock';
import { LedgerAccountEntity, LedgerEntryEntity, LedgerLineEntity } from './entities';
import { ledgerKey } from './key';
import { LedgerReports } from './ledger-reports';
import { LedgerService } from './ledger-service';
import { ledgerRouter } from './router';

export { ledgerKey, type LedgerServices } from './key';
export type { LedgerService } from './ledger-service';

/**
 * The clinic's double-entry books: a chart of accounts, and a balanced journal entry for every
 * invoice, payment, dispensing and delivery, posted in the same transaction as what it records;
 * the trial balance and day book for the accountant.
 */
export const ledgerModule = defineModule({
  key: ledgerKey,
  needs: { stock: stockKey },
  entities: [LedgerAccountEntity, LedgerEntryEntity, LedgerLineEntity],
  build: ({ stock }) => ({ ledger: new LedgerService(stock.stock), reports: new LedgerReports() }),
  // The dispensary raises this once its stock is taken: the cost of what went out is known then.
  listeners: ({ ledger }) => ({ 'medicines.dispensed': (uow, event) => ledger.medicinesDispensed(uow, event.dispensingId) }),
  routes: { ledger: ledgerRouter },
});
