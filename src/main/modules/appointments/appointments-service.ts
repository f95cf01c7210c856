import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { minutesOfDay } from '../../../shared/clinic-time';
import type {
  AppointmentDetail,
  AppointmentType,
  AppointmentView,
  bookAppointmentInputSchema,
  rescheduleAppointmentInputSchema,
} from '../../../shared/schemas/appointments';
import type { UnitOfWork } from '../../work/unit-of-work';
import { AppError } from '../../errors/app-error';
import { changeAppointment, insertAppointment, loadAppointment } from './appointment-changes';
import { statusHistory, type AppointmentReader } from './appointment-read';
import { judge, type Choice } from './availability';
import { assertPatientFree, assertPatientVisit } from './booking-links';
import { bookingRefusal } from './booking-refusal';
import type { DayPictureReader } from './day-picture';
import type { DoctorDirectory } from './doctor-directory';
import type { AppointmentRecord } from './entities';
import { canTake, noShowUndoRefusal } from './status-rules';
import { NO_SHOW_UNDO_MINUTES } from '../queue';
import type { AppointmentTypesService } from './types-service';
import type { PatientDirectory } from '../patients';

type BookInput = z.output<typeof bookAppointmentInputSchema>;
type RescheduleInput = z.output<typeof rescheduleAppointmentInputSchema>;

interface Placement {
  doctorId: string;
  date: string;
  start: string;
  room: Choice;
  resource: Choice;
}

/**
 * Booking and changing appointments at the desk. Every booking and reschedule is judged by the
 * same rules as the slot list (availability.ts): inside the doctor's sessions, outside breaks,
 * leave, blocked time and holidays, not in the past, and without clashing with the doctor's
 * other appointments, a full room or a busy nurse/therapist/equipment. A refused request
 * changes nothing.
 */
export class AppointmentsService {
  constructor(
    private readonly doctors: DoctorDirectory,
    private readonly types: AppointmentTypesService,
    private readonly days: DayPictureReader,
    private readonly reader: AppointmentReader,
    private readonly patients: PatientDirectory,
  ) {}

  async book(uow: UnitOfWork, input: BookInput): Promise<AppointmentView> {
    await this.patients.assertActive(uow, input.patientId);
    if (input.followUpOfVisitId) await assertPatientVisit(uow.db, input.followUpOfVisitId, input.patientId);
    const type = await this.types.get(uow, input.typeId);
    if (!type.active) throw new AppError('VALIDATION_FAILED', { fields: ['typeId'] });
    const place = await this.place(uow, type, {
      doctorId: input.doctorId,
      date: input.date,
      start: input.start,
      room: choice(input.roomId),
      resource: choice(input.resourceId),
    });
    await assertPatientFree(uow, this.patients, { patientId: input.patientId, ...place });
    const now = uow.now.toISOString();
    const record: AppointmentRecord = {
      id: uuidv7(),
      patientId: input.patientId,
      typeId: type.id,
      ...place,
      status: input.status,
      notes: input.notes,
      cancelReason: null,
      followUpOfVisitId: input.followUpOfVisitId ?? null,
      visitId: null,
      createdAt: now,
      updatedAt: now,
    };
    await insertAppointment(uow, record);
    return this.view(uow, record.id);
  }

  /**
   * Moves an appointment, judged as a new booking that ignores the appointment itself. An
   * omitted room or resource keeps the current one, except that an appointment in "the
   * doctor's room" follows the doctor's session room of the new day; null chooses again.
   */
  async reschedule(uow: UnitOfWork, input: RescheduleInput): Promise<AppointmentView> {
    const before = await loadAppointment(uow, input.appointmentId);
    if (!canTake('reschedule', before.status)) throw new AppError('APPOINTMENT_WRONG_STATE', { status: before.status, action: 'reschedule' });
    const type = await this.types.get(uow, before.typeId);
    const keep = (current: string | null, wanted: string | null | undefined, follows: boolean): Choice =>
      wanted === undefined && current && !follows ? { id: current } : choice(wanted);
    const place = await this.place(
      uow,
      type,
      {
        doctorId: input.doctorId ?? before.doctorId,
        date: input.date,
        start: input.start,
        room: keep(before.roomId, input.roomId, type.roomKind === null),
        resource: keep(before.resourceId, input.resourceId, false),
      },
      before.id,
    );
    await assertPatientFree(uow, this.patients, { patientId: before.patientId, ...place, exceptId: before.id });
    const was = await this.reader.view(uow, before.id);
    const note = `${was.date} ${was.start} → ${input.date} ${input.start}${input.reason ? `; ${input.reason}` : ''}`;
    await changeAppointment(uow, before, 'reschedule', place, note);
    return this.view(uow, before.id);
  }

  async confirm(uow: UnitOfWork, id: string): Promise<AppointmentView> {
    await changeAppointment(uow, await loadAppointment(uow, id), 'confirm', {});
    return this.view(uow, id);
  }

  async cancel(uow: UnitOfWork, id: string, reason: string): Promise<AppointmentView> {
    await changeAppointment(uow, await loadAppointment(uow, id), 'cancel', { cancelReason: reason }, reason);
    return this.view(uow, id);
  }

  async noShow(uow: UnitOfWork, id: string): Promise<AppointmentView> {
    await changeAppointment(uow, await loadAppointment(uow, id), 'noShow', {});
    return this.view(uow, id);
  }

  /** Takes the desk's no-show back within the queue's undo window. */
  async undoNoShow(uow: UnitOfWork, id: string): Promise<AppointmentView> {
    const before = await loadAppointment(uow, id);
    const refusal = noShowUndoRefusal(before, uow.now);
    if (refusal) throw new AppError(refusal, { status: before.status, action: 'undoNoShow', minutes: NO_SHOW_UNDO_MINUTES });
    await changeAppointment(uow, before, 'undoNoShow', {});
    return this.view(uow, id);
  }

  async get(uow: UnitOfWork, id: string): Promise<AppointmentDetail> {
    return { ...(await this.view(uow, id)), history: await statusHistory(uow.db, id) };
  }

  async forPatient(uow: UnitOfWork, patientId: string): Promise<AppointmentView[]> {
    return this.reader.forPatient(uow, patientId);
  }

  async view(uow: UnitOfWork, id: string): Promise<AppointmentView> {
    return this.reader.view(uow, id);
  }

  /** Where and when the appointment goes, or the refusal that says why it cannot. */
  private async place(uow: UnitOfWork, type: AppointmentType, wanted: Placement, exceptAppointmentId?: string) {
    const doctor = await this.doctors.doctor(uow, wanted.doctorId);
    const { picture, clock } = await this.days.read(uow, wanted.date, doctor.id, exceptAppointmentId);
    const start = minutesOfDay(wanted.start);
    const end = start + type.durationMinutes;
    const verdict = judge(picture, { start, end, roomKind: type.roomKind, resourceKind: type.resourceKind, room: wanted.room, resource: wanted.resource });
    if (!verdict.ok) throw bookingRefusal(verdict.problem, doctor.name, clock);
    return { doctorId: doctor.id, startsAt: clock.instant(start), endsAt: clock.instant(end), roomId: verdict.roomId, resourceId: verdict.resourceId };
  }
}

/** A named room or resource, or null/omitted to have a suitable free one chosen. */
function choice(id: string | null | undefined): Choice {
  return id ? { id } : 'choose';
}
