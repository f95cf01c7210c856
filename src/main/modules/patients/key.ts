import { moduleKey } from '../../api/core/module';
import type { PatientDirectory } from './patient-directory';
import type { PatientImportService } from './patient-import-service';
import type { PatientPhotosService } from './patient-photos';
import type { PatientsService } from './patients-service';

export interface PatientsServices {
  patients: PatientsService;
  photos: PatientPhotosService;
  importer: PatientImportService;
  /** What other modules may ask of the registry. */
  directory: PatientDirectory;
}

export const patientsKey = moduleKey<PatientsServices>('patients');
