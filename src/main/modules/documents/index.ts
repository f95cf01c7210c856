import { defineModule } from '../../api/core/module';
import { DocumentsService, IssuedDocumentEntity } from '../../documents';
import { clinicKey } from '../clinic';
import { documentsKey } from './key';
import { DOCUMENT_PATIENT_RECORDS } from './patient-records';
import { documentsRouter } from './router';

export { documentsKey, type DocumentsServices } from './key';

/**
 * Issued A4/A5 documents: serials per kind, the archive of what was issued, reprints as marked
 * copies, verification by serial and code. Modules that issue documents need this one and call
 * `documents.issue` in their own unit of work (src/main/documents holds the page model and renderer).
 */
export const documentsModule = defineModule({
  key: documentsKey,
  needs: { clinic: clinicKey },
  entities: [IssuedDocumentEntity],
  patientRecords: DOCUMENT_PATIENT_RECORDS,
  build: ({ clinic }) => ({ documents: new DocumentsService(clinic.clinic) }),
  routes: { documents: documentsRouter },
});
