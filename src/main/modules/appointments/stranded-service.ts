import { addDays, clinicDaysSpan } from '../../../shared/clinic-time';
import type { AppointmentStatus, AppointmentView, ScheduleBlock, StrandedAppointment } from '../../../shared/schemas/appointments';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { AppointmentReader } from './appointment-read';
import { instantOfLocal } from './day-clock';
import type { DayPictureReader } from './day-picture';
import { strandedBy } from './stranded-rules';
import type { AppointmentTypesService } from './types-service';

/** How far ahead a change to a weekly template, a room or a resource is checked: eight weeks. */
const HORIZON_DAYS = 56;

/** Only requested and confirmed ones can be moved: a checked-in patient is already here. */
const MOVABLE = new Set<AppointmentStatus>(['requested', 'confirmed']);

/**
 * Finds the appointments still to come that the schedule no longer holds, after leave, a
 * holiday, a shorter template or a retired room or resource: the change is saved anyway (a clinic
 * adds leave first and reschedules after), and the desk is told which patients to call.
 */
export class StrandedAppointmentsService {
  constructor(
    private readonly types: AppointmentTypesService,
    private readonly days: DayPictureReader,
    private readonly reader: AppointmentReader,
  ) {}

  /** The stranded appointments of the clinic days `fromDate` … `toDate`, in time order. */
  async between(uow: UnitOfWork, fromDate: string, toDate: string): Promise<StrandedAppointment[]> {
    return this.find(uow, fromDate, toDate, () => true);
  }

  /** Those inside a block's span that the block is about: its doctor's, room's or resource's, or all for the clinic. */
  async inBlock(uow: UnitOfWork, block: ScheduleBlock): Promise<StrandedAppointment[]> {
    const timeZone = uow.clock.zone;
    const start = instantOfLocal(block.from, timeZone);
    const end = instantOfLocal(block.to, timeZone);
    const clinicWide = !block.doctorId && !block.roomId && !block.resourceId;
    const concerns = (a: AppointmentView) =>
      clinicWide || (block.doctorId !== null && a.doctorId === block.doctorId) || (block.roomId !== null && a.roomId === block.roomId) || (block.resourceId !== null && a.resourceId === block.resourceId);
    return this.find(uow, block.from.slice(0, 10), block.to.slice(0, 10), (a) => a.startsAt < end && a.endsAt > start && concerns(a));
  }

  /** A doctor's, over the next eight weeks, after their weekly template changed. */
  async ofDoctor(uow: UnitOfWork, doctorId: string): Promise<StrandedAppointment[]> {
    return this.ahead(uow, (a) => a.doctorId === doctorId);
  }

  /** Those held in a room, over the next eight weeks, after the room changed (retired, or of another kind). */
  async inRoom(uow: UnitOfWork, roomId: string): Promise<StrandedAppointment[]> {
    return this.ahead(uow, (a) => a.roomId === roomId);
  }

  /** Those needing a resource, over the next eight weeks, after it changed. */
  async withResource(uow: UnitOfWork, resourceId: string): Promise<StrandedAppointment[]> {
    return this.ahead(uow, (a) => a.resourceId === resourceId);
  }

  private async ahead(uow: UnitOfWork, only: (a: AppointmentView) => boolean): Promise<StrandedAppointment[]> {
    const today = uow.clock.today();
    return this.find(uow, today, addDays(today, HORIZON_DAYS - 1), only);
  }

  /**
   * One query for the span's appointments, then each day read once per doctor who has movable
   * ones that day (not once per appointment), and each judged against that day's picture.
   */
  private async find(uow: UnitOfWork, fromDate: string, toDate: string, only: (a: AppointmentView) => boolean): Promise<StrandedAppointment[]> {
    const timeZone = uow.clock.zone;
    const range = clinicDaysSpan(fromDate, toDate, timeZone);
    const now = uow.now.toISOString();
    const candidates = (await this.reader.starting(uow, range)).filter((a) => MOVABLE.has(a.status) && a.startsAt >= now && only(a));
    if (candidates.length === 0) return [];
    const types = new Map((await this.types.list(uow)).map((type) => [type.id, type]));
    const stranded: StrandedAppointment[] = [];
    for (const [date, doctorId, appointments] of byDayAndDoctor(candidates)) {
      const { picture, clock } = await this.days.read(uow, date, doctorId);
      for (const appointment of appointments) {
        const type = types.get(appointment.typeId);
        const reason = strandedBy(picture, {
          start: clock.minutes(appointment.startsAt),
          end: clock.minutes(appointment.endsAt),
          roomKind: type?.roomKind ?? null,
          resourceKind: type?.resourceKind ?? null,
          roomId: appointment.roomId,
          resourceId: appointment.resourceId,
        });
        if (reason) stranded.push({ appointment, reason });
      }
    }
    return stranded.sort((a, b) => a.appointment.startsAt.localeCompare(b.appointment.startsAt) || a.appointment.id.localeCompare(b.appointment.id));
  }
}

/** Appointments grouped by clinic date, then doctor, in the order first met. */
function byDayAndDoctor(appointments: AppointmentView[]): [string, string, AppointmentView[]][] {
  const groups = new Map<string, [string, string, AppointmentView[]]>();
  for (const appointment of appointments) {
    const key = `${appointment.date}|${appointment.doctorId}`;
    const group = groups.get(key) ?? [appointment.date, appointment.doctorId, []];
    group[2].push(appointment);
    groups.set(key, group);
  }
  return [...groups.values()];
}
