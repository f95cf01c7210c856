import type { CounterVisit } from '../../../shared/schemas/billing';
import { addDays, clinicDaysSpan } from '../../../shared/clinic-time';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ConsultationServices } from '../consultation';
import type { PatientDirectory } from '../patients';
import type { VisitDirectory } from '../queue';
import { InvoiceEntity } from './entities';
import { balanceOf } from './invoice-balance';

/** The cashier's list: today's finished visits, and those carried over from an earlier day, still to invoice or with a balance owed, oldest first. */
export class CounterWorklist {
  constructor(
    private readonly encounters: ConsultationServices['encounters'],
    private readonly visits: VisitDirectory,
    private readonly patients: PatientDirectory,
  ) {}

  async today(uow: UnitOfWork): Promise<CounterVisit[]> {
    const today = uow.clock.today();
    return this.on(uow, today, await this.carriedOver(uow, today));
  }

  /** The visits finished on a clinic day (and any carried over to it) still to invoice or owing: what the day's closing lists. */
  async on(uow: UnitOfWork, clinicDate: string, carried: readonly FinishedVisit[] = []): Promise<CounterVisit[]> {
    const day = clinicDaysSpan(clinicDate, clinicDate, uow.clock.zone);
    const finished = [...carried, ...(await this.encounters.finishedSince(uow, day.start)).filter((visit) => visit.finishedAt < day.end)];
    const invoices = await uow.db
      .getRepository(InvoiceEntity)
      .createQueryBuilder('i')
      .where('i.visit_id IN (:...ids)', { ids: finished.length > 0 ? finished.map((visit) => visit.visitId) : [''] })
      .andWhere("i.status <> 'void'")
      .andWhere("i.portion = 'patient'")
      .getMany();
    const invoiceOf = new Map(invoices.map((invoice) => [invoice.visitId, invoice]));
    const labels = await this.patients.labelsOf(uow, finished.map((visit) => visit.patientId));
    const waiting: CounterVisit[] = [];
    for (const { visitId, patientId, finishedAt } of finished) {
      const invoice = invoiceOf.get(visitId);
      const balanceSen = invoice ? balanceOf(invoice) : null;
      if (balanceSen === 0) continue;
      const visit = await this.visits.get(uow, visitId);
      waiting.push({
        visitId,
        ticketNo: visit.ticketNo,
        patientName: labels.get(patientId)?.fullName ?? '',
        mrn: labels.get(patientId)?.mrn ?? '',
        finishedAt,
        invoice: invoice && balanceSen !== null ? { id: invoice.id, number: invoice.number, status: invoice.status, balanceSen } : null,
      });
    }
    return waiting;
  }

  /** Visits an earlier day's closing carried over whose consultation is finished: their bills wait at today's counter. */
  private async carriedOver(uow: UnitOfWork, today: string): Promise<FinishedVisit[]> {
    const finished: FinishedVisit[] = [];
    for (const visit of await this.visits.openOn(uow, addDays(today, -1))) {
      const { encounter } = await this.encounters.forVisit(uow, visit.id);
      if (encounter?.signedAt) finished.push({ visitId: visit.id, patientId: visit.patientId, finishedAt: encounter.signedAt });
    }
    return finished;
  }
}

interface FinishedVisit {
  visitId: string;
  patientId: string;
  finishedAt: string;
}
