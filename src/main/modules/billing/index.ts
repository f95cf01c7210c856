import { defineModule } from '../../api/core/module';
import { clinicKey } from '../clinic';
import { consultationKey } from '../consultation';
import { dispensingKey } from '../dispensing';
import { feesKey } from '../fees';
import { panelsKey } from '../panels';
import { ledgerKey } from '../ledger';
import { patientsKey } from '../patients';
import { queueKey } from '../queue';
import { usersKey } from '../users';
import { CashierSessions } from './cashier-sessions';
import { CounterWorklist } from './counter-worklist';
import { CreditNoteEntity, CreditNoteLineEntity, RefundEntity } from './credit-entities';
import { CreditNotes } from './credit-notes';
import { DayClosing } from './day-closing';
import { DayReports } from './day-report';
import { DepositMovementEntity } from './deposit-entity';
import { DepositPrints } from './deposit-prints';
import { Deposits } from './deposits';
import { InvoiceEntity, InvoiceLineEntity, PaymentEntity } from './entities';
import { InvoicePrints } from './invoice-prints';
import { InvoicesService } from './invoices-service';
import { IssuedLines } from './issued-lines';
import { PanelBillEntity } from './panel-bill-entity';
import { PanelBilling } from './panel-billing';
import { PatientStatements } from './patient-statements';
import { billingKey } from './key';
import { PaymentsService } from './payments-service';
import { ReceiptPrints } from './receipt-prints';
import { Receivables } from './receivables';
import { VisitLeaves } from './visit-leaves';
import { billingRouter } from './router';
import { CashierSessionEntity, ClinicDayEntity } from './till-entities';
import { tillRouter } from './till-router';
import { ZReportPrints } from './z-report-prints';

export { billingKey, type BillingServices } from './key';
export type { InvoicesService, InvoiceSales } from './invoices-service';
export type { IssuedLine, IssuedLines } from './issued-lines';
export type { OpenPanelBill, PanelBilling } from './panel-billing';
export type { PanelBillRecord } from './panel-bill-entity';

/** The counter: invoices built from the visit (fees and what was dispensed), service tax, payments and receipts; the till's sessions and the day's closing. */
export const billingModule = defineModule({
  key: billingKey,
  needs: { queue: queueKey, consultation: consultationKey, patients: patientsKey, clinic: clinicKey, dispensing: dispensingKey, fees: feesKey, users: usersKey, panels: panelsKey, ledger: ledgerKey },
  entities: [InvoiceEntity, InvoiceLineEntity, PaymentEntity, CashierSessionEntity, ClinicDayEntity, CreditNoteEntity, CreditNoteLineEntity, RefundEntity, PanelBillEntity, DepositMovementEntity],
  build: ({ queue, consultation, patients, clinic, dispensing, fees, users, panels, ledger }, platform) => {
    const panelBilling = new PanelBilling(panels.panels, patients.directory);
    const invoices = new InvoicesService(consultation.encounters, patients.directory, clinic.clinic, dispensing.charges, fees.fees, users.users, panelBilling, ledger.ledger);
    const sessions = new CashierSessions(users.users);
    const deposits = new Deposits(patients.directory, sessions, ledger.ledger);
    const counter = new CounterWorklist(consultation.encounters, queue.visits, patients.directory);
    const closing = new DayClosing(sessions, new DayReports(sessions, counter, queue.visits, patients.directory, users.users), queue.queue, users.users);
    return {
      invoices,
      panelBilling,
      payments: new PaymentsService(invoices, new VisitLeaves(queue.queue), sessions, ledger.ledger, deposits),
      deposits,
      depositPrints: new DepositPrints(deposits, patients.directory, clinic.clinic, clinic.receiptPrinter),
      counter,
      receipts: new ReceiptPrints(invoices, clinic.clinic, clinic.receiptPrinter),
      invoicePrints: new InvoicePrints(invoices, clinic.clinic, patients.directory, platform.settings),
      statements: new PatientStatements(patients.directory, clinic.clinic, deposits),
      sessions,
      closing,
      zReports: new ZReportPrints(closing, clinic.clinic, clinic.receiptPrinter),
      issuedLines: new IssuedLines(),
      receivables: new Receivables(),
      creditNotes: new CreditNotes(invoices, sessions, ledger.ledger),
    };
  },
  routes: { billing: billingRouter, till: tillRouter },
});
