import { IsNull } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type {
  Patient,
  PatientFields,
  PatientSearchResult,
  PatientVersion,
} from '../../../shared/schemas/patients';
import { looksLikeMyKad } from '../../../shared/identity/mykad';
import { auditPatientRead } from '../../audit/patient-reads';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { AuditAction } from '../../../shared/audit-actions';
import { AppError } from '../../errors/app-error';
import { humanNumber, nextInSequence } from '../../store/sequences';
import type { ClinicService } from '../clinic';
import type { PanelsService } from '../panels';
import type { UsersService } from '../users';
import { PatientEntity, PatientVersionEntity, type PatientRecord } from './entities';
import { compactIdentityNo, mykadOrOtherOnFile } from './identity-on-file';
import { mergeClinicalLists } from './merge-lists';
import { noKnownAllergiesAfterSave } from './no-known-allergies';
import { normalisePatientFields } from './patient-fields';
import { PatientSearch } from './patient-search';
import { notPendingImport } from './pending-imports';

/** The sequence MRNs are drawn from; a chain gives each branch its own name later. */
export const MRN_SEQUENCE = 'mrn';

/**
 * The patient registry: one record per person, identified by a checked identity document,
 * with every saved version kept. Records are never deleted; a duplicate is merged into the
 * record that survives.
 */
export class PatientsService {
  /** Search as you type: its statements are prepared once, not in every call's transaction. */
  private readonly finder = new PatientSearch();

  constructor(
    private readonly users: UsersService,
    private readonly panels: PanelsService,
    private readonly clinic: ClinicService,
  ) {}

  async register(uow: UnitOfWork, input: PatientFields & { confirmPossibleDuplicate?: boolean; confirmOtherDocument?: boolean }): Promise<Patient> {
    const { confirmPossibleDuplicate, confirmOtherDocument, ...typed } = input;
    const { noKnownAllergies, ...fields } = await this.checkedFields(uow, typed);
    if (!confirmOtherDocument && fields.identityType === 'other' && looksLikeMyKad(fields.identityNo)) {
      throw new AppError('IDENTITY_LOOKS_LIKE_MYKAD', { fields: ['identityNo'] });
    }
    await this.panels.assertMemberships(uow, fields.panels, []);
    await this.assertIdentityFree(uow, fields, null);
    if (!confirmPossibleDuplicate) await this.assertNoNamesake(uow, fields);
    const record = newPatientRecord(fields, { id: uuidv7(), mrnValue: await nextInSequence(uow.db, MRN_SEQUENCE), at: uow.now, by: uow.actor?.userId ?? null });
    record.noKnownAllergiesRecorded = await noKnownAllergiesAfterSave(uow, this.users, noKnownAllergies, fields.allergies, null);
    await uow.db.getRepository(PatientEntity).insert(record);
    const patient = toPatient(record);
    await uow.audit({ action: 'patient.register', entity: 'patient', entityId: patient.id, after: patient });
    return patient;
  }

  async update(uow: UnitOfWork, input: PatientFields & { id: string; version: number }): Promise<Patient> {
    const { id, version, ...typed } = input;
    const before = await this.record(uow, id);
    if (before.mergedIntoId) throw new AppError('CONFLICT', { reason: 'merged', mergedIntoId: before.mergedIntoId });
    if (before.version !== version) throw new AppError('CONFLICT', { reason: 'stale', currentVersion: before.version });
    const { noKnownAllergies, ...fields } = await this.checkedFields(uow, typed);
    await this.panels.assertMemberships(uow, fields.panels, before.panels);
    await this.assertIdentityFree(uow, fields, id);
    const noKnownAllergiesRecorded = await noKnownAllergiesAfterSave(uow, this.users, noKnownAllergies, fields.allergies, before.noKnownAllergiesRecorded);
    return this.save(uow, before, { ...fields, noKnownAllergiesRecorded }, 'patient.update');
  }

  /** A clinical read: who opened which record is kept in the audit log. */
  async get(uow: UnitOfWork, id: string): Promise<Patient> {
    const patient = toPatient(await this.record(uow, id));
    await auditPatientRead(uow, 'record', id);
    return patient;
  }

  async search(uow: UnitOfWork, query: string): Promise<PatientSearchResult[]> {
    return this.finder.find(uow.db, query);
  }

  /** Every version of the record, newest (the record as it is now) first. */
  async history(uow: UnitOfWork, id: string): Promise<PatientVersion[]> {
    const current = await this.record(uow, id);
    const superseded = await uow.db.getRepository(PatientVersionEntity).find({ where: { patientId: id }, order: { version: 'DESC' } });
    const versions = [{ version: current.version, snapshot: current, changedAt: current.updatedAt, changedBy: current.updatedBy }, ...superseded];
    const names = new Map<string, string>();
    for (const userId of new Set(versions.flatMap((v) => (v.changedBy ? [v.changedBy] : [])))) {
      names.set(userId, (await this.users.record(uow, userId)).displayName);
    }
    return versions.map((v) => ({
      version: v.version,
      snapshot: toPatient(v.snapshot),
      changedAt: v.changedAt,
      changedBy: v.changedBy,
      changedByName: v.changedBy ? (names.get(v.changedBy) ?? null) : null,
    }));
  }

  /**
   * Folds a duplicate record into the one that survives. The duplicate stays (marked, out of
   * search, with its history); its allergies, conditions, alerts and phones join the survivor's,
   * so merging never loses a clinical warning.
   */
  async merge(uow: UnitOfWork, survivorId: string, mergedId: string): Promise<Patient> {
    const survivor = await this.record(uow, survivorId);
    const merged = await this.record(uow, mergedId);
    for (const patient of [survivor, merged]) {
      if (patient.mergedIntoId) throw new AppError('CONFLICT', { reason: 'merged', id: patient.id, mergedIntoId: patient.mergedIntoId });
    }
    await this.save(uow, merged, { mergedIntoId: survivor.id }, 'patient.mergedAway');
    return this.save(uow, survivor, mergeClinicalLists(survivor, merged), 'patient.merge');
  }

  /** Saves a new version of the record; the one it replaces is kept, with when and by whom it had been saved. */
  private async save(uow: UnitOfWork, current: PatientRecord, changes: Partial<Patient>, action: AuditAction): Promise<Patient> {
    const before = toPatient(current);
    const version = before.version + 1;
    const result = await uow.db
      .getRepository(PatientEntity)
      .update({ id: before.id, version: before.version }, { ...changes, version, updatedAt: uow.now.toISOString(), updatedBy: uow.actor?.userId ?? null });
    if (result.affected !== 1) throw new AppError('CONFLICT', { reason: 'stale' });
    await uow.db.getRepository(PatientVersionEntity).insert({ patientId: before.id, version: before.version, snapshot: before, changedAt: current.updatedAt, changedBy: current.updatedBy });
    const after = toPatient(await this.record(uow, before.id));
    await uow.audit({ action, entity: 'patient', entityId: before.id, before, after });
    return after;
  }

  private async record(uow: UnitOfWork, id: string): Promise<PatientRecord> {
    const record = await uow.db.getRepository(PatientEntity).findOneBy({ id });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'patient', id });
    return record;
  }

  /** The fields as they will be stored (see normalisePatientFields), or the reason they are refused. */
  private async checkedFields(uow: UnitOfWork, input: PatientFields): Promise<PatientFields> {
    const checked = normalisePatientFields(input, uow.clock.today(), await this.clinic.phoneCountry(uow));
    if (checked.ok) return checked.fields;
    if (checked.code === 'PHONE_INVALID') throw new AppError('PHONE_INVALID', { fields: [checked.field] });
    if (checked.code === 'IDENTITY_INVALID') throw new AppError('IDENTITY_INVALID', { reason: checked.reason, fields: ['identityNo'] });
    throw new AppError('VALIDATION_FAILED', { fields: [checked.field], issues: [{ path: checked.field, kind: 'outOfRange', limit: null }] });
  }

  private async assertIdentityFree(uow: UnitOfWork, fields: Pick<PatientFields, 'identityType' | 'identityNo'>, exceptId: string | null): Promise<void> {
    const existing = await uow.db
      .getRepository(PatientEntity)
      .findOneBy({ identityType: fields.identityType, identityNo: fields.identityNo, mergedIntoId: IsNull() });
    // The same card kept under the other type, or with other separators (`530321 04 4869` as another document).
    const onFile = existing ?? (await mykadOrOtherOnFile(uow.db, fields.identityType, [fields.identityNo])).get(compactIdentityNo(fields.identityNo));
    if (onFile && onFile.id !== exceptId) {
      throw new AppError('PATIENT_DUPLICATE_IDENTITY', { existingPatientId: onFile.id, existingMrn: onFile.mrn, fields: ['identityNo'] });
    }
  }

  /** Same name and birth date is often the same person registered under another document. */
  private async assertNoNamesake(uow: UnitOfWork, fields: Pick<PatientFields, 'fullName' | 'dateOfBirth'>): Promise<void> {
    if (!fields.dateOfBirth) return;
    const rows = await uow.db.query<{ id: string; mrn: string }[]>(
      `SELECT id, mrn FROM patients WHERE date_of_birth = ? AND full_name = ? COLLATE NOCASE AND merged_into_id IS NULL AND ${notPendingImport('patients')} LIMIT 1`,
      [fields.dateOfBirth, fields.fullName],
    );
    if (rows[0]) throw new AppError('PATIENT_POSSIBLE_DUPLICATE', { existingPatientId: rows[0].id, existingMrn: rows[0].mrn, fields: ['fullName', 'dateOfBirth'] });
  }
}

/** Where a new record comes from: its id, its number in the MRN sequence, when and by whom it is saved. */
export interface PatientOrigin {
  id: string;
  mrnValue: number;
  at: Date;
  by: string | null;
}

/** The first version of a patient record, making no "no known allergies" statement. */
export function newPatientRecord(fields: Omit<PatientFields, 'noKnownAllergies'>, origin: PatientOrigin): PatientRecord {
  const at = origin.at.toISOString();
  // Field by field, not `{ ...fields, id, … }`: V8 builds that spread-then-extend literal on its
  // slow path, about a fifth of a 100k-row CSV import's time.
  return {
    id: origin.id,
    mrn: humanNumber('MRN', origin.mrnValue),
    fullName: fields.fullName,
    identityType: fields.identityType,
    identityNo: fields.identityNo,
    nationality: fields.nationality,
    dateOfBirth: fields.dateOfBirth,
    sex: fields.sex,
    phones: fields.phones,
    email: fields.email,
    address: fields.address,
    postcode: fields.postcode,
    emergencyContact: fields.emergencyContact,
    employer: fields.employer,
    panels: fields.panels,
    allergies: fields.allergies,
    noKnownAllergiesRecorded: null,
    chronicConditions: fields.chronicConditions,
    alerts: fields.alerts,
    mergedIntoId: null,
    createdAt: at,
    updatedAt: at,
    updatedBy: origin.by,
    version: 1,
  };
}

/** Exactly the fields of a `Patient`, from a row (dropping who saved it) or a kept version. */
export function toPatient(record: Patient): Patient {
  return {
    id: record.id,
    mrn: record.mrn,
    fullName: record.fullName,
    identityType: record.identityType,
    identityNo: record.identityNo,
    nationality: record.nationality,
    dateOfBirth: record.dateOfBirth,
    sex: record.sex,
    phones: record.phones,
    email: record.email,
    address: record.address,
    postcode: record.postcode,
    emergencyContact: record.emergencyContact,
    employer: record.employer,
    panels: record.panels,
    allergies: record.allergies,
    // Versions kept before the statement existed lack it: they made none.
    noKnownAllergiesRecorded: record.noKnownAllergiesRecorded ?? null,
    chronicConditions: record.chronicConditions,
    alerts: record.alerts,
    mergedIntoId: record.mergedIntoId,
    version: record.version,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

