import { OpenAiCompatibleProvider } from '../../ai/openai-provider';
import { CompromiseNameFinder } from '../../ai/privacy/name-finder';
import { Redactor } from '../../ai/privacy/redactor';
import { defineModule } from '../../api/core/module';
import { patientsKey } from '../patients';
import { aiForcedOff, AiConnection } from './ai-connection';
import { AiDrafts } from './ai-drafts';
import { AiRequests } from './ai-requests';
import { AiInteractionEntity } from './entities';
import { AiInteractionLog } from './interaction-log';
import { aiKey } from './key';
import { aiRouter } from './router';
import { aiSettings } from './settings';

export { aiKey, type AiServices } from './key';
export type { InUnitOfWork } from './ai-requests';

/** The AI platform: the provider (off by default), redaction before anything leaves, the interaction log and usage. */
export const aiModule = defineModule({
  key: aiKey,
  needs: { patients: patientsKey },
  entities: [AiInteractionEntity],
  build: ({ patients }, platform) => {
    const connection = new AiConnection(platform.settings, platform.secrets, (options) => new OpenAiCompatibleProvider(options), aiForcedOff(process.env));
    const log = new AiInteractionLog();
    const requests = new AiRequests(connection, new Redactor(new CompromiseNameFinder()), (uow, patientId) => patients.patients.get(uow, patientId), log);
    return { connection, requests, log, drafts: new AiDrafts(requests) };
  },
  routes: { ai: aiRouter },
  settings: { ai: aiSettings },
});
