import type { ClosedDay, CloseDayInput, DayReport } from '../../../shared/schemas/till';
import { closeDayInputSchema, netTakenSen } from '../../../shared/schemas/till';
import { dayMonthYear } from '../../documents';
import { AppError } from '../../errors/app-error';
import { humanNumber, nextInSequence } from '../../store/sequences';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { QueueService } from '../queue';
import type { UsersService } from '../users';
import type { CashierSessions } from './cashier-sessions';
import { assertDayOpen } from './day-lock';
import type { DayReports } from './day-report';
import { ClinicDayEntity, reportOf } from './till-entities';

/**
 * Closing the clinic day: every till session counted and closed, every visit still in a queue
 * ended or carried over by a person's choice, then a numbered Z report kept as it was. From then
 * on the day's invoices and payments are locked (day-lock.ts, and the store's triggers).
 */
export class DayClosing {
  constructor(
    private readonly sessions: CashierSessions,
    private readonly reports: DayReports,
    private readonly queue: QueueService,
    private readonly users: UsersService,
  ) {}

  /** The day's Z report: as it was closed, or what it would say if it closed now. */
  async report(uow: UnitOfWork, clinicDate: string): Promise<DayReport> {
    const closed = await uow.db.getRepository(ClinicDayEntity).findOneBy({ clinicDate });
    return closed ? reportOf(closed) : this.reports.build(uow, clinicDate);
  }

  async close(uow: UnitOfWork, raw: CloseDayInput): Promise<DayReport> {
    const input = closeDayInputSchema.parse(raw);
    const { clinicDate } = input;
    if (clinicDate > uow.clock.today()) throw new AppError('DAY_IN_FUTURE', { day: dayMonthYear(clinicDate) });
    await assertDayOpen(uow, clinicDate);
    const open = (await this.sessions.ofDay(uow, clinicDate)).filter((session) => session.status === 'open' && session.clinicDate <= clinicDate);
    if (open.length > 0) throw new AppError('DAY_HAS_OPEN_SESSION', { cashiers: open.map((session) => session.cashierName).join(', ') });
    const decided = new Map(input.openVisits.map((visit) => [visit.visitId, visit.action]));
    const inQueue = (await this.reports.openVisits(uow, clinicDate)).filter((visit) => visit.ticketOpen);
    const undecided = inQueue.filter((visit) => !decided.has(visit.visitId));
    if (undecided.length > 0) throw new AppError('DAY_HAS_OPEN_VISITS', { count: undecided.length, visits: undecided.map((visit) => visit.ticketNo) });
    for (const visit of inQueue) if (decided.get(visit.visitId) === 'end') await this.queue.endVisit(uow, visit.visitId);

    const built = await this.reports.build(uow, clinicDate);
    const year = clinicDate.slice(0, 4);
    const zNo = humanNumber(`Z-${year}`, await nextInSequence(uow.db, `z-report:${year}`), 4);
    const closedBy = uow.actor?.userId ?? null;
    const report: DayReport = {
      ...built,
      zNo,
      closedAt: uow.now.toISOString(),
      closedByName: closedBy ? ((await this.users.namesOf(uow, [closedBy])).get(closedBy) ?? null) : null,
      // What became of each visit that was in a queue, and what was still unbilled or owing without a ticket.
      openVisits: [...inQueue.map((visit) => ({ ...visit, action: decided.get(visit.visitId) ?? null })), ...built.openVisits.filter((visit) => !visit.ticketOpen && !decided.has(visit.visitId))],
    };
    await uow.db.getRepository(ClinicDayEntity).insert({ clinicDate, zNo, closedAt: report.closedAt ?? '', closedBy, reportJson: JSON.stringify(report) });
    await uow.audit({
      action: 'day.close',
      entity: 'clinicDay',
      entityId: clinicDate,
      after: { zNo, takenSen: report.takenSen, refundedSen: report.refundedSen, invoices: report.invoices.count, ended: inQueue.filter((visit) => decided.get(visit.visitId) === 'end').length, carried: inQueue.filter((visit) => decided.get(visit.visitId) === 'carry').length },
    });
    return report;
  }

  /** The days closed most recently, newest first. */
  async closedDays(uow: UnitOfWork, limit: number): Promise<ClosedDay[]> {
    const records = await uow.db.getRepository(ClinicDayEntity).find({ order: { clinicDate: 'DESC' }, take: limit });
    return records.map((record) => {
      const report = reportOf(record);
      return { clinicDate: record.clinicDate, zNo: record.zNo, closedAt: record.closedAt, closedByName: report.closedByName, netSen: netTakenSen(report) };
    });
  }
}
