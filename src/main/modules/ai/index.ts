import { OpenAiCompatibleProvider } from '../../ai/openai-provider';
import { CompromiseNameFinder } from '../../ai/privacy/name-finder';
import { Redactor } from '../../ai/privacy/redactor';
import { defineModule } from '../../api/core/module';
import { consultationKey } from '../consultation';
import { patientsKey } from '../patients';
import { prescriptionsKey } from '../prescriptions';
import { vitalsKey } from '../vitals';
import { aiForcedOff, AiConnection } from './ai-connection';
import { AiDrafts } from './ai-drafts';
import { AiRequests } from './ai-requests';
import { HistoryReader } from './history-reader';
import { AiInteractionEntity } from './entities';
import { AiInteractionLog } from './interaction-log';
import { aiKey } from './key';
import { aiRouter } from './router';
import { aiSettings } from './settings';

export { aiKey, type AiServices } from './key';

/** The AI platform: the provider (off by default), redaction before anything leaves, the interaction log and usage. */
export const aiModule = defineModule({
  key: aiKey,
  needs: { patients: patientsKey, consultation: consultationKey, prescriptions: prescriptionsKey, vitals: vitalsKey },
  entities: [AiInteractionEntity],
  build: ({ patients, consultation, prescriptions, vitals }, platform) => {
    const connection = new AiConnection(platform.settings, platform.secrets, (options) => new OpenAiCompatibleProvider(options), aiForcedOff(process.env));
    const log = new AiInteractionLog();
    const requests = new AiRequests(connection, new Redactor(new CompromiseNameFinder()), (uow, patientId) => patients.patients.get(uow, patientId), log);
    const historyReader = new HistoryReader(patients.directory, consultation.timeline, prescriptions.prescriptions, vitals.vitals);
    return { connection, requests, log, drafts: new AiDrafts(requests), historyReader };
  },
  routes: { ai: aiRouter },
  settings: { ai: aiSettings },
});
