import { v7 as uuidv7 } from 'uuid';
import type { CheckInInput, CheckInResult, QueueBoard, QueueEntryView, Room, RoomQueue } from '../../../shared/schemas/queue';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { AuditAction } from '../../../shared/audit-actions';
import { AppError } from '../../errors/app-error';
import { nextInSequence } from '../../store/sequences';
import type { ClinicService } from '../clinic';
import type { PatientDirectory } from '../patients';
import type { RoomsService } from '../rooms';
import type { SettingsStore } from '../../settings/settings-store';
import { displaySettings } from './display-settings';
import { QueueEntryEntity, VisitEntity, type QueueEntryRecord, type VisitRecord } from './entities';
import { readBoard } from './queue-board';
import { TicketReader, toEntryView, type RoomTicket } from './queue-read';
import { callOrder, canTake, countDownSkips, frontPosition, isOpen, minutesBetween, NO_SHOW_UNDO_MINUTES, ticketNumber, ticketSequence, visitStatusAfter, type QueueAction } from './queue-rules';

/**
 * Walk-ins and the queues of each room: check-in opens a visit with the day's ticket number,
 * and the ticket moves through the rooms (consultation → pharmacy → payment) until the visit
 * is done. Every step is audited under the entity `queue`, which is what the display watches.
 * A visit's first call and its end are raised as `visit.called` and `visit.closed`, a no-show
 * taken back as `visit.reopened`.
 */
export class QueueService {
  private readonly tickets: TicketReader;

  constructor(
    private readonly clinic: ClinicService,
    private readonly rooms: RoomsService,
    private readonly patients: PatientDirectory,
    private readonly settings: SettingsStore,
  ) {
    this.tickets = new TicketReader(patients);
  }

  async checkIn(uow: UnitOfWork, input: CheckInInput): Promise<CheckInResult> {
    await this.patients.assertActive(uow, input.patientId);
    const room = await this.rooms.active(uow, input.roomId);
    const clinicDate = uow.clock.today();
    const open = await uow.db.getRepository(VisitEntity).findOneBy({ patientId: input.patientId, clinicDate, status: 'open' });
    if (open) throw new AppError('VISIT_ALREADY_OPEN', { ticketNo: open.ticketNo });
    const now = uow.now.toISOString();
    const visit: VisitRecord = {
      id: uuidv7(),
      patientId: input.patientId,
      clinicDate,
      chiefComplaint: input.chiefComplaint,
      priority: input.priority,
      emergencyReason: input.priority === 'emergency' ? (input.emergencyReason ?? null) : null,
      ticketNo: ticketNumber(room.ticketPrefix, await nextInSequence(uow.db, ticketSequence(room.ticketPrefix, clinicDate))),
      status: 'open',
      createdAt: now,
      updatedAt: now,
    };
    await uow.db.getRepository(VisitEntity).insert(visit);
    const entry = await this.enqueue(uow, visit.id, room.id);
    const result: CheckInResult = { visitId: visit.id, entryId: entry.id, ticketNo: visit.ticketNo, roomId: room.id };
    await uow.audit({ action: 'queue.checkIn', entity: 'queue', entityId: visit.id, after: { ...result, priority: visit.priority, emergencyReason: visit.emergencyReason } });
    return result;
  }

  async list(uow: UnitOfWork, roomId: string): Promise<RoomQueue> {
    const room = await this.rooms.get(uow, roomId);
    const tickets = await this.tickets.room(uow, roomId, uow.clock.today());
    const current = currentOf(tickets);
    const waiting = callOrder(tickets).map((ticket, index) => toEntryView(ticket, index + 1, uow.now));
    return { room, current: current ? toEntryView(current, null, uow.now) : null, waiting };
  }

  /** Calls the next ticket; the one called before it in this room counts as seen. */
  async callNext(uow: UnitOfWork, roomId: string): Promise<QueueEntryView> {
    await this.rooms.get(uow, roomId);
    const tickets = await this.tickets.room(uow, roomId, uow.clock.today());
    const [next, ...rest] = callOrder(tickets);
    if (!next) throw new AppError('QUEUE_EMPTY', { roomId });
    for (const seen of tickets.filter((t) => t.status === 'called' || t.status === 'serving')) await this.move(uow, seen, 'done', {});
    for (const skipped of countDownSkips(rest.filter((t) => t.status === 'skipped'))) {
      await this.write(uow, skipped.id, { skipReturnsAfter: skipped.skipReturnsAfter });
    }
    return this.announce(uow, next, 'queue.call');
  }

  /** Announces the ticket being seen again, for a patient who did not hear it. */
  async recall(uow: UnitOfWork, roomId: string): Promise<QueueEntryView> {
    const current = currentOf(await this.tickets.room(uow, roomId, uow.clock.today()));
    if (!current) throw new AppError('QUEUE_NOTHING_CALLED', { roomId });
    return this.announce(uow, current, 'queue.recall');
  }

  async skip(uow: UnitOfWork, entryId: string, returnAfter: number): Promise<QueueEntryView> {
    const ticket = await this.ticketFor(uow, entryId, 'skip');
    return this.move(uow, ticket, 'skipped', { skipReturnsAfter: returnAfter });
  }

  async noShow(uow: UnitOfWork, entryId: string): Promise<QueueEntryView> {
    return this.move(uow, await this.ticketFor(uow, entryId, 'noShow'), 'no_show', {});
  }

  /** Takes a no-show back within NO_SHOW_UNDO_MINUTES: the ticket waits again where it was, and its visit is open again. */
  async undoNoShow(uow: UnitOfWork, entryId: string): Promise<QueueEntryView> {
    const ticket = await this.ticketFor(uow, entryId, 'undoNoShow');
    if (minutesBetween(ticket.updatedAt, uow.now) >= NO_SHOW_UNDO_MINUTES) throw new AppError('QUEUE_UNDO_TOO_LATE', { ticketNo: ticket.ticketNo, minutes: NO_SHOW_UNDO_MINUTES });
    await this.write(uow, ticket.id, { status: 'waiting' });
    await uow.db.getRepository(VisitEntity).update({ id: ticket.visitId }, { status: 'open', updatedAt: uow.now.toISOString() });
    await uow.audit({ action: 'queue.undoNoShow', entity: 'queue', entityId: ticket.id, before: { status: ticket.status }, after: { status: 'waiting', ticketNo: ticket.ticketNo } });
    await uow.raise('visit.reopened', { visitId: ticket.visitId });
    return toEntryView(await this.tickets.byId(uow, ticket.id), null, uow.now);
  }

  /** The patient's open visit today and where its ticket is now, or null when they are not in the queue. */
  async openVisitToday(uow: UnitOfWork, patientId: string): Promise<CheckInResult | null> {
    const open = await uow.db.getRepository(VisitEntity).findOneBy({ patientId, clinicDate: uow.clock.today(), status: 'open' });
    if (!open) return null;
    const entries = await uow.db.getRepository(QueueEntryEntity).findBy({ visitId: open.id });
    const current = entries.filter((e) => isOpen(e.status)).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    if (!current) return null;
    return { visitId: open.id, entryId: current.id, ticketNo: open.ticketNo, roomId: current.roomId };
  }

  /** Where this visit's ticket waits today, with its room; null when the visit has no open ticket. */
  async stationOf(uow: UnitOfWork, visit: { id: string; patientId: string }): Promise<{ entryId: string; ticketNo: string; room: Room } | null> {
    const ticket = await this.openVisitToday(uow, visit.patientId);
    if (!ticket || ticket.visitId !== visit.id) return null;
    return { entryId: ticket.entryId, ticketNo: ticket.ticketNo, room: await this.rooms.get(uow, ticket.roomId) };
  }

  async complete(uow: UnitOfWork, entryId: string): Promise<QueueEntryView> {
    return this.move(uow, await this.ticketFor(uow, entryId, 'complete'), 'done', {});
  }

  /** The patient leaves from this station, called or not: its work (medicines handed over, the bill paid) is what ended the visit. */
  async leave(uow: UnitOfWork, entryId: string): Promise<QueueEntryView> {
    return this.move(uow, await this.ticketFor(uow, entryId, 'leave'), 'done', {});
  }

  /** Ends a visit still open when the day closes: each ticket it still has leaves its queue. */
  async endVisit(uow: UnitOfWork, visitId: string): Promise<void> {
    const entries = await uow.db.getRepository(QueueEntryEntity).findBy({ visitId });
    for (const entry of entries.filter((e) => isOpen(e.status))) await this.leave(uow, entry.id);
  }

  /** Sends the ticket on to another room or station; it keeps its number and joins the end of that queue. */
  async transfer(uow: UnitOfWork, entryId: string, toRoomId: string): Promise<QueueEntryView> {
    const ticket = await this.ticketFor(uow, entryId, 'transfer');
    const room = await this.rooms.active(uow, toRoomId);
    if (room.id === ticket.roomId) throw new AppError('QUEUE_WRONG_STATE', { action: 'transfer', status: ticket.status });
    // Queued in the next room first, so the visit is still open when this ticket leaves.
    const entry = await this.enqueue(uow, ticket.visitId, room.id);
    await this.move(uow, ticket, 'transferred', {});
    await uow.audit({ action: 'queue.transferIn', entity: 'queue', entityId: entry.id, after: { ticketNo: ticket.ticketNo, fromRoomId: ticket.roomId, toRoomId: room.id } });
    return toEntryView(await this.tickets.byId(uow, entry.id), null, uow.now);
  }

  /** An emergency goes to the front of the room's queue; who did it and why is in the audit log. */
  async jump(uow: UnitOfWork, entryId: string, reason: string): Promise<QueueEntryView> {
    const ticket = await this.ticketFor(uow, entryId, 'jump');
    const tickets = await this.tickets.room(uow, ticket.roomId, uow.clock.today());
    const others = tickets.filter((t) => t.id !== ticket.id);
    await uow.db.getRepository(VisitEntity).update({ id: ticket.visitId }, { priority: 'emergency', emergencyReason: reason, updatedAt: uow.now.toISOString() });
    await this.write(uow, ticket.id, { status: 'waiting', skipReturnsAfter: null, position: frontPosition(others) });
    const after = await this.tickets.byId(uow, ticket.id);
    await uow.audit({
      action: 'queue.jump',
      entity: 'queue',
      entityId: ticket.id,
      before: { ticketNo: ticket.ticketNo, priority: ticket.priority, status: ticket.status },
      after: { ticketNo: after.ticketNo, priority: after.priority, status: after.status, reason },
    });
    return toEntryView(after, 1, uow.now);
  }

  async board(uow: UnitOfWork): Promise<QueueBoard> {
    const { name } = await this.clinic.profile(uow);
    const display = await this.settings.get(uow, displaySettings);
    return readBoard(await this.tickets.day(uow, uow.clock.today()), { clinicName: name, display }, await this.rooms.list(uow), uow.now);
  }

  private async ticketFor(uow: UnitOfWork, entryId: string, action: QueueAction): Promise<RoomTicket> {
    const ticket = await this.tickets.byId(uow, entryId);
    if (!canTake(action, ticket.status)) throw new AppError('QUEUE_WRONG_STATE', { action, status: ticket.status, ticketNo: ticket.ticketNo });
    return ticket;
  }

  private async enqueue(uow: UnitOfWork, visitId: string, roomId: string): Promise<QueueEntryRecord> {
    const now = uow.now.toISOString();
    const entry: QueueEntryRecord = {
      id: uuidv7(),
      visitId,
      roomId,
      status: 'waiting',
      position: uow.now.getTime(),
      skipReturnsAfter: null,
      calledAt: null,
      calledCount: 0,
      createdAt: now,
      updatedAt: now,
    };
    await uow.db.getRepository(QueueEntryEntity).insert(entry);
    return entry;
  }

  private async announce(uow: UnitOfWork, ticket: RoomTicket, action: AuditAction): Promise<QueueEntryView> {
    await this.write(uow, ticket.id, { status: 'called', calledAt: uow.now.toISOString(), calledCount: ticket.calledCount + 1, skipReturnsAfter: null });
    const after = await this.tickets.byId(uow, ticket.id);
    await uow.audit({ action, entity: 'queue', entityId: ticket.id, after: { ticketNo: after.ticketNo, roomId: after.roomId, calledCount: after.calledCount } });
    if (ticket.calledCount === 0) await uow.raise('visit.called', { visitId: ticket.visitId });
    return toEntryView(after, null, uow.now);
  }

  /** Moves a ticket to a new state, closes its visit when nothing of it is left open, and audits. */
  private async move(uow: UnitOfWork, ticket: RoomTicket, status: QueueEntryRecord['status'], changes: Partial<QueueEntryRecord>): Promise<QueueEntryView> {
    await this.write(uow, ticket.id, { ...changes, status });
    const entries = await uow.db.getRepository(QueueEntryEntity).findBy({ visitId: ticket.visitId });
    const visitStatus = visitStatusAfter(entries);
    await uow.db.getRepository(VisitEntity).update({ id: ticket.visitId }, { status: visitStatus, updatedAt: uow.now.toISOString() });
    await uow.audit({ action: `queue.${status}`, entity: 'queue', entityId: ticket.id, before: { status: ticket.status }, after: { status, ticketNo: ticket.ticketNo, ...changes } });
    if (visitStatus !== 'open') await uow.raise('visit.closed', { visitId: ticket.visitId, status: visitStatus });
    return toEntryView(await this.tickets.byId(uow, ticket.id), null, uow.now);
  }

  private async write(uow: UnitOfWork, entryId: string, changes: Partial<QueueEntryRecord>): Promise<void> {
    await uow.db.getRepository(QueueEntryEntity).update({ id: entryId }, { ...changes, updatedAt: uow.now.toISOString() });
  }
}

/** The ticket being seen in a room now: the latest one called. */
function currentOf(tickets: RoomTicket[]): RoomTicket | undefined {
  return tickets.filter((t) => t.status === 'called' || t.status === 'serving').sort((a, b) => (b.calledAt ?? '').localeCompare(a.calledAt ?? ''))[0];
}
