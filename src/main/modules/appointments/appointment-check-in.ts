import type { z } from 'zod';
import type { AppointmentView, checkInAppointmentInputSchema } from '../../../shared/schemas/appointments';
import type { CheckInResult } from '../../../shared/schemas/queue';
import type { UnitOfWork } from '../../work/unit-of-work';
import { AppError } from '../../errors/app-error';
import type { QueueService } from '../queue';
import { changeAppointment, loadAppointment } from './appointment-changes';
import type { AppointmentsService } from './appointments-service';
import { canTake } from './status-rules';

type CheckInInput = z.output<typeof checkInAppointmentInputSchema>;

/**
 * The patient with an appointment arrives: the queue opens the visit and issues the ticket
 * under its own rules (one open visit a day, the room's ticket prefix), and the appointment
 * remembers the visit. Only on the appointment's own clinic day.
 */
export class AppointmentCheckIn {
  constructor(
    private readonly queue: QueueService,
    private readonly appointments: AppointmentsService,
  ) {}

  /** A no-show only for a patient who is not here: one waiting in today's queue has come. */
  async noShow(uow: UnitOfWork, appointmentId: string): Promise<AppointmentView> {
    const appointment = await loadAppointment(uow, appointmentId);
    const ticketNo = await this.queue.openTicketToday(uow, appointment.patientId);
    if (ticketNo !== null) throw new AppError('APPOINTMENT_PATIENT_IN_QUEUE', { ticketNo });
    return this.appointments.noShow(uow, appointmentId);
  }

  async checkIn(uow: UnitOfWork, input: CheckInInput): Promise<{ appointment: AppointmentView; checkIn: CheckInResult }> {
    const before = await loadAppointment(uow, input.appointmentId);
    if (!canTake('checkIn', before.status)) throw new AppError('APPOINTMENT_WRONG_STATE', { status: before.status, action: 'checkIn' });
    const date = uow.clock.dateOf(before.startsAt);
    if (date !== uow.clock.today()) throw new AppError('APPOINTMENT_WRONG_STATE', { status: before.status, action: 'checkIn', date });
    const roomId = input.roomId ?? before.roomId;
    if (!roomId) throw new AppError('APPOINTMENT_NO_ROOM', {});
    const checkIn = await this.queue.checkIn(uow, {
      patientId: before.patientId,
      roomId,
      chiefComplaint: input.chiefComplaint,
      priority: input.priority,
      emergencyReason: input.emergencyReason,
    });
    await changeAppointment(uow, before, 'checkIn', { visitId: checkIn.visitId }, checkIn.ticketNo);
    return { appointment: await this.appointments.view(uow, before.id), checkIn };
  }
}
