import { defineModule } from '../../api/core/module';
import { documentsKey } from '../documents';
import { patientsKey } from '../patients';
import { queueKey } from '../queue';
import { usersKey } from '../users';
import { visitDocumentsKey } from './key';
import { visitDocumentsRouter } from './router';
import { VisitDocumentsService } from './visit-documents-service';

export { visitDocumentsKey, type VisitDocumentsServices } from './key';
/** The patient's and the doctor's lines every clinical document prints alike (the prescription too). */
export { doctorSignature, patientFields } from './document-parties';

/**
 * The visit's documents: medical certificate, time slip, referral letter, quarantine slip, issued through the
 * documents module (serial, verification code, archive) against the visit, signed by the doctor.
 * Listing, reprinting, cancelling and verifying them are the documents module's.
 */
export const visitDocumentsModule = defineModule({
  key: visitDocumentsKey,
  needs: { documents: documentsKey, queue: queueKey, patients: patientsKey, users: usersKey },
  entities: [],
  build: ({ documents, queue, patients, users }) => ({ visitDocuments: new VisitDocumentsService(documents.documents, queue.visits, patients.directory, users.users) }),
  routes: { visitDocuments: visitDocumentsRouter },
});
