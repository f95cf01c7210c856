import type { z } from 'zod';
import type { AppointmentCheckInResult, AppointmentView, checkInAppointmentInputSchema } from '../../../shared/schemas/appointments';
import type { CheckInResult } from '../../../shared/schemas/queue';
import type { UnitOfWork } from '../../work/unit-of-work';
import { AppError } from '../../errors/app-error';
import type { QueueService } from '../queue';
import { changeAppointment, loadAppointment } from './appointment-changes';
import type { AppointmentsService } from './appointments-service';
import { AppointmentEntity } from './entities';
import { canTake } from './status-rules';

type CheckInInput = z.output<typeof checkInAppointmentInputSchema>;

/**
 * The patient with an appointment arrives: the queue opens the visit and issues the ticket
 * under its own rules (one open visit a day, the room's ticket prefix), and the appointment
 * remembers the visit. Only on the appointment's own clinic day. A patient who was checked in
 * as a walk-in before anyone saw the appointment keeps that ticket: the appointment joins it.
 */
export class AppointmentCheckIn {
  constructor(
    private readonly queue: QueueService,
    private readonly appointments: AppointmentsService,
  ) {}

  /** A no-show only for a patient who is not here: one waiting in today's queue has come. */
  async noShow(uow: UnitOfWork, appointmentId: string): Promise<AppointmentView> {
    const appointment = await loadAppointment(uow, appointmentId);
    const open = await this.queue.openVisitToday(uow, appointment.patientId);
    if (open) throw new AppError('APPOINTMENT_PATIENT_IN_QUEUE', { ticketNo: open.ticketNo });
    return this.appointments.noShow(uow, appointmentId);
  }

  async checkIn(uow: UnitOfWork, input: CheckInInput): Promise<AppointmentCheckInResult> {
    const before = await loadAppointment(uow, input.appointmentId);
    if (!canTake('checkIn', before.status)) throw new AppError('APPOINTMENT_WRONG_STATE', { status: before.status, action: 'checkIn' });
    const date = uow.clock.dateOf(before.startsAt);
    if (date !== uow.clock.today()) throw new AppError('APPOINTMENT_WRONG_STATE', { status: before.status, action: 'checkIn', date });
    const open = await this.queue.openVisitToday(uow, before.patientId);
    const checkIn = open ? await this.joinable(uow, open) : await this.newVisit(uow, input, before);
    const note = open ? `${checkIn.ticketNo} (walk-in)` : checkIn.ticketNo;
    await changeAppointment(uow, before, 'checkIn', { visitId: checkIn.visitId }, note);
    return { appointment: await this.appointments.view(uow, before.id), checkIn, joinedVisit: open !== null };
  }

  /** One visit serves one appointment: a visit that already has one is the patient's other appointment today, checked in. */
  private async joinable(uow: UnitOfWork, open: CheckInResult): Promise<CheckInResult> {
    const taken = await uow.db.getRepository(AppointmentEntity).existsBy({ visitId: open.visitId });
    if (taken) throw new AppError('VISIT_ALREADY_OPEN', { ticketNo: open.ticketNo });
    return open;
  }

  private async newVisit(uow: UnitOfWork, input: CheckInInput, booked: { patientId: string; roomId: string | null }): Promise<CheckInResult> {
    const roomId = input.roomId ?? booked.roomId;
    if (!roomId) throw new AppError('APPOINTMENT_NO_ROOM', {});
    return this.queue.checkIn(uow, {
      patientId: booked.patientId,
      roomId,
      chiefComplaint: input.chiefComplaint,
      priority: input.priority,
      emergencyReason: input.emergencyReason,
    });
  }
}
