import type { VisitHistoryInput, VisitHistoryPage, VisitSummary } from '../../../shared/schemas/queue';
import { LessThanOrEqual } from 'typeorm';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { PatientDirectory } from '../patients';
import { VisitEntity, type VisitRecord } from './entities';
import { visitHistory } from './visit-history';

/**
 * The queue module's answer to modules that record things against a visit (vitals, notes,
 * prescriptions, documents): the visit, and whether it may still take new clinical work.
 */
export class VisitDirectory {
  constructor(private readonly patients: PatientDirectory) {}

  /** A patient's visits, merged duplicates' included, newest first, a page at a time (see visit-history.ts). */
  history(uow: UnitOfWork, input: Required<Pick<VisitHistoryInput, 'patientId' | 'limit'>> & Pick<VisitHistoryInput, 'cursor'>): Promise<VisitHistoryPage> {
    return visitHistory(uow, this.patients, input);
  }

  async get(uow: UnitOfWork, visitId: string): Promise<VisitSummary> {
    const row = await uow.db.getRepository(VisitEntity).findOneBy({ id: visitId });
    if (!row) throw new AppError('NOT_FOUND', { entity: 'visit', id: visitId });
    return toSummary(row);
  }

  /** Visits still open on this clinic day or carried over from an earlier one, oldest first: what closing the day must end or carry. */
  async openOn(uow: UnitOfWork, clinicDate: string): Promise<VisitSummary[]> {
    const rows = await uow.db.getRepository(VisitEntity).find({ where: { status: 'open', clinicDate: LessThanOrEqual(clinicDate) }, order: { createdAt: 'ASC' } });
    return rows.map(toSummary);
  }

  /** How many visits the clinic day had, whatever became of them. */
  countOn(uow: UnitOfWork, clinicDate: string): Promise<number> {
    return uow.db.getRepository(VisitEntity).countBy({ clinicDate });
  }

  /** The visit, refused with VISIT_CLOSED once it has ended (done or no-show): finished visits take amendments only. */
  async open(uow: UnitOfWork, visitId: string): Promise<VisitSummary> {
    const visit = await this.get(uow, visitId);
    if (visit.status !== 'open') throw new AppError('VISIT_CLOSED', { ticketNo: visit.ticketNo, status: visit.status });
    return visit;
  }
}

function toSummary(row: VisitRecord): VisitSummary {
  return { id: row.id, patientId: row.patientId, clinicDate: row.clinicDate, ticketNo: row.ticketNo, chiefComplaint: row.chiefComplaint, priority: row.priority, status: row.status, createdAt: row.createdAt };
}
