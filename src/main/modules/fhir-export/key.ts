import { moduleKey } from '../../api/core/module';
import type { FhirExportService } from './fhir-export-service';

export interface FhirExportServices {
  fhirExport: FhirExportService;
}

export const fhirExportKey = moduleKey<FhirExportServices>('fhirExport');
