import { moduleKey } from '../../api/core/module';
import type { DocumentsService } from '../../documents';

export interface DocumentsServices {
  documents: DocumentsService;
}

export const documentsKey = moduleKey<DocumentsServices>('documents');
