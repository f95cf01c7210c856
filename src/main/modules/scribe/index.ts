import { defineModule } from '../../api/core/module';
import { aiKey } from '../ai';
import { consultationKey } from '../consultation';
import { usersKey } from '../users';
import { ScribeAudioChunkEntity, ScribeConsentEntity, ScribeRecordingEntity } from './entities';
import { scribeKey } from './key';
import { ScribeNoteDrafts } from './note-drafts';
import { SCRIBE_PATIENT_RECORDS } from './patient-records';
import { ScribeRetention } from './retention';
import { scribeRouter } from './router';
import { ScribeService } from './scribe-service';
import { scribeSettings } from './settings';
import { ScribeTranscription } from './transcription';

export { scribeKey, type ScribeServices } from './key';

/**
 * The AI scribe: the patient's consent asked at every visit, recording between an explicit Start
 * and Stop into the encrypted store, transcription through the AI provider, and the retention
 * rule that deletes the audio at signing and transcripts after a set number of days.
 */
export const scribeModule = defineModule({
  key: scribeKey,
  needs: { consultation: consultationKey, ai: aiKey, users: usersKey },
  entities: [ScribeConsentEntity, ScribeRecordingEntity, ScribeAudioChunkEntity],
  patientRecords: SCRIBE_PATIENT_RECORDS,
  build: ({ consultation, ai, users }, platform) => {
    const scribe = new ScribeService(consultation.encounters, users.users);
    return { scribe, transcription: new ScribeTranscription(scribe, ai.requests, platform.settings), retention: new ScribeRetention(platform.settings, scribe), noteDrafts: new ScribeNoteDrafts(scribe, ai.drafts, ai.diagnoses) };
  },
  routes: { scribe: scribeRouter },
  settings: { scribe: scribeSettings },
  listeners: ({ retention }) => ({ 'visit.finished': (uow) => retention.sweep(uow).then(() => undefined) }),
});
