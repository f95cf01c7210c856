import type { AuditLog } from '../audit/audit-log';
import { AuthService } from '../modules/auth/auth-service';
import { ClinicService } from '../modules/clinic/clinic-service';
import { PatientsService } from '../modules/patients/patients-service';
import { UsersService } from '../modules/users/users-service';
import type { PasswordHasher } from '../security/password-hasher';
import { BackupService } from '../store/backups';
import type { Store } from '../store/store';

/** Every domain service, built once per open store. */
export interface Services {
  users: UsersService;
  auth: AuthService;
  clinic: ClinicService;
  backups: BackupService;
  patients: PatientsService;
}

export function buildServices(store: Store, auditLog: AuditLog, hasher: PasswordHasher): Services {
  const users = new UsersService(hasher);
  const clinic = new ClinicService();
  return {
    users,
    auth: new AuthService(hasher, users),
    clinic,
    backups: new BackupService(store, auditLog),
    patients: new PatientsService(clinic, users),
  };
}
