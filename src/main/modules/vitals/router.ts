import {
  correctVitalsInputSchema,
  recordVitalsInputSchema,
  visitVitalsInputSchema,
  vitalsTrendInputSchema,
  type VitalsRecording,
  type VitalsTrend,
} from '../../../shared/schemas/vitals';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { auditPatientRead } from '../../audit/patient-reads';
import { vitalsKey } from './key';

const { read, write } = moduleProcedures(vitalsKey);

export const vitalsRouter = t.router({
  /** The nurse at triage, or the doctor: flags come back with the saved recording. */
  record: write('consultation.write')
    .input(recordVitalsInputSchema)
    .mutation(({ ctx, input }): Promise<VitalsRecording> => ctx.services.vitals.record(ctx.uow, input)),

  /** A wrong value put right: a new recording replaces it, with the reason; allowed after the visit ended. */
  correct: write('consultation.write')
    .input(correctVitalsInputSchema)
    .mutation(({ ctx, input }): Promise<VitalsRecording> => ctx.services.vitals.correct(ctx.uow, input)),

  /** One visit's vitals for the doctor's workspace; part of the chart, so audited as a read of it. */
  forVisit: read('clinical.view')
    .input(visitVitalsInputSchema)
    .query(async ({ ctx, input }): Promise<VitalsRecording[]> => {
      const { patientId, recordings } = await ctx.services.vitals.forVisit(ctx.uow, input.visitId);
      await auditPatientRead(ctx.uow, 'vitals', patientId);
      return recordings;
    }),

  /** A patient's recordings over time, for the trend charts: newest first, a page at a time. */
  trend: read('clinical.view')
    .input(vitalsTrendInputSchema)
    .query(async ({ ctx, input }): Promise<VitalsTrend> => {
      const trend = await ctx.services.vitals.trend(ctx.uow, input);
      await auditPatientRead(ctx.uow, 'vitals', input.patientId);
      return trend;
    }),
});
