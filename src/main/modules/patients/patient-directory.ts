import { In } from 'typeorm';
import type { IdentityType } from '../../../shared/identity/identity';
import type { Sex } from '../../../shared/identity/mykad';
import type { Allergy } from '../../../shared/schemas/patients';
import type { PanelMembership } from '../../../shared/schemas/panels';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import { PatientEntity } from './entities';

/** What other modules show of a patient they refer to: the name and MRN, nothing clinical. */
export interface PatientLabel {
  fullName: string;
  mrn: string;
}

/** Who a document is for, as printed on it: the name and the identity document's number. */
export interface PatientIdentity {
  fullName: string;
  identityType: IdentityType;
  identityNo: string;
}

/**
 * What the clinical modules need of a patient to check their work: age (reference ranges, doses
 * for children) and sex, and the allergies on the record (prescription checks). The caller audits
 * its own read of the chart.
 */
export interface ClinicalFacts {
  patientId: string;
  dateOfBirth: string | null;
  sex: Sex | null;
  allergies: Allergy[];
}

/**
 * The patients module's answer to other modules that refer to patients (the queue, appointments,
 * and the clinical modules to come): whether a record may take new work, the names to show for a
 * list of ids, and the records merged into one. Nothing else of the registry is theirs to read;
 * these look-ups are not audited as reads of a record (they show a name on a list).
 */
export class PatientDirectory {
  /** A patient who may be checked in or booked: exists and was not merged into another record. */
  async assertActive(uow: UnitOfWork, patientId: string): Promise<void> {
    const row = await uow.db.getRepository(PatientEntity).findOne({ where: { id: patientId }, select: { id: true, mergedIntoId: true } });
    if (!row) throw new AppError('NOT_FOUND', { entity: 'patient', id: patientId });
    if (row.mergedIntoId) throw new AppError('CONFLICT', { reason: 'merged', mergedIntoId: row.mergedIntoId });
  }

  /** Name and MRN of each id that exists, in one query. */
  async labelsOf(uow: UnitOfWork, patientIds: readonly string[]): Promise<Map<string, PatientLabel>> {
    const ids = [...new Set(patientIds)];
    if (ids.length === 0) return new Map();
    const rows = await uow.db.getRepository(PatientEntity).find({ where: { id: In(ids) }, select: { id: true, fullName: true, mrn: true } });
    return new Map(rows.map((row) => [row.id, { fullName: row.fullName, mrn: row.mrn }]));
  }

  /** The panel cards on the patient's record, as the front desk recorded them: what the counter may bill a panel by. */
  async panelsOf(uow: UnitOfWork, patientId: string): Promise<PanelMembership[]> {
    const row = await uow.db.getRepository(PatientEntity).findOne({ where: { id: patientId }, select: { id: true, panels: true } });
    if (!row) throw new AppError('NOT_FOUND', { entity: 'patient', id: patientId });
    return row.panels;
  }

  /** The name and identity document printed on a certificate or letter the clinic issues for the patient. */
  async identityOf(uow: UnitOfWork, patientId: string): Promise<PatientIdentity> {
    const row = await uow.db.getRepository(PatientEntity).findOne({ where: { id: patientId }, select: { id: true, fullName: true, identityType: true, identityNo: true } });
    if (!row) throw new AppError('NOT_FOUND', { entity: 'patient', id: patientId });
    return { fullName: row.fullName, identityType: row.identityType, identityNo: row.identityNo };
  }

  async clinicalFacts(uow: UnitOfWork, patientId: string): Promise<ClinicalFacts> {
    const row = await uow.db.getRepository(PatientEntity).findOne({ where: { id: patientId }, select: { id: true, dateOfBirth: true, sex: true, allergies: true } });
    if (!row) throw new AppError('NOT_FOUND', { entity: 'patient', id: patientId });
    return { patientId: row.id, dateOfBirth: row.dateOfBirth ?? null, sex: row.sex ?? null, allergies: row.allergies };
  }

  /**
   * The record and every record merged into it, directly or through a chain (A into B, B into C),
   * with their MRNs. Other modules keep their rows on the record they were made for, so the
   * survivor's history reads them all through this.
   */
  async mergeGroup(uow: UnitOfWork, patientId: string): Promise<Map<string, string>> {
    const rows = await uow.db.query<{ id: string; mrn: string }[]>(MERGE_GROUP_QUERY, [patientId]);
    if (rows.length === 0) throw new AppError('NOT_FOUND', { entity: 'patient', id: patientId });
    return new Map(rows.map((row) => [row.id, row.mrn]));
  }
}

/** Exported so a test can check its query plan. */
export const MERGE_GROUP_QUERY = `
  WITH RECURSIVE grp(id) AS (SELECT ? UNION SELECT p.id FROM patients p JOIN grp ON p.merged_into_id = grp.id)
  SELECT p.id, p.mrn FROM patients p JOIN grp ON grp.id = p.id`;
