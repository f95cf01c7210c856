import { moduleKey } from '../../api/core/module';
import type { AiConnection } from './ai-connection';
import type { AiRequests } from './ai-requests';
import type { AiInteractionLog } from './interaction-log';

export interface AiServices {
  connection: AiConnection;
  /** prepare → call → record, for every feature that asks a model. */
  requests: AiRequests;
  log: AiInteractionLog;
}

export const aiKey = moduleKey<AiServices>('ai');
