import { moduleKey } from '../../api/core/module';
import type { DiagnosesService } from '../diagnoses';
import type { VisitDirectory } from '../queue';
import type { AiConnection } from './ai-connection';
import type { AiDrafts } from './ai-drafts';
import type { AiRequests } from './ai-requests';
import type { HistoryReader } from './history-reader';
import type { AiInteractionLog } from './interaction-log';
import type { TriageFactsReader } from './triage-feature';
import type { LetterVisits } from './letter-visits';

export interface AiServices {
  connection: AiConnection;
  /** prepare → call → record, for every feature that asks a model. */
  requests: AiRequests;
  log: AiInteractionLog;
  /** Local engine first, the model to improve it: every feature's draft. */
  drafts: AiDrafts;
  /** What triage needs of the patient's record. */
  triage: TriageFactsReader;
  /** The visit a note is structured for (whose patient is redacted). */
  visits: VisitDirectory;
  /** The bundled ICD-10-CM list the note's hints come from. */
  diagnoses: DiagnosesService;
  /** The visit's record a letter is drafted from. */
  letterVisits: LetterVisits;
  /** The record as the history summary reads it. */
  historyReader: HistoryReader;
}

export const aiKey = moduleKey<AiServices>('ai');
