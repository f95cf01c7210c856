import { z } from 'zod';
import { idSchema } from './common';
import { PRIORITIES, ROOM_KINDS, type CheckInResult, type Priority, type RoomKind } from './queue';

/**
 * Appointments: doctors' weekly templates, leave and blocked time, appointment types (which
 * set the slot length), rooms with capacity and clean-up buffer, nurses/therapists/equipment as
 * resources, and the appointments themselves with their status history.
 *
 * Times on the wire: a clinic date is `YYYY-MM-DD` and a clock time `HH:MM`, both in the clinic's
 * time zone (what people type and read); stored instants are UTC ISO-8601.
 */

/** A real calendar date: 2026-02-30 is refused. */
export const clinicDateSchema = z.iso.date();
/** 00:00 … 23:59; `24:00` is allowed only as the end of a working session. */
export const clockTimeSchema = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'time');
const endClockTimeSchema = z.string().regex(/^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/, 'time');
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const weekdaySchema = z.number().int().min(1).max(7);
const reasonSchema = z.string().trim().min(3).max(200);

export const APPOINTMENT_STATUSES = ['requested', 'confirmed', 'checked_in', 'in_progress', 'completed', 'cancelled', 'no_show'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
/** Statuses that hold their doctor, room and resource: the others free the time. */
export const ACTIVE_APPOINTMENT_STATUSES: readonly AppointmentStatus[] = ['requested', 'confirmed', 'checked_in', 'in_progress'];

export const RESOURCE_KINDS = ['nurse', 'therapist', 'equipment'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const BLOCK_KINDS = ['leave', 'blocked', 'holiday'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

// ── Appointment types ────────────────────────────────────────────────────────

export const appointmentTypeSchema = z.object({
  id: idSchema,
  code: z.string().trim().toUpperCase().regex(/^[A-Z0-9-]{1,12}$/),
  name: z.string().trim().min(1).max(60),
  /** The slot length of this kind of appointment. */
  durationMinutes: z.number().int().min(5).max(480).multipleOf(5),
  /** The kind of room it needs (a free one is chosen when booking gives none); null = the doctor's room. */
  roomKind: z.enum(ROOM_KINDS).nullable(),
  /** A nurse/therapist/equipment it needs besides the doctor; null = none. */
  resourceKind: z.enum(RESOURCE_KINDS).nullable(),
  active: z.boolean(),
});
export type AppointmentType = z.infer<typeof appointmentTypeSchema>;
export const saveAppointmentTypeInputSchema = appointmentTypeSchema.extend({ id: idSchema.optional() });
export type SaveAppointmentTypeInput = z.infer<typeof saveAppointmentTypeInputSchema>;

// ── Resources (therapists, nurses, equipment) ────────────────────────────────

export const resourceSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1).max(80),
  kind: z.enum(RESOURCE_KINDS),
  /** The staff member this resource is, when it is a person with an account. */
  userId: idSchema.nullable(),
  active: z.boolean(),
});
export type Resource = z.infer<typeof resourceSchema>;
export const saveResourceInputSchema = resourceSchema.extend({ id: idSchema.optional() });
export type SaveResourceInput = z.infer<typeof saveResourceInputSchema>;

// ── Doctors' weekly templates ────────────────────────────────────────────────

export const scheduleSessionSchema = z
  .object({ weekday: weekdaySchema, start: clockTimeSchema, end: endClockTimeSchema, roomId: idSchema.nullable() })
  .refine((s) => s.start < s.end, { path: ['end'], message: 'end before start' });
export type ScheduleSession = z.infer<typeof scheduleSessionSchema>;

export const scheduleBreakSchema = z
  .object({ weekday: weekdaySchema, start: clockTimeSchema, end: endClockTimeSchema, label: z.string().trim().max(40) })
  .refine((b) => b.start < b.end, { path: ['end'], message: 'end before start' });
export type ScheduleBreak = z.infer<typeof scheduleBreakSchema>;

/**
 * One doctor's working week at this branch: sessions (e.g. Mon 09:00–13:00 room 1) and breaks
 * inside them. Overlapping sessions on one weekday are refused (SCHEDULE_INVALID).
 */
export const doctorScheduleSchema = z.object({
  doctorId: idSchema,
  /** Appointments start on this grid: 15 → 09:00, 09:15, 09:30 … */
  slotMinutes: z.number().int().min(5).max(120).multipleOf(5),
  sessions: z.array(scheduleSessionSchema).max(50),
  breaks: z.array(scheduleBreakSchema).max(50),
});
export type DoctorSchedule = z.infer<typeof doctorScheduleSchema>;

/**
 * Another doctor's weekly session in a room this template also uses at an overlapping time: a
 * warning, not a refusal, since two doctors may mean to share a room (a locum on alternate weeks).
 */
export interface RoomShare {
  roomId: string;
  weekday: number;
  /** The other doctor's session, as their template has it. */
  start: string;
  end: string;
  doctorId: string;
  doctorName: string;
}

/** What saving weekly hours answers: the saved week, and the room shares to tell the person about. */
export interface SavedSchedule extends DoctorScheduleView {
  roomShares: RoomShare[];
}

export interface DoctorScheduleView extends DoctorSchedule {
  doctorName: string;
  /** False when no template was saved yet (an empty week is shown). */
  saved: boolean;
}

// ── Leave, blocked time, public holidays ─────────────────────────────────────

/** Local clinic date and time, `YYYY-MM-DDTHH:MM`. */
export const localDateTimeSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T([01][0-9]|2[0-3]):[0-5][0-9]$/, 'date and time');

export const scheduleBlockSchema = z.object({
  id: idSchema,
  kind: z.enum(BLOCK_KINDS),
  /** Whose time it blocks: a doctor, a room or a resource; all three null = the whole clinic (holiday). */
  doctorId: idSchema.nullable(),
  roomId: idSchema.nullable(),
  resourceId: idSchema.nullable(),
  from: localDateTimeSchema,
  to: localDateTimeSchema,
  reason: z.string().trim().max(200),
});
export type ScheduleBlock = z.infer<typeof scheduleBlockSchema>;
export const saveScheduleBlockInputSchema = scheduleBlockSchema
  .extend({ id: idSchema.optional() })
  .refine((b) => b.from < b.to, { path: ['to'], message: 'end before start' });
export type SaveScheduleBlockInput = z.infer<typeof saveScheduleBlockInputSchema>;
export const listBlocksInputSchema = z.object({ fromDate: clinicDateSchema, toDate: clinicDateSchema });

// ── Appointments ─────────────────────────────────────────────────────────────

export const bookAppointmentInputSchema = z.object({
  patientId: idSchema,
  doctorId: idSchema,
  typeId: idSchema,
  date: clinicDateSchema,
  start: clockTimeSchema,
  /** A room of the type's kind; omitted = the doctor's session room, or a free room of that kind. */
  roomId: idSchema.nullable().optional(),
  /** Omitted = a free resource of the type's kind, when the type needs one. */
  resourceId: idSchema.nullable().optional(),
  notes: z.string().trim().max(500).default(''),
  /** A phone request not yet confirmed with the patient starts as `requested`. */
  status: z.enum(['requested', 'confirmed']).default('confirmed'),
  /** Set when booked from a visit ("see me again in two weeks"). */
  followUpOfVisitId: idSchema.nullable().optional(),
});
export type BookAppointmentInput = z.input<typeof bookAppointmentInputSchema>;

export const rescheduleAppointmentInputSchema = z.object({
  appointmentId: idSchema,
  date: clinicDateSchema,
  start: clockTimeSchema,
  /** Omitted = keep the current one. */
  doctorId: idSchema.optional(),
  roomId: idSchema.nullable().optional(),
  resourceId: idSchema.nullable().optional(),
  reason: z.string().trim().max(200).default(''),
});
export type RescheduleAppointmentInput = z.input<typeof rescheduleAppointmentInputSchema>;

export const cancelAppointmentInputSchema = z.object({ appointmentId: idSchema, reason: reasonSchema });
export const appointmentIdInputSchema = z.object({ appointmentId: idSchema });

/** Checks in an appointment: opens its visit and ticket through the queue (see queue.checkIn). */
export const checkInAppointmentInputSchema = z
  .object({
    appointmentId: idSchema,
    /** The queue the ticket goes to; omitted = the appointment's room. */
    roomId: idSchema.optional(),
    chiefComplaint: z.string().trim().max(300).default(''),
    priority: z.enum(PRIORITIES).default('normal'),
    emergencyReason: reasonSchema.optional(),
  })
  .refine((input) => input.priority !== 'emergency' || input.emergencyReason !== undefined, {
    path: ['emergencyReason'],
    message: 'an emergency needs a reason',
  });
export type CheckInAppointmentInput = z.input<typeof checkInAppointmentInputSchema>;

export const dayInputSchema = z.object({ date: clinicDateSchema, doctorId: idSchema.optional() });
/** `weekStart` is any date of the week; the week runs Monday to Sunday. */
export const weekInputSchema = z.object({ weekOf: clinicDateSchema, doctorId: idSchema.optional() });
export const slotsInputSchema = z.object({ doctorId: idSchema, typeId: idSchema, date: clinicDateSchema });
export const patientAppointmentsInputSchema = z.object({ patientId: idSchema });

export interface AppointmentStatusChange {
  from: AppointmentStatus | null;
  to: AppointmentStatus;
  at: string;
  byName: string | null;
  /** Cancel reason, reschedule note ("moved from 2026-11-24 09:00"), or empty. */
  note: string;
}

export interface AppointmentView {
  id: string;
  patientId: string;
  patientName: string;
  mrn: string;
  doctorId: string;
  doctorName: string;
  typeId: string;
  typeName: string;
  roomId: string | null;
  roomCode: string | null;
  resourceId: string | null;
  resourceName: string | null;
  /** UTC instants. */
  startsAt: string;
  endsAt: string;
  /** The same, in clinic time. */
  date: string;
  start: string;
  end: string;
  status: AppointmentStatus;
  notes: string;
  cancelReason: string | null;
  followUpOfVisitId: string | null;
  visitId: string | null;
  ticketNo: string | null;
}

export interface AppointmentCheckInResult {
  appointment: AppointmentView;
  /** The ticket the patient waits with: a new one, or the one they already had as a walk-in. */
  checkIn: CheckInResult;
  /** True when the patient was already in today's queue and the appointment joined that visit. */
  joinedVisit: boolean;
}

export interface AppointmentDetail extends AppointmentView {
  history: AppointmentStatusChange[];
}

/** A start time on a doctor's grid for one appointment type, and whether it can be booked. */
export interface Slot {
  start: string;
  end: string;
  free: boolean;
  /** Why it cannot be booked: booked, break, leave, blocked, holiday, room, resource, past. */
  reason: SlotBusyReason | null;
}
export const SLOT_BUSY_REASONS = ['booked', 'break', 'leave', 'blocked', 'holiday', 'room', 'resource', 'past'] as const;
export type SlotBusyReason = (typeof SLOT_BUSY_REASONS)[number];

/** One doctor's column in a day calendar. */
export interface CalendarDoctorDay {
  doctorId: string;
  doctorName: string;
  date: string;
  sessions: { start: string; end: string; roomId: string | null }[];
  breaks: { start: string; end: string; label: string }[];
  /** Leave, blocked time and holidays touching this day, clipped to it, in clinic time. */
  blocks: { kind: BlockKind; start: string; end: string; reason: string }[];
  appointments: AppointmentView[];
}

export interface CalendarDay {
  date: string;
  doctors: CalendarDoctorDay[];
}

export interface CalendarWeek {
  /** Monday … Sunday. */
  dates: string[];
  days: CalendarDay[];
}

/** A doctor as the booking screens list them: active users holding the doctor role. */
export interface DoctorOption {
  id: string;
  name: string;
}

export type { Priority, RoomKind };

// ── Appointments a schedule change left stranded ─────────────────────────────

/** The longest span `appointments.stranded` reads at once: each day is judged doctor by doctor. */
export const STRANDED_MAX_DAYS = 62;

export const strandedInputSchema = z
  .object({ fromDate: clinicDateSchema, toDate: clinicDateSchema })
  .refine((input) => input.fromDate <= input.toDate && (Date.parse(input.toDate) - Date.parse(input.fromDate)) / 86_400_000 < STRANDED_MAX_DAYS, {
    path: ['toDate'],
    message: `from fromDate, at most ${STRANDED_MAX_DAYS} days`,
  });
export type StrandedInput = z.infer<typeof strandedInputSchema>;

/**
 * Why a booked appointment is no longer held by the schedule: its time is now outside the
 * doctor's sessions or in a break, in the doctor's leave or blocked time, in a clinic holiday or
 * closure, or its room or resource is inactive or blocked.
 */
export const STRANDED_REASONS = [
  'outside_hours',
  'break',
  'doctor_leave',
  'doctor_blocked',
  'clinic_holiday',
  'clinic_closed',
  'room_unavailable',
  'resource_unavailable',
] as const;
export type StrandedReason = (typeof STRANDED_REASONS)[number];

/** A requested or confirmed appointment still to come that the desk must move or cancel. */
export interface StrandedAppointment {
  appointment: AppointmentView;
  reason: StrandedReason;
}

/**
 * What a save that changes working time also answers: how many appointments it left stranded (it
 * is saved all the same), and which, for a caller who may book; others get an empty list.
 */
export interface StrandedAfterChange {
  stranded: StrandedAppointment[];
  strandedCount: number;
}
