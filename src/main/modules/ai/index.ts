import { OpenAiCompatibleProvider } from '../../ai/openai-provider';
import { CompromiseNameFinder } from '../../ai/privacy/name-finder';
import { Redactor } from '../../ai/privacy/redactor';
import { defineModule } from '../../api/core/module';
import { consultationKey } from '../consultation';
import { diagnosesKey } from '../diagnoses';
import { medicinesKey } from '../medicines';
import { patientsKey } from '../patients';
import { prescriptionsKey } from '../prescriptions';
import { queueKey } from '../queue';
import { vitalsKey } from '../vitals';
import { aiForcedOff, AiConnection } from './ai-connection';
import { AiDrafts } from './ai-drafts';
import { AiRequests } from './ai-requests';
import { AiInteractionEntity } from './entities';
import { HistoryReader } from './history-reader';
import { AiInteractionLog } from './interaction-log';
import { LetterVisits } from './letter-visits';
import { aiKey } from './key';
import { aiRouter } from './router';
import { aiSettings } from './settings';
import { TriageFactsReader } from './triage-feature';

export { aiKey, type AiServices } from './key';
export type { InUnitOfWork } from './ai-requests';

/** The AI platform: the provider (off by default), redaction before anything leaves, the interaction log and usage. */
export const aiModule = defineModule({
  key: aiKey,
  needs: {
    patients: patientsKey,
    queue: queueKey,
    diagnoses: diagnosesKey,
    consultation: consultationKey,
    vitals: vitalsKey,
    prescriptions: prescriptionsKey,
    medicines: medicinesKey,
  },
  entities: [AiInteractionEntity],
  build: ({ patients, queue, diagnoses, consultation, vitals, prescriptions, medicines }, platform) => {
    const connection = new AiConnection(platform.settings, platform.secrets, (options) => new OpenAiCompatibleProvider(options), aiForcedOff(process.env));
    const log = new AiInteractionLog();
    const requests = new AiRequests(connection, new Redactor(new CompromiseNameFinder()), (uow, patientId) => patients.patients.get(uow, patientId), log);
    return {
      connection,
      requests,
      log,
      drafts: new AiDrafts(requests),
      triage: new TriageFactsReader(patients.directory),
      visits: queue.visits,
      diagnoses: diagnoses.diagnoses,
      historyReader: new HistoryReader(patients.directory, consultation.timeline, prescriptions.prescriptions, vitals.vitals),
      letterVisits: new LetterVisits(consultation.encounters, vitals.vitals, prescriptions.prescriptions, patients.directory, medicines.medicines),
    };
  },
  routes: { ai: aiRouter },
  settings: { ai: aiSettings },
});
