import { AI_TEXT_MAX } from '../../../shared/schemas/ai';
import { extractLabsInputSchema, type ExtractLabsInput } from '../../../shared/schemas/ai-labs';
import { labReportFeature } from '../../ai/features/labs/lab-report-feature';
import { pdfText } from '../../ai/features/labs/pdf-text';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { AppError } from '../../errors/app-error';
import { aiKey } from './key';

const { staged } = moduleProcedures(aiKey);

/** The report's text: as pasted, or read out of its PDF here on the hub (never sent anywhere as a file). */
async function reportText(report: ExtractLabsInput['report']): Promise<string> {
  if (report.kind === 'text') return report.text;
  const text = await pdfText(new Uint8Array(Buffer.from(report.base64, 'base64')));
  if (text.length > AI_TEXT_MAX) throw new AppError('VALIDATION_FAILED', { fields: ['report'], issues: [{ path: 'report', kind: 'tooLong', limit: AI_TEXT_MAX }] });
  return text;
}

/** Lab report extraction: rows a doctor edits and accepts into the visit's note; nothing is written here but the AI log. */
export const labsRouter = t.router({
  /** Whoever may write the visit's note may have a report read into it. */
  extract: staged('consultation.write')
    .input(extractLabsInputSchema)
    .mutation(async ({ ctx, input }) => {
      const visit = await ctx.inUnitOfWork((uow) => ctx.services.visits.get(uow, input.visitId));
      const report = await reportText(input.report);
      return ctx.services.drafts.draft(ctx.inUnitOfWork, labReportFeature, { patientId: visit.patientId, report });
    }),
});
