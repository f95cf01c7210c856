import { z } from 'zod';
import { creditNoteInputSchema, invoicePdfInputSchema, issueInvoiceInputSchema, payInvoiceInputSchema, previewCreditNoteInputSchema, previewInvoiceInputSchema, voidInvoiceInputSchema, voidPaymentInputSchema } from '../../../shared/schemas/billing';
import { patientStatementInputSchema, patientStatementPdfInputSchema } from '../../../shared/schemas/billing-statements';
import { idSchema } from '../../../shared/schemas/common';
import { depositReceiptInputSchema, refundDepositInputSchema, takeDepositInputSchema } from '../../../shared/schemas/deposits';
import { moduleProcedures, requireGranted } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { billingKey } from './key';

const { read, write, staged } = moduleProcedures(billingKey);

const receiptInputSchema = z.object({ invoiceId: idSchema, receiptNo: z.string().trim().min(1).max(40) });

/** The counter: billing.operate issues invoices and takes payments; a discount or a void is billing.adjust. */
export const billingRouter = t.router({
  worklist: read('billing.operate').query(({ ctx }) => ctx.services.counter.today(ctx.uow)),

  /** The invoice as issuing it would make it, the counter's additions included; nothing is written. */
  preview: read('billing.operate')
    .input(previewInvoiceInputSchema)
    .query(({ ctx, input }) => ctx.services.invoices.preview(ctx.uow, input)),

  invoice: read('billing.operate')
    .input(z.object({ id: idSchema }))
    .query(({ ctx, input }) => ctx.services.invoices.get(ctx.uow, input.id)),

  /** Invoices from earlier days still owing: the patient pays the rest on a later visit. */
  owedEarlier: read('billing.operate').query(({ ctx }) => ctx.services.receivables.owedBefore(ctx.uow, ctx.uow.clock.today())),

  invoicesOfDay: read('billing.operate')
    .input(z.object({ clinicDate: z.iso.date() }))
    .query(({ ctx, input }) => ctx.services.invoices.ofDay(ctx.uow, input.clinicDate)),

  issue: write('billing.operate')
    .input(issueInvoiceInputSchema)
    .mutation(async ({ ctx, input }) => {
      if (input.discount) await requireGranted(ctx, 'billing.adjust');
      return ctx.services.invoices.issue(ctx.uow, input);
    }),

  pay: write('billing.operate')
    .input(payInvoiceInputSchema)
    .mutation(({ ctx, input }) => ctx.services.payments.pay(ctx.uow, input)),

  voidPayment: write('billing.adjust')
    .input(voidPaymentInputSchema)
    .mutation(({ ctx, input }) => ctx.services.payments.voidReceipt(ctx.uow, input)),

  /** What a credit note would credit and give back, priced as issuing would; nothing is written. */
  previewCreditNote: read('billing.adjust')
    .input(previewCreditNoteInputSchema)
    .query(({ ctx, input }) => ctx.services.creditNotes.preview(ctx.uow, input)),

  issueCreditNote: write('billing.adjust')
    .input(creditNoteInputSchema)
    .mutation(({ ctx, input }) => ctx.services.creditNotes.issue(ctx.uow, input)),

  voidInvoice: write('billing.adjust')
    .input(voidInvoiceInputSchema)
    .mutation(({ ctx, input }) => ctx.services.invoices.void(ctx.uow, input)),

  /** The receipt on the receipt printer, in two short units of work with the printer in between, as queue tickets print. */
  printReceipt: staged('billing.operate')
    .input(receiptInputSchema)
    .mutation(async ({ ctx, input }) => {
      const job = await ctx.inUnitOfWork((uow) => ctx.services.receipts.prepare(uow, input));
      await ctx.services.receipts.send(job);
      return ctx.inUnitOfWork((uow) => ctx.services.receipts.recordPrint(uow, job));
    }),

  receiptPdf: write('billing.operate')
    .input(receiptInputSchema)
    .mutation(({ ctx, input }) => ctx.services.receipts.pdf(ctx.uow, input)),

  /** The invoice as a tax invoice (A4 or A5), audited as a print; a reprint says COPY. */
  invoicePdf: write('billing.operate')
    .input(invoicePdfInputSchema)
    .mutation(({ ctx, input }) => ctx.services.invoicePrints.pdf(ctx.uow, input)),

  /** A patient's statement of account for a period: their own invoices, payments, credit notes and refunds with the running balance. */
  patientStatement: read('billing.operate')
    .input(patientStatementInputSchema)
    .query(({ ctx, input }) => ctx.services.statements.build(ctx.uow, input)),

  patientStatementPdf: write('billing.operate')
    .input(patientStatementPdfInputSchema)
    .mutation(({ ctx, input }) => ctx.services.statements.pdf(ctx.uow, input)),

  /** What a patient's deposit holds and what moved it. */
  depositAccount: read('billing.operate')
    .input(z.object({ patientId: idSchema }))
    .query(({ ctx, input }) => ctx.services.deposits.account(ctx.uow, input.patientId)),

  takeDeposit: write('billing.operate')
    .input(takeDepositInputSchema)
    .mutation(({ ctx, input }) => ctx.services.deposits.take(ctx.uow, input)),

  /** Giving money back is an adjustment, as voids and credit notes are. */
  refundDeposit: write('billing.adjust')
    .input(refundDepositInputSchema)
    .mutation(({ ctx, input }) => ctx.services.deposits.refund(ctx.uow, input)),

  printDepositReceipt: staged('billing.operate')
    .input(depositReceiptInputSchema)
    .mutation(async ({ ctx, input }) => {
      const job = await ctx.inUnitOfWork((uow) => ctx.services.depositPrints.prepare(uow, input.receiptNo));
      await ctx.services.receipts.send(job);
      return ctx.inUnitOfWork((uow) => ctx.services.receipts.recordPrint(uow, job));
    }),

  depositReceiptPdf: write('billing.operate')
    .input(depositReceiptInputSchema)
    .mutation(({ ctx, input }) => ctx.services.depositPrints.pdf(ctx.uow, input.receiptNo)),
});
