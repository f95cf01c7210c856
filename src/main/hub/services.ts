import type { AuditLog } from '../audit/audit-log';
import { AuthService } from '../modules/auth/auth-service';
import { ClinicService } from '../modules/clinic/clinic-service';
import { ImportStaging } from '../modules/patients/import-staging';
import { PatientImportService } from '../modules/patients/patient-import-service';
import { PatientsService } from '../modules/patients/patients-service';
import { QueueService } from '../modules/queue/queue-service';
import { RoomsService } from '../modules/queue/rooms-service';
import { UsersService } from '../modules/users/users-service';
import type { PasswordHasher } from '../security/password-hasher';
import { BackupService } from '../store/backups';
import type { Store } from '../store/store';

/** A staged CSV import left untouched this long is dropped. */
const IMPORT_TTL_MS = 30 * 60_000;

/** Every domain service, built once per open store. */
export interface Services {
  users: UsersService;
  auth: AuthService;
  clinic: ClinicService;
  backups: BackupService;
  patients: PatientsService;
  patientImport: PatientImportService;
  rooms: RoomsService;
  queue: QueueService;
}

export function buildServices(store: Store, auditLog: AuditLog, hasher: PasswordHasher): Services {
  const users = new UsersService(hasher);
  const clinic = new ClinicService();
  const rooms = new RoomsService();
  const patients = new PatientsService(clinic, users);
  return {
    users,
    auth: new AuthService(hasher, users),
    clinic,
    backups: new BackupService(store, auditLog),
    patients,
    patientImport: new PatientImportService(patients, new ImportStaging(IMPORT_TTL_MS)),
    rooms,
    queue: new QueueService(clinic, rooms),
  };
}
