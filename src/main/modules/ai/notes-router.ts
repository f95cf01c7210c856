import { structureNoteInputSchema } from '../../../shared/schemas/ai-notes';
import { noteStructuring } from '../../ai/features/notes/note-structuring';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { aiKey } from './key';

const { staged } = moduleProcedures(aiKey);

/** Note structuring: a SOAP draft of the doctor's shorthand, for whoever may write the note. It writes nothing clinical. */
export const notesRouter = t.router({
  structure: staged('consultation.write')
    .input(structureNoteInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { visits, diagnoses, drafts } = ctx.services;
      const visit = await ctx.inUnitOfWork((uow) => visits.get(uow, input.visitId));
      const list = await diagnoses.lookup();
      return drafts.draft(ctx.inUnitOfWork, noteStructuring, { text: input.text, patientId: visit.patientId, list });
    }),
});
