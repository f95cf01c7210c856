import type { Chart, LongTermMedication, MedicalHistory, Problem } from '../../../shared/schemas/chart';
import {
  chartInputSchema,
  resolveProblemInputSchema,
  saveHistoryInputSchema,
  saveMedicationInputSchema,
  saveProblemInputSchema,
  stopMedicationInputSchema,
} from '../../../shared/schemas/chart';
import { historySummaryInputSchema, saveHistorySummaryInputSchema, type HistorySummaryView, type SavedHistorySummary } from '../../../shared/schemas/history-summary';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { auditPatientRead } from '../../audit/patient-reads';
import { chartKey } from './key';

const { read, write } = moduleProcedures(chartKey);

export const chartRouter = t.router({
  /** The whole chart kept across visits, with merged duplicates' rows; audited as a read of the chart. */
  get: read('clinical.view')
    .input(chartInputSchema)
    .query(async ({ ctx, input }): Promise<Chart> => {
      const chart = await ctx.services.chart.chart(ctx.uow, input.patientId);
      await auditPatientRead(ctx.uow, 'chart', input.patientId);
      return chart;
    }),

  saveProblem: write('consultation.write')
    .input(saveProblemInputSchema)
    .mutation(({ ctx, input }): Promise<Problem> => ctx.services.chart.saveProblem(ctx.uow, input)),

  resolveProblem: write('consultation.write')
    .input(resolveProblemInputSchema)
    .mutation(({ ctx, input }): Promise<Problem> => ctx.services.chart.resolveProblem(ctx.uow, input)),

  saveMedication: write('consultation.write')
    .input(saveMedicationInputSchema)
    .mutation(({ ctx, input }): Promise<LongTermMedication> => ctx.services.chart.saveMedication(ctx.uow, input)),

  stopMedication: write('consultation.write')
    .input(stopMedicationInputSchema)
    .mutation(({ ctx, input }): Promise<LongTermMedication> => ctx.services.chart.stopMedication(ctx.uow, input)),

  saveHistory: write('consultation.write')
    .input(saveHistoryInputSchema)
    .mutation(({ ctx, input }): Promise<MedicalHistory> => ctx.services.chart.saveHistory(ctx.uow, input)),

  /** The accepted history summary (view-only), whether a later visit has made it out of date, and those it replaced; audited as a read of the chart. */
  historySummary: read('clinical.view')
    .input(historySummaryInputSchema)
    .query(async ({ ctx, input }): Promise<HistorySummaryView> => {
      const view = await ctx.services.summaries.view(ctx.uow, input.patientId);
      await auditPatientRead(ctx.uow, 'chart', input.patientId);
      return view;
    }),

  /** A person accepts a history summary (edited or not) onto the chart, as one writes a note; it supersedes the current one. */
  saveHistorySummary: write('consultation.write')
    .input(saveHistorySummaryInputSchema)
    .mutation(({ ctx, input }): Promise<SavedHistorySummary> => ctx.services.summaries.save(ctx.uow, input)),
});
