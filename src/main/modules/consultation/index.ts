import { defineModule } from '../../api/core/module';
import { diagnosesKey } from '../diagnoses';
import { prescriptionsKey } from '../prescriptions';
import { queueKey } from '../queue';
import { roomsKey } from '../rooms';
import { usersKey } from '../users';
import { DEFAULT_TEMPLATES } from './default-templates';
import { EncounterReader } from './encounter-read';
import { EncounterService } from './encounter-service';
import { EncounterDiagnosisEntity, EncounterEntity, NoteAmendmentEntity, NoteTemplateEntity } from './entities';
import { consultationKey } from './key';
import { CONSULTATION_PATIENT_RECORDS } from './patient-records';
import { consultationRouter } from './router';
import { TemplatesService } from './templates-service';
import { Timeline } from './timeline';

export { consultationKey, type ConsultationServices } from './key';
export { nextStation } from './hand-off-rules';

/**
 * The doctor's room: the SOAP note of each visit (saved as typed, signed when the visit finishes,
 * amended after), its ICD-10 diagnoses, note templates, finishing the visit (the ticket handed to
 * the dispensary or the cashier), and the chart's timeline of past visits.
 */
export const consultationModule = defineModule({
  key: consultationKey,
  needs: { queue: queueKey, rooms: roomsKey, users: usersKey, diagnoses: diagnosesKey, prescriptions: prescriptionsKey },
  entities: [EncounterEntity, EncounterDiagnosisEntity, NoteAmendmentEntity, NoteTemplateEntity],
  patientRecords: CONSULTATION_PATIENT_RECORDS,
  build: ({ queue, rooms, users, diagnoses, prescriptions }) => {
    const reader = new EncounterReader(users.users);
    return {
      encounters: new EncounterService(queue.visits, queue.queue, rooms.rooms, diagnoses.diagnoses, prescriptions.prescriptions, reader),
      templates: new TemplatesService(),
      timeline: new Timeline(queue.visits, users.users, reader),
    };
  },
  routes: { consultation: consultationRouter },
  seed: async (uow, { templates }) => {
    for (const template of DEFAULT_TEMPLATES) await templates.saveClinic(uow, template);
  },
});
