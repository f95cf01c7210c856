import {
  amendNoteInputSchema,
  finishVisitInputSchema,
  saveDiagnosesInputSchema,
  saveNoteInputSchema,
  saveTemplateInputSchema,
  visitIdInputSchema,
  type TimelinePage,
  type VisitRecord,
} from '../../../shared/schemas/consultation';
import { visitHistoryInputSchema } from '../../../shared/schemas/queue';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { auditPatientRead } from '../../audit/patient-reads';
import { consultationKey } from './key';

const { read, write } = moduleProcedures(consultationKey);

/** The doctor's room: a visit's note and diagnoses, finishing the visit, amendments, templates, the chart's timeline. */
export const consultationRouter = t.router({
  /** The visit and its note; clinical content, so audited as a read of the patient's chart. */
  visit: read('clinical.view')
    .input(visitIdInputSchema)
    .query(async ({ ctx, input }): Promise<VisitRecord> => {
      const record = await ctx.services.encounters.forVisit(ctx.uow, input.visitId);
      await auditPatientRead(ctx.uow, 'chart', record.visit.patientId);
      return record;
    }),

  /** Saved as the doctor types (every few seconds); quotes the version the screen holds. */
  saveNote: write('consultation.write')
    .input(saveNoteInputSchema)
    .mutation(({ ctx, input }) => ctx.services.encounters.saveNote(ctx.uow, input)),

  saveDiagnoses: write('consultation.write')
    .input(saveDiagnosesInputSchema)
    .mutation(({ ctx, input }) => ctx.services.encounters.saveDiagnoses(ctx.uow, input)),

  /** Signs the note and hands the ticket to the dispensary or the cashier. */
  finish: write('consultation.write')
    .input(finishVisitInputSchema)
    .mutation(({ ctx, input }) => ctx.services.encounters.finish(ctx.uow, input.visitId, input.version)),

  amend: write('consultation.write')
    .input(amendNoteInputSchema)
    .mutation(({ ctx, input }) => ctx.services.encounters.amend(ctx.uow, input)),

  /** The patient's past visits with their doctor and diagnoses, newest first, a page at a time. */
  timeline: read('clinical.view')
    .input(visitHistoryInputSchema)
    .query(async ({ ctx, input }): Promise<TimelinePage> => {
      const page = await ctx.services.timeline.page(ctx.uow, input);
      await auditPatientRead(ctx.uow, 'chart', input.patientId);
      return page;
    }),

  templates: t.router({
    list: read('consultation.write').query(({ ctx }) => ctx.services.templates.forDoctor(ctx.uow, ctx.session.actor.userId)),
    saveMine: write('consultation.write')
      .input(saveTemplateInputSchema)
      .mutation(({ ctx, input }) => ctx.services.templates.saveMine(ctx.uow, input)),
    saveClinic: write('clinic.manage')
      .input(saveTemplateInputSchema)
      .mutation(({ ctx, input }) => ctx.services.templates.saveClinic(ctx.uow, input)),
  }),
});
