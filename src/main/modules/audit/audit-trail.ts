import type { AuditActor, AuditEntry, AuditSubject, ListedAuditEntry } from '../../../shared/schemas/audit';
import type { SqlCondition } from '../../audit/audit-log';
import type { PatientRecords } from '../../audit/patient-records';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { PatientDirectory } from '../patients';
import type { UsersService } from '../users';
import { patientsOfRecords, patientTrail } from './patient-trail';

/** Records whose audit rows name a user: their account, their sign-ins, their weekly hours. */
const USER_RECORDS: readonly string[] = ['user', 'sign-in', 'schedule'];

/**
 * Puts the audit log into the words the screen shows: whom each entry is about, as a patient's
 * name and MRN or a user's name, looked up once for a whole page rather than row by row.
 */
export class AuditTrail {
  constructor(
    private readonly patients: PatientDirectory,
    private readonly users: UsersService,
    /** The other modules' word on whose their records are (appointments, visits, queue tickets, documents). */
    private readonly records: readonly PatientRecords[],
  ) {}

  /** The log's rows about one patient, as a condition on the list. */
  trailOf(patientId: string): SqlCondition {
    return patientTrail(patientId, this.records);
  }

  async describe(uow: UnitOfWork, entries: readonly AuditEntry[]): Promise<ListedAuditEntry[]> {
    const patientOf = await this.patientsOfRecords(uow, entries);
    const labels = await this.patients.labelsOf(uow, [...patientOf.values()]);
    const userIds = new Set(entries.filter((entry) => USER_RECORDS.includes(entry.entity) && entry.entityId).map((entry) => entry.entityId));
    const userNames = userIds.size === 0 ? new Map<string, string>() : new Map((await this.users.list(uow)).map((user) => [user.id, user.displayName]));
    return entries.map((entry) => ({ ...entry, subject: subjectOf(entry, patientOf, labels, userNames) }));
  }

  /** Everyone who may appear as an actor: the clinic's users, by name. */
  async actors(uow: UnitOfWork): Promise<AuditActor[]> {
    const users = await this.users.list(uow);
    return users.map((user) => ({ userId: user.id, name: user.displayName })).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Row key (`entity:id`) to patient id, for every row that is about a patient. */
  private async patientsOfRecords(uow: UnitOfWork, entries: readonly AuditEntry[]): Promise<Map<string, string>> {
    const patientOf = new Map<string, string>();
    for (const entry of entries) {
      if (entry.entity === 'patient' && entry.entityId) patientOf.set(keyOf(entry.entity, entry.entityId), entry.entityId);
    }
    const query = patientsOfRecords(entries, this.records);
    if (query) {
      const rows = await uow.db.query<{ entity: string; id: string; patient_id: string | null }[]>(query.sql, [...query.params]);
      for (const row of rows) if (row.patient_id) patientOf.set(keyOf(row.entity, row.id), row.patient_id);
    }
    return patientOf;
  }
}

function keyOf(entity: string, id: string): string {
  return `${entity}:${id}`;
}

function subjectOf(entry: AuditEntry, patientOf: Map<string, string>, labels: Map<string, { fullName: string; mrn: string }>, userNames: Map<string, string>): AuditSubject | null {
  if (!entry.entityId) return null;
  const patientId = patientOf.get(keyOf(entry.entity, entry.entityId));
  const label = patientId ? labels.get(patientId) : undefined;
  if (patientId && label) return { kind: 'patient', patientId, fullName: label.fullName, mrn: label.mrn };
  const userName = USER_RECORDS.includes(entry.entity) ? userNames.get(entry.entityId) : undefined;
  if (userName) return { kind: 'user', userId: entry.entityId, name: userName };
  return null;
}
