import { moduleKey } from '../../api/core/module';
import type { CashierSessions } from './cashier-sessions';
import type { CounterWorklist } from './counter-worklist';
import type { CreditNotes } from './credit-notes';
import type { DayClosing } from './day-closing';
import type { DepositPrints } from './deposit-prints';
import type { Deposits } from './deposits';
import type { InvoicesService } from './invoices-service';
import type { InvoicePrints } from './invoice-prints';
import type { IssuedLines } from './issued-lines';
import type { PanelBilling } from './panel-billing';
import type { PatientStatements } from './patient-statements';
import type { PaymentsService } from './payments-service';
import type { ReceiptPrints } from './receipt-prints';
import type { Receivables } from './receivables';
import type { ZReportPrints } from './z-report-prints';

export interface BillingServices {
  invoices: InvoicesService;
  panelBilling: PanelBilling;
  payments: PaymentsService;
  counter: CounterWorklist;
  receipts: ReceiptPrints;
  invoicePrints: InvoicePrints;
  statements: PatientStatements;
  receivables: Receivables;
  creditNotes: CreditNotes;
  deposits: Deposits;
  depositPrints: DepositPrints;
  /** The till: cashier sessions, the day's closing and its Z report. */
  sessions: CashierSessions;
  closing: DayClosing;
  zReports: ZReportPrints;
  /** What the finance reports (doctor's fees) read of the invoices issued. */
  issuedLines: IssuedLines;
}

export const billingKey = moduleKey<BillingServices>('billing');
