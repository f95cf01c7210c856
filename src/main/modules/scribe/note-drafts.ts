import type { Draft } from '../../../shared/ai-draft';
import type { ScribeNoteDraft } from '../../../shared/schemas/scribe';
import { scribeNoteDrafting } from '../../ai/features/scribe-note/scribe-note-feature';
import { auditPatientRead } from '../../audit/patient-reads';
import type { AiServices, InUnitOfWork } from '../ai';
import type { ScribeService } from './scribe-service';

/**
 * The SOAP draft of a transcribed recording, every sentence citing its transcript lines. The
 * transcript is read as a chart read; the draft is only shown: the doctor copies it into the note
 * and saves the note as usual.
 */
export class ScribeNoteDrafts {
  constructor(
    private readonly scribe: ScribeService,
    private readonly drafts: AiServices['drafts'],
    private readonly diagnoses: AiServices['diagnoses'],
  ) {}

  async draft(inUnitOfWork: InUnitOfWork, recordingId: string): Promise<Draft<ScribeNoteDraft>> {
    const transcript = await inUnitOfWork(async (uow) => {
      const read = await this.scribe.transcriptFor(uow, { recordingId });
      await auditPatientRead(uow, 'chart', read.patientId);
      return read;
    });
    const list = await this.diagnoses.lookup();
    return this.drafts.draft(inUnitOfWork, scribeNoteDrafting, { lines: transcript.lines, patientId: transcript.patientId, list });
  }
}
