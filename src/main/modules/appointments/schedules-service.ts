import type { DoctorSchedule, DoctorScheduleView, RoomShare, SavedSchedule } from '../../../shared/schemas/appointments';
import type { UnitOfWork } from '../../work/unit-of-work';
import { AppError } from '../../errors/app-error';
import type { RoomsService } from '../rooms';
import type { DoctorDirectory } from './doctor-directory';
import { DoctorScheduleEntity, type DoctorScheduleRecord } from './entities';
import { roomShares, scheduleProblem } from './schedule-rules';

/** The grid a doctor without a saved template shows: 15 minutes, no sessions (not bookable). */
const EMPTY_SLOT_MINUTES = 15;

/** Each doctor's working week at this branch: sessions with their room, and breaks inside them. */
export class SchedulesService {
  constructor(
    private readonly doctors: DoctorDirectory,
    private readonly rooms: RoomsService,
  ) {}

  /** Every doctor, with their saved week or an empty one. */
  async list(uow: UnitOfWork): Promise<DoctorScheduleView[]> {
    const records = await uow.db.getRepository(DoctorScheduleEntity).find();
    return (await this.doctors.list(uow)).map((doctor) => {
      const record = records.find((r) => r.doctorId === doctor.id);
      return { ...(record ? toSchedule(record) : emptySchedule(doctor.id)), doctorName: doctor.name, saved: record !== undefined };
    });
  }

  async forDoctor(uow: UnitOfWork, doctorId: string): Promise<DoctorSchedule> {
    const record = await uow.db.getRepository(DoctorScheduleEntity).findOneBy({ doctorId });
    return record ? toSchedule(record) : emptySchedule(doctorId);
  }

  /** Where the week shares a room with another doctor's at the same time: told, never refused. */
  async roomShares(uow: UnitOfWork, input: Pick<DoctorSchedule, 'doctorId' | 'sessions'>): Promise<RoomShare[]> {
    const records = await uow.db.getRepository(DoctorScheduleEntity).find();
    const doctors = await this.doctors.list(uow);
    const others = records.flatMap((record) => {
      const doctor = doctors.find((d) => d.id === record.doctorId);
      return doctor ? [{ doctorId: doctor.id, doctorName: doctor.name, sessions: record.sessions }] : [];
    });
    return roomShares(input, others);
  }

  async save(uow: UnitOfWork, input: DoctorSchedule): Promise<SavedSchedule> {
    const doctor = await this.doctors.doctor(uow, input.doctorId);
    const problem = scheduleProblem(input);
    if (problem) throw new AppError('SCHEDULE_INVALID', { weekday: problem.weekday, reason: problem.reason });
    for (const roomId of new Set(input.sessions.flatMap((s) => (s.roomId ? [s.roomId] : [])))) await this.rooms.get(uow, roomId);
    const repo = uow.db.getRepository(DoctorScheduleEntity);
    const existing = await repo.findOneBy({ doctorId: input.doctorId });
    const record: DoctorScheduleRecord = { ...toSchedule({ ...input, updatedAt: '' }), updatedAt: uow.now.toISOString() };
    await repo.save(record);
    const after = toSchedule(record);
    await uow.audit({
      action: existing ? 'schedule.update' : 'schedule.create',
      entity: 'schedule',
      entityId: input.doctorId,
      before: existing ? toSchedule(existing) : undefined,
      after,
    });
    return { ...after, doctorName: doctor.name, saved: true, roomShares: await this.roomShares(uow, after) };
  }
}

function emptySchedule(doctorId: string): DoctorSchedule {
  return { doctorId, slotMinutes: EMPTY_SLOT_MINUTES, sessions: [], breaks: [] };
}

/** Sessions and breaks in weekday and time order, as the template screen shows them. */
function toSchedule(record: DoctorScheduleRecord): DoctorSchedule {
  const byTime = <T extends { weekday: number; start: string }>(a: T, b: T) => a.weekday - b.weekday || a.start.localeCompare(b.start);
  return {
    doctorId: record.doctorId,
    slotMinutes: record.slotMinutes,
    sessions: record.sessions.map((s) => ({ weekday: s.weekday, start: s.start, end: s.end, roomId: s.roomId })).sort(byTime),
    breaks: record.breaks.map((b) => ({ weekday: b.weekday, start: b.start, end: b.end, label: b.label })).sort(byTime),
  };
}
