import { appendScribeAudioInputSchema, recordScribeConsentInputSchema, scribeRecordingInputSchema, scribeVisitInputSchema } from '../../../shared/schemas/scribe';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { auditPatientRead } from '../../audit/patient-reads';
import { scribeKey } from './key';

const { read, write, staged } = moduleProcedures(scribeKey);

/** The doctor's scribe: consent, Start/Stop recording, transcription, and a note drafted from the transcript. */
export const scribeRouter = t.router({
  /** The visit's consent and recordings with their transcripts: clinical content, audited as a chart read. */
  forVisit: read('clinical.view')
    .input(scribeVisitInputSchema)
    .query(async ({ ctx, input }) => {
      const state = await ctx.services.scribe.state(ctx.uow, input);
      await auditPatientRead(ctx.uow, 'chart', state.patientId);
      return state;
    }),

  recordConsent: write('consultation.write')
    .input(recordScribeConsentInputSchema)
    .mutation(({ ctx, input }) => ctx.services.scribe.recordConsent(ctx.uow, input)),

  start: write('consultation.write')
    .input(scribeVisitInputSchema)
    .mutation(({ ctx, input }) => ctx.services.scribe.start(ctx.uow, input)),

  appendAudio: write('consultation.write')
    .input(appendScribeAudioInputSchema)
    .mutation(({ ctx, input }) => ctx.services.scribe.appendAudio(ctx.uow, input)),

  stop: write('consultation.write')
    .input(scribeRecordingInputSchema)
    .mutation(({ ctx, input }) => ctx.services.scribe.stop(ctx.uow, input)),

  discard: write('consultation.write')
    .input(scribeRecordingInputSchema)
    .mutation(({ ctx, input }) => ctx.services.scribe.discard(ctx.uow, input)),

  /** Sends the stopped recording to the transcription server: outside any transaction, it may take a while or fail. */
  transcribe: staged('consultation.write')
    .input(scribeRecordingInputSchema)
    .mutation(({ ctx, input }) => ctx.services.transcription.transcribe(ctx.inUnitOfWork, input.recordingId)),

  /** A SOAP draft of the transcript, each sentence citing its lines, for whoever may write the note; outside any transaction while a model is asked. It writes nothing clinical. */
  draftNote: staged('consultation.write')
    .input(scribeRecordingInputSchema)
    .mutation(({ ctx, input }) => ctx.services.noteDrafts.draft(ctx.inUnitOfWork, input.recordingId)),
});
