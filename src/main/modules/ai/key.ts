import { moduleKey } from '../../api/core/module';
import type { VisitDirectory } from '../queue';
import type { AiConnection } from './ai-connection';
import type { AiDrafts } from './ai-drafts';
import type { AiRequests } from './ai-requests';
import type { AiInteractionLog } from './interaction-log';

export interface AiServices {
  connection: AiConnection;
  /** prepare → call → record, for every feature that asks a model. */
  requests: AiRequests;
  log: AiInteractionLog;
  /** Local engine first, the model to improve it: every feature's draft. */
  drafts: AiDrafts;
  /** The queue's visits: whom a visit's draft is about. */
  visits: VisitDirectory;
}

export const aiKey = moduleKey<AiServices>('ai');
