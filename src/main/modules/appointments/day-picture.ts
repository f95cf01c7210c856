import { In, LessThan, MoreThan, Not } from 'typeorm';
import { isoWeekday } from '../../../shared/clinic-time';
import { ACTIVE_APPOINTMENT_STATUSES, type DoctorSchedule } from '../../../shared/schemas/appointments';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { RoomsService } from '../rooms';
import type { DayPicture } from './availability';
import type { BlocksService } from './blocks-service';
import { DayClock } from './day-clock';
import { AppointmentEntity } from './entities';
import type { ResourcesService } from './resources-service';
import { breakTimes, sessionTimes } from './schedule-rules';
import type { SchedulesService } from './schedules-service';

/** The longest clean-up a room can have (roomSchema): a booking ending that long before midnight still holds its room. */
const LONGEST_CLEANUP_MINUTES = 120;

export interface DayReading {
  picture: DayPicture;
  clock: DayClock;
  schedule: DoctorSchedule;
}

/** Reads one doctor's clinic day, and everything it shares with others, into the pure rules' terms. */
export class DayPictureReader {
  constructor(
    private readonly schedules: SchedulesService,
    private readonly blocks: BlocksService,
    private readonly rooms: RoomsService,
    private readonly resources: ResourcesService,
  ) {}

  /** `exceptAppointmentId`: the appointment being moved, which must not clash with itself. */
  async read(uow: UnitOfWork, date: string, doctorId: string, exceptAppointmentId?: string): Promise<DayReading> {
    const clock = new DayClock(date, uow.clock.zone);
    const { start, end } = clock.bounds;
    const schedule = await this.schedules.forDoctor(uow, doctorId);
    const weekday = isoWeekday(date);
    const since = new Date(Date.parse(start) - LONGEST_CLEANUP_MINUTES * 60_000).toISOString();
    const appointments = await uow.db.getRepository(AppointmentEntity).findBy({
      status: In([...ACTIVE_APPOINTMENT_STATUSES]),
      startsAt: LessThan(end),
      endsAt: MoreThan(since),
      ...(exceptAppointmentId ? { id: Not(exceptAppointmentId) } : {}),
    });
    const blocks = await this.blocks.touching(uow, start, end);
    const picture: DayPicture = {
      doctorId,
      now: clock.minutes(uow.now),
      sessions: sessionTimes(schedule.sessions, weekday),
      breaks: breakTimes(schedule.breaks, weekday),
      blocks: blocks.map((b) => ({
        start: clock.minutes(b.startsAt),
        end: clock.minutes(b.endsAt),
        kind: b.kind,
        doctorId: b.doctorId,
        roomId: b.roomId,
        resourceId: b.resourceId,
      })),
      bookings: appointments.map((a) => ({
        id: a.id,
        start: clock.minutes(a.startsAt),
        end: clock.minutes(a.endsAt),
        doctorId: a.doctorId,
        roomId: a.roomId,
        resourceId: a.resourceId,
      })),
      rooms: await this.rooms.list(uow),
      resources: await this.resources.list(uow),
    };
    return { picture, clock, schedule };
  }
}
