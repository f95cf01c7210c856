import type { DispensaryVisit, DispensingResult, DispensingView } from '../../../shared/schemas/dispensing';
import { dispenseInputSchema, dispensingIdInputSchema, saleInputSchema } from '../../../shared/schemas/dispensing';
import { visitIdInputSchema } from '../../../shared/schemas/consultation';
import type { PrintedLabels } from '../../../shared/schemas/prescriptions';
import type { IssuedVisitDocument } from '../../../shared/schemas/visit-documents';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { auditPatientRead } from '../../audit/patient-reads';
import { documentFileName, renderDocument } from '../../documents';
import { medicineLabelsPdf } from '../prescriptions';
import { dispensingKey } from './key';

const { read, write, staged } = moduleProcedures(dispensingKey);

/** The dispensary's worklist, one visit's prescription with stock, dispensing, sales and labels. */
export const dispensingRouter = t.router({
  worklist: read('pharmacy.dispense').query(({ ctx }): Promise<DispensaryVisit[]> => ctx.services.dispensary.worklist(ctx.uow)),

  /** The prescription as the dispenser works from it: a read of the patient's chart, audited. */
  open: read('pharmacy.dispense')
    .input(visitIdInputSchema)
    .query(async ({ ctx, input }): Promise<DispensingView> => {
      const view = await ctx.services.dispensary.open(ctx.uow, input.visitId);
      await auditPatientRead(ctx.uow, 'chart', view.patient.id);
      return view;
    }),

  dispense: write('pharmacy.dispense')
    .input(dispenseInputSchema)
    .mutation(({ ctx, input }): Promise<DispensingResult> => ctx.services.dispensing.dispense(ctx.uow, input)),

  sell: write('pharmacy.dispense')
    .input(saleInputSchema)
    .mutation(({ ctx, input }): Promise<DispensingResult> => ctx.services.dispensing.sell(ctx.uow, input)),

  /** The dispensing's labels as a PDF of 70 × 40 mm pages, drawn after the unit of work. */
  labelsPdf: staged('pharmacy.dispense')
    .input(dispensingIdInputSchema)
    .mutation(async ({ ctx, input }): Promise<PrintedLabels> => {
      const labels = await ctx.inUnitOfWork((uow) => ctx.services.prints.labels(uow, input.dispensingId));
      return { fileName: 'medicine-labels.pdf', pdfBase64: (await medicineLabelsPdf(labels)).toString('base64') };
    }),

  /**
   * The labels on the receipt printer, in two short units of work with the printer in between
   * (as queue tickets print), so a slow or dead printer never holds the store.
   */
  printLabels: staged('pharmacy.dispense')
    .input(dispensingIdInputSchema)
    .mutation(async ({ ctx, input }): Promise<{ labels: number }> => {
      const job = await ctx.inUnitOfWork((uow) => ctx.services.prints.prepareLabelPrint(uow, input.dispensingId));
      await ctx.services.prints.send(job);
      return ctx.inUnitOfWork((uow) => ctx.services.prints.recordLabelPrint(uow, job));
    }),

  /** A prescription for what is still owed (out of stock here), to fill at an outside pharmacy. */
  owedPrescription: staged('pharmacy.dispense')
    .input(visitIdInputSchema)
    .mutation(async ({ ctx, input }): Promise<IssuedVisitDocument> => {
      const printable = await ctx.inUnitOfWork((uow) => ctx.services.prints.owedPrescription(uow, input.visitId));
      return { id: printable.id, serial: printable.serial, fileName: documentFileName(printable), pdfBase64: (await renderDocument(printable)).toString('base64') };
    }),
});
