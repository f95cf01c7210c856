import type { PrescriptionCheck, PrescriptionLine, PrescriptionLineInput, PrintedLabels } from '../../../shared/schemas/prescriptions';
import type { IssuedVisitDocument } from '../../../shared/schemas/visit-documents';
import { addLineInputSchema, cancelLineInputSchema, checkLineInputSchema } from '../../../shared/schemas/prescriptions';
import { visitIdInputSchema } from '../../../shared/schemas/consultation';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { auditPatientRead } from '../../audit/patient-reads';
import { documentFileName, renderDocument } from '../../documents';
import { prescriptionsKey } from './key';
import { medicineLabelsPdf } from './medicine-label';

const { read, write, staged } = moduleProcedures(prescriptionsKey);

/** The visit's prescription: lines checked before they are saved, a flagged one only with a reason. */
export const prescriptionsRouter = t.router({
  forVisit: read('clinical.view')
    .input(visitIdInputSchema)
    .query(async ({ ctx, input }): Promise<PrescriptionLine[]> => {
      const { visit, lines } = await ctx.services.prescriptions.forVisit(ctx.uow, input.visitId);
      await auditPatientRead(ctx.uow, 'chart', visit.patientId);
      return lines;
    }),

  /** The safety findings and quantity of a line being written; saves nothing. */
  check: read('consultation.write')
    .input(checkLineInputSchema)
    .query(async ({ ctx, input }): Promise<PrescriptionCheck> => {
      const { findings, quantity } = await ctx.services.prescriptions.check(ctx.uow, input.visitId, input.line);
      return { findings, quantity };
    }),

  addLine: write('consultation.write')
    .input(addLineInputSchema)
    .mutation(({ ctx, input }) => ctx.services.prescriptions.addLine(ctx.uow, input.visitId, input.line, input.overrideReason)),

  cancelLine: write('consultation.write')
    .input(cancelLineInputSchema)
    .mutation(({ ctx, input }) => ctx.services.prescriptions.cancelLine(ctx.uow, input.id, input.reason)),

  /** The last prescription of an earlier visit, to repeat in one action (each line checked again as it is added). */
  lastPrescription: read('consultation.write')
    .input(visitIdInputSchema)
    .query(({ ctx, input }): Promise<PrescriptionLineInput[]> => ctx.services.prescriptions.lastPrescription(ctx.uow, input.visitId)),

  /** The printed prescription (RX serial, archived with the visit's documents); the PDF is drawn after the unit of work commits. */
  printPrescription: staged('consultation.write')
    .input(visitIdInputSchema)
    .mutation(async ({ ctx, input }): Promise<IssuedVisitDocument> => {
      const printable = await ctx.inUnitOfWork((uow) => ctx.services.prescriptionPrints.issuePrescription(uow, input.visitId));
      return { id: printable.id, serial: printable.serial, fileName: documentFileName(printable), pdfBase64: (await renderDocument(printable)).toString('base64') };
    }),

  /**
   * The dispensary's labels for the in-house lines. consultation.write, not pharmacy.dispense: today
   * the doctor's room prints them (a GP dispenses in the clinic), and the pharmacist role has no
   * clinical.view; the pharmacy issue's dispensing screen adds its own procedure on `medicineLabelsPdf`.
   */
  printLabels: staged('consultation.write')
    .input(visitIdInputSchema)
    .mutation(async ({ ctx, input }): Promise<PrintedLabels> => {
      const labels = await ctx.inUnitOfWork((uow) => ctx.services.prescriptionPrints.labels(uow, input.visitId));
      return { fileName: 'medicine-labels.pdf', pdfBase64: (await medicineLabelsPdf(labels)).toString('base64') };
    }),
});
