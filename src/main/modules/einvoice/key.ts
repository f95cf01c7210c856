import { moduleKey } from '../../api/core/module';
import type { EinvoiceDocuments } from './einvoice-documents';
import type { EinvoiceSubmissions } from './einvoice-submissions';

export interface EinvoiceServices {
  documents: EinvoiceDocuments;
  submissions: EinvoiceSubmissions;
}

export const einvoiceKey = moduleKey<EinvoiceServices>('einvoice');
