import type { PrescriptionCheck, PrescriptionLine, PrescriptionLineInput } from '../../../shared/schemas/prescriptions';
import { addLineInputSchema, cancelLineInputSchema, checkLineInputSchema } from '../../../shared/schemas/prescriptions';
import { visitIdInputSchema } from '../../../shared/schemas/consultation';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { auditPatientRead } from '../../audit/patient-reads';
import { prescriptionsKey } from './key';

const { read, write } = moduleProcedures(prescriptionsKey);

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
});
