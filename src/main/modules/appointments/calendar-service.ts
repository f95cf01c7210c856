import { clockTime, isoWeekday, weekDates } from '../../../shared/clinic-time';
import type {
  AppointmentView,
  CalendarDay,
  CalendarDoctorDay,
  CalendarWeek,
  DoctorOption,
  DoctorSchedule,
  Slot,
} from '../../../shared/schemas/appointments';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { AppointmentReader } from './appointment-read';
import type { BlocksService } from './blocks-service';
import { DayClock } from './day-clock';
import type { DayPictureReader } from './day-picture';
import type { DoctorDirectory } from './doctor-directory';
import type { ScheduleBlockRecord } from './entities';
import { breakTimes, sessionTimes } from './schedule-rules';
import type { SchedulesService } from './schedules-service';
import { daySlots } from './slot-rules';
import type { AppointmentTypesService } from './types-service';

/** What the calendars and the slot picker read: one doctor or the whole clinic, a day or a week. */
export class CalendarService {
  constructor(
    private readonly doctors: DoctorDirectory,
    private readonly types: AppointmentTypesService,
    private readonly schedules: SchedulesService,
    private readonly blocks: BlocksService,
    private readonly days: DayPictureReader,
    private readonly reader: AppointmentReader,
  ) {}

  async slots(uow: UnitOfWork, input: { doctorId: string; typeId: string; date: string }): Promise<Slot[]> {
    const doctor = await this.doctors.doctor(uow, input.doctorId);
    const type = await this.types.get(uow, input.typeId);
    const { picture, schedule } = await this.days.read(uow, input.date, doctor.id);
    return daySlots(picture, schedule.slotMinutes, type, type.durationMinutes);
  }

  async day(uow: UnitOfWork, date: string, doctorId?: string): Promise<CalendarDay> {
    return this.readDay(uow, date, await this.columns(uow, doctorId), await this.schedules.list(uow), doctorId);
  }

  async week(uow: UnitOfWork, weekOf: string, doctorId?: string): Promise<CalendarWeek> {
    const dates = weekDates(weekOf);
    const doctors = await this.columns(uow, doctorId);
    const schedules = await this.schedules.list(uow);
    const days: CalendarDay[] = [];
    for (const date of dates) days.push(await this.readDay(uow, date, doctors, schedules, doctorId));
    return { dates, days };
  }

  /** One doctor (who must be one), or every active doctor. */
  private async columns(uow: UnitOfWork, doctorId: string | undefined): Promise<DoctorOption[]> {
    return doctorId ? [await this.doctors.doctor(uow, doctorId)] : this.doctors.list(uow);
  }

  private async readDay(uow: UnitOfWork, date: string, doctors: DoctorOption[], schedules: DoctorSchedule[], onlyDoctorId?: string): Promise<CalendarDay> {
    const clock = new DayClock(date, uow.clock.zone);
    const appointments = await this.reader.starting(uow, clock.bounds, onlyDoctorId);
    const blocks = await this.blocks.touching(uow, clock.bounds.start, clock.bounds.end);
    // A doctor who has left keeps their column on days they still have appointments.
    const columns = onlyDoctorId ? doctors : withFormerDoctors(doctors, appointments);
    return {
      date,
      doctors: columns.map((doctor) => {
        const schedule = schedules.find((s) => s.doctorId === doctor.id);
        return doctorDay(clock, doctor, schedule, blocks, appointments.filter((a) => a.doctorId === doctor.id));
      }),
    };
  }
}

function withFormerDoctors(doctors: DoctorOption[], appointments: AppointmentView[]): DoctorOption[] {
  const former = appointments
    .filter((a) => !doctors.some((d) => d.id === a.doctorId))
    .map((a) => ({ id: a.doctorId, name: a.doctorName }))
    .filter((d, index, all) => all.findIndex((other) => other.id === d.id) === index);
  return [...doctors, ...former];
}

function doctorDay(
  clock: DayClock,
  doctor: DoctorOption,
  schedule: DoctorSchedule | undefined,
  blocks: ScheduleBlockRecord[],
  appointments: AppointmentView[],
): CalendarDoctorDay {
  const weekday = isoWeekday(clock.date);
  const clip = (minutes: number) => clockTime(Math.min(1440, Math.max(0, minutes)));
  return {
    doctorId: doctor.id,
    doctorName: doctor.name,
    date: clock.date,
    sessions: sessionTimes(schedule?.sessions ?? [], weekday).map((s) => ({ start: clockTime(s.start), end: clockTime(s.end), roomId: s.roomId })),
    breaks: breakTimes(schedule?.breaks ?? [], weekday).map((b) => ({ start: clockTime(b.start), end: clockTime(b.end), label: b.label })),
    blocks: blocks
      .filter((b) => b.doctorId === doctor.id || (b.doctorId === null && b.roomId === null && b.resourceId === null))
      .map((b) => ({ kind: b.kind, start: clip(clock.minutes(b.startsAt)), end: clip(clock.minutes(b.endsAt)), reason: b.reason })),
    appointments,
  };
}
