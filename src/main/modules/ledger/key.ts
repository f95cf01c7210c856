import { moduleKey } from '../../api/core/module';
import type { LedgerReports } from './ledger-reports';
import type { LedgerService } from './ledger-service';

export interface LedgerServices {
  ledger: LedgerService;
  reports: LedgerReports;
}

export const ledgerKey = moduleKey<LedgerServices>('ledger');
