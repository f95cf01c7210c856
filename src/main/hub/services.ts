import type { AuditLog } from '../audit/audit-log';
import { openPrinter } from '../devices/printer';
import { buildAppointmentServices, type AppointmentServices } from '../modules/appointments/appointment-services';
import { AppointmentVisitSync } from '../modules/appointments/visit-sync';
import { AuthService } from '../modules/auth/auth-service';
import { ClinicService } from '../modules/clinic/clinic-service';
import { ImportStaging } from '../modules/patients/import-staging';
import { PatientImportService } from '../modules/patients/patient-import-service';
import { PanelsService } from '../modules/panels/panels-service';
import { PatientPhotosService } from '../modules/patients/patient-photos';
import { PatientsService } from '../modules/patients/patients-service';
import { QueueService } from '../modules/queue/queue-service';
import { RoomsService } from '../modules/queue/rooms-service';
import { TicketPrinting } from '../modules/queue/ticket-printing';
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
  panels: PanelsService;
  patients: PatientsService;
  patientPhotos: PatientPhotosService;
  patientImport: PatientImportService;
  rooms: RoomsService;
  queue: QueueService;
  ticketPrinting: TicketPrinting;
  appointments: AppointmentServices;
}

export function buildServices(store: Store, auditLog: AuditLog, hasher: PasswordHasher): Services {
  const users = new UsersService(hasher);
  const clinic = new ClinicService();
  const rooms = new RoomsService();
  // The queue tells appointments when their visit is called and when it ends.
  const queue = new QueueService(clinic, rooms, [new AppointmentVisitSync()]);
  const panels = new PanelsService();
  const patients = new PatientsService(clinic, users, panels);
  return {
    users,
    auth: new AuthService(hasher, users),
    clinic,
    backups: new BackupService(store, auditLog),
    panels,
    patients,
    patientPhotos: new PatientPhotosService(),
    patientImport: new PatientImportService(patients, new ImportStaging(IMPORT_TTL_MS)),
    rooms,
    queue,
    ticketPrinting: new TicketPrinting(clinic, (settings) => openPrinter(settings)),
    appointments: buildAppointmentServices({ clinic, users, rooms, queue }),
  };
}
