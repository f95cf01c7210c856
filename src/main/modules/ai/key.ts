import { moduleKey } from '../../api/core/module';
import type { AiConnection } from './ai-connection';
import type { AiDrafts } from './ai-drafts';
import type { AiRequests } from './ai-requests';
import type { HistoryReader } from './history-reader';
import type { AiInteractionLog } from './interaction-log';

export interface AiServices {
  connection: AiConnection;
  /** prepare → call → record, for every feature that asks a model. */
  requests: AiRequests;
  log: AiInteractionLog;
  /** Local engine first, the model to improve it: every feature's draft. */
  drafts: AiDrafts;
  /** The record as the history summary reads it. */
  historyReader: HistoryReader;
}

export const aiKey = moduleKey<AiServices>('ai');
