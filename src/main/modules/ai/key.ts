import { moduleKey } from '../../api/core/module';
import type { AiConnection } from './ai-connection';
import type { AiDrafts } from './ai-drafts';
import type { AiRequests } from './ai-requests';
import type { AiInteractionLog } from './interaction-log';
import type { LetterVisits } from './letter-visits';

export interface AiServices {
  connection: AiConnection;
  /** prepare → call → record, for every feature that asks a model. */
  requests: AiRequests;
  log: AiInteractionLog;
  /** Local engine first, the model to improve it: every feature's draft. */
  drafts: AiDrafts;
  /** The visit's record a letter is drafted from. */
  letterVisits: LetterVisits;
}

export const aiKey = moduleKey<AiServices>('ai');
