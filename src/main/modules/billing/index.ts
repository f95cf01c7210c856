import { defineModule } from '../../api/core/module';
import { clinicKey } from '../clinic';
import { consultationKey } from '../consultation';
import { dispensingKey } from '../dispensing';
import { feesKey } from '../fees';
import { ledgerKey } from '../ledger';
import { patientsKey } from '../patients';
import { queueKey } from '../queue';
import { usersKey } from '../users';
import { CounterWorklist } from './counter-worklist';
import { InvoiceEntity, InvoiceLineEntity, PaymentEntity } from './entities';
import { InvoicesService } from './invoices-service';
import { billingKey } from './key';
import { PaymentsService } from './payments-service';
import { ReceiptPrints } from './receipt-prints';
import { VisitLeaves } from './visit-leaves';
import { billingRouter } from './router';

export { billingKey, type BillingServices } from './key';
export type { InvoicesService } from './invoices-service';

/** The counter: invoices built from the visit (fees and what was dispensed), service tax, payments and receipts. */
export const billingModule = defineModule({
  key: billingKey,
  needs: { queue: queueKey, consultation: consultationKey, patients: patientsKey, clinic: clinicKey, dispensing: dispensingKey, fees: feesKey, users: usersKey, ledger: ledgerKey },
  entities: [InvoiceEntity, InvoiceLineEntity, PaymentEntity],
  build: ({ queue, consultation, patients, clinic, dispensing, fees, users, ledger }) => {
    const invoices = new InvoicesService(consultation.encounters, patients.directory, clinic.clinic, dispensing.charges, fees.fees, users.users, ledger.ledger);
    return { invoices, payments: new PaymentsService(invoices, new VisitLeaves(queue.queue), ledger.ledger), counter: new CounterWorklist(consultation.encounters, queue.visits, patients.directory), receipts: new ReceiptPrints(invoices, clinic.clinic, clinic.receiptPrinter) };
  },
  routes: { billing: billingRouter },
});
