import { defineModule } from '../../api/core/module';
import { clinicKey } from '../clinic';
import { panelsKey } from '../panels';
import { usersKey } from '../users';
import { PatientEntity, PatientPhotoEntity, PatientVersionEntity } from './entities';
import { ImportStaging } from './import-staging';
import { patientsKey } from './key';
import { PatientDirectory } from './patient-directory';
import { PatientImportService } from './patient-import-service';
import { PatientPhotosService } from './patient-photos';
import { PatientsService } from './patients-service';
import { patientsRouter } from './router';

export { patientsKey, type PatientsServices } from './key';
export type { ClinicalFacts, PatientDirectory, PatientIdentity, PatientLabel } from './patient-directory';

/** A staged CSV import left untouched this long is dropped. */
const IMPORT_TTL_MS = 30 * 60_000;

/** The patient registry: registration, search, edits with history, photos, merges, CSV import. */
export const patientsModule = defineModule({
  key: patientsKey,
  needs: { users: usersKey, panels: panelsKey, clinic: clinicKey },
  entities: [PatientEntity, PatientVersionEntity, PatientPhotoEntity],
  build: ({ users, panels, clinic }) => {
    const patients = new PatientsService(users.users, panels.panels, clinic.clinic);
    return {
      patients,
      photos: new PatientPhotosService(),
      importer: new PatientImportService(new ImportStaging(IMPORT_TTL_MS), clinic.clinic),
      directory: new PatientDirectory(),
    };
  },
  routes: { patients: patientsRouter },
  // An import being written when the hub stopped left invisible rows: removed before anyone is served.
  opened: (services, run) => services.importer.clearLeftovers(run),
});
