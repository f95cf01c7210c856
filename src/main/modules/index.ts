import type { AnyModule } from '../api/core/module';
import { SettingEntity } from '../settings/entities';
import { appointmentsModule } from './appointments';
import { auditModule } from './audit';
import { authModule } from './auth';
import { backupModule } from './backup';
import { chartModule } from './chart';
import { clinicModule } from './clinic';
import { consultationModule } from './consultation';
import { diagnosesModule } from './diagnoses';
import { doctorFeesModule } from './doctor-fees';
import { documentsModule } from './documents';
import { feesModule } from './fees';
import { einvoiceModule } from './einvoice';
import { dispensingModule } from './dispensing';
import { fhirExportModule } from './fhir-export';
import { medicinesModule } from './medicines';
import { panelsModule } from './panels';
import { patientsModule } from './patients';
import { prescriptionsModule } from './prescriptions';
import { purchasingModule } from './purchasing';
import { registersModule } from './registers';
import { queueModule } from './queue';
import { roomsModule } from './rooms';
import { suppliersModule } from './suppliers';
import { billingModule } from './billing';
import { ledgerModule } from './ledger';
import { setupModule } from './setup';
import { stockModule } from './stock';
import { stockTakeModule } from './stock-take';
import { usersModule } from './users';
import { vitalsModule } from './vitals';
import { visitDocumentsModule } from './visit-documents';
import { claimsModule } from './claims';
import { aiModule } from './ai';
import { scribeModule } from './scribe';

/**
 * Every module of the clinic, the one list the hub assembles: their tables, their services (each
 * built after the modules it needs), their routes in the API, their domain-event listeners and
 * first-run data. A new module is a folder with an index.ts, and one line here.
 */
export const MODULES = [
  setupModule,
  usersModule,
  authModule,
  clinicModule,
  auditModule,
  backupModule,
  documentsModule,
  panelsModule,
  roomsModule,
  patientsModule,
  queueModule,
  appointmentsModule,
  consultationModule,
  prescriptionsModule,
  registersModule,
  medicinesModule,
  diagnosesModule,
  chartModule,
  vitalsModule,
  visitDocumentsModule,
  fhirExportModule,
  stockModule,
  dispensingModule,
  suppliersModule,
  purchasingModule,
  stockTakeModule,
  billingModule,
  feesModule,
  doctorFeesModule,
  einvoiceModule,
  claimsModule,
  ledgerModule,
  aiModule,
  scribeModule,
] as const satisfies readonly AnyModule[];

/** Every table the store maps: the settings' and every module's. */
export const ENTITIES = [SettingEntity, ...MODULES.flatMap((module) => module.entities)];

export { clinicKey, profileSettings, securitySettings } from './clinic';
export { displaySettings } from './queue';
export { usersKey } from './users';
export { backupKey, backupSettings } from './backup';
