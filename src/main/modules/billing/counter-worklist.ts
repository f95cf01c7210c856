import type { CounterVisit } from '../../../shared/schemas/billing';
import { clinicInstant } from '../../../shared/clinic-time';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ConsultationServices } from '../consultation';
import type { PatientDirectory } from '../patients';
import type { VisitDirectory } from '../queue';
import { InvoiceEntity } from './entities';

/** The cashier's list: today's finished visits still to invoice or with a balance owed, oldest first. */
export class CounterWorklist {
  constructor(
    private readonly encounters: ConsultationServices['encounters'],
    private readonly visits: VisitDirectory,
    private readonly patients: PatientDirectory,
  ) {}

  async today(uow: UnitOfWork): Promise<CounterVisit[]> {
    const dayBegan = clinicInstant(uow.clock.today(), '00:00', uow.clock.zone).toISOString();
    const finished = await this.encounters.finishedSince(uow, dayBegan);
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
      const balanceSen = invoice ? invoice.totalSen + invoice.roundingSen - invoice.paidSen : null;
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
}
