import { moduleKey } from '../../api/core/module';
import type { VisitDocumentsService } from './visit-documents-service';

export interface VisitDocumentsServices {
  visitDocuments: VisitDocumentsService;
}

export const visitDocumentsKey = moduleKey<VisitDocumentsServices>('visitDocuments');
