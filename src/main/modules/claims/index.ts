import { defineModule } from '../../api/core/module';
import { billingKey } from '../billing';
import { clinicKey } from '../clinic';
import { consultationKey } from '../consultation';
import { ledgerKey } from '../ledger';
import { panelsKey } from '../panels';
import { patientsKey } from '../patients';
import { ClaimPapers } from './claim-papers';
import { ClaimReader } from './claim-reader';
import { ClaimsService } from './claims-service';
import { ClaimBatchEntity, ClaimEntity, ClaimReceiptEntity, ClaimSettlementEntity } from './entities';
import { claimsKey } from './key';
import { claimsRouter } from './router';

export { claimsKey, type ClaimsServices } from './key';

/** Panel claims: the panel invoices gathered per panel and month into statements, the panels' payments matched to them, and aging. */
export const claimsModule = defineModule({
  key: claimsKey,
  needs: { billing: billingKey, panels: panelsKey, consultation: consultationKey, patients: patientsKey, clinic: clinicKey, ledger: ledgerKey },
  entities: [ClaimBatchEntity, ClaimEntity, ClaimReceiptEntity, ClaimSettlementEntity],
  build: ({ billing, panels, consultation, patients, clinic, ledger }) => {
    const claims = new ClaimsService(billing.panelBilling, panels.panels, new ClaimReader(consultation.encounters, patients.directory), ledger.ledger);
    return { claims, papers: new ClaimPapers(clinic.clinic, claims, panels.panels) };
  },
  routes: { claims: claimsRouter },
});
