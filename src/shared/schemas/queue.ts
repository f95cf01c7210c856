import { z } from 'zod';
import { idSchema } from './common';

/** Where a patient waits: a doctor's room, or a station further along the visit. */
export const ROOM_KINDS = ['consultation', 'procedure', 'treatment', 'pharmacy', 'payment', 'exam'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

/** Triage at check-in. Emergency is always called first and needs a reason. */
export const PRIORITIES = ['normal', 'elderly', 'urgent', 'emergency'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const QUEUE_ENTRY_STATUSES = ['waiting', 'called', 'serving', 'done', 'skipped', 'no_show', 'transferred'] as const;
export type QueueEntryStatus = (typeof QUEUE_ENTRY_STATUSES)[number];

/** How long a no-show can be taken back: a patient back from the toilet, not one who returns at closing time. */
export const NO_SHOW_UNDO_MINUTES = 10;

export const VISIT_STATUSES = ['open', 'done', 'no_show'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const roomSchema = z.object({
  id: idSchema,
  /** Short code people say and the TV shows: "1", "2", "PH". */
  code: z.string().trim().min(1).max(8),
  name: z.string().trim().min(1).max(60),
  kind: z.enum(ROOM_KINDS),
  /** The letter before ticket numbers issued for this room: A012. */
  ticketPrefix: z.string().trim().toUpperCase().regex(/^[A-Z]{1,2}$/),
  active: z.boolean(),
  /** Appointments a room can hold at once (a treatment room with three beds: 3). */
  capacity: z.number().int().min(1).max(50),
  /** Minutes kept free after each appointment for cleaning and setting up. */
  cleanupMinutes: z.number().int().min(0).max(120),
});
export type Room = z.infer<typeof roomSchema>;

export const saveRoomInputSchema = roomSchema.extend({ id: idSchema.optional(), capacity: roomSchema.shape.capacity.default(1), cleanupMinutes: roomSchema.shape.cleanupMinutes.default(0) });
export type SaveRoomInput = z.infer<typeof saveRoomInputSchema>;

const reasonSchema = z.string().trim().min(3).max(200);

export const checkInInputSchema = z
  .object({
    patientId: idSchema,
    roomId: idSchema,
    chiefComplaint: z.string().trim().max(300),
    priority: z.enum(PRIORITIES),
    emergencyReason: reasonSchema.optional(),
  })
  .refine((input) => input.priority !== 'emergency' || input.emergencyReason !== undefined, {
    path: ['emergencyReason'],
    message: 'an emergency needs a reason',
  });
export type CheckInInput = z.infer<typeof checkInInputSchema>;

export const roomIdInputSchema = z.object({ roomId: idSchema });
export const entryIdInputSchema = z.object({ entryId: idSchema });
export const skipInputSchema = z.object({ entryId: idSchema, returnAfter: z.number().int().min(1).max(50) });
export const transferInputSchema = z.object({ entryId: idSchema, toRoomId: idSchema });
export const jumpInputSchema = z.object({ entryId: idSchema, reason: reasonSchema });

export interface CheckInResult {
  visitId: string;
  entryId: string;
  ticketNo: string;
  roomId: string;
}

/** One ticket in a room's queue, as the front desk and the doctor see it. */
export interface QueueEntryView {
  entryId: string;
  visitId: string;
  ticketNo: string;
  patientId: string;
  patientName: string;
  mrn: string;
  priority: Priority;
  chiefComplaint: string;
  status: QueueEntryStatus;
  /** 1 = called next; null when not waiting. */
  position: number | null;
  waitingMinutes: number;
  calledAt: string | null;
  calledCount: number;
  /** Tickets still to be called before a skipped ticket comes back. */
  skipReturnsAfter: number | null;
}

export interface RoomQueue {
  room: Room;
  current: QueueEntryView | null;
  /** Waiting and skipped tickets, in the order they will be called. */
  waiting: QueueEntryView[];
}

/** A call as the waiting room sees it: no patient name unless the clinic asks for a masked one. */
export interface BoardCall {
  ticketNo: string;
  roomCode: string;
  roomName: string;
  calledAt: string;
  /** Goes up on every recall, so a display announces a recall again. */
  calledCount: number;
  maskedName: string | null;
}

export interface BoardRoom {
  roomId: string;
  roomCode: string;
  roomName: string;
  current: BoardCall | null;
  waitingCount: number;
}

export interface QueueBoard {
  clinicName: string;
  now: string;
  /** The latest calls, newest first; a ticket skipped, put back in the queue or marked no-show drops out. */
  called: BoardCall[];
  /** The latest call whose patient is being seen now, in any room; null when nobody is. */
  nowServing: BoardCall | null;
  rooms: BoardRoom[];
  notice: string;
  languages: string[];
}

/**
 * Where one page of a patient's visit history ends: the last visit's check-in instant and id
 * (keyset paging, so a check-in while someone reads the list neither repeats nor skips a visit).
 */
export const visitCursorSchema = z.object({ createdAt: z.iso.datetime(), id: idSchema });
export type VisitCursor = z.infer<typeof visitCursorSchema>;

/** Named `cursor`, as tRPC's infinite queries expect, for the page older than it. */
export const visitHistoryInputSchema = z.object({
  patientId: idSchema,
  cursor: visitCursorSchema.nullish(),
  limit: z.number().int().min(1).max(50).default(20),
});
export type VisitHistoryInput = z.input<typeof visitHistoryInputSchema>;

/** One room or station a visit queued at, in the order it went there. */
export interface VisitStep {
  roomId: string;
  roomCode: string;
  roomName: string;
  roomKind: RoomKind;
  status: QueueEntryStatus;
}

/** A visit as the clinical modules and the doctor's workspace refer to it: whose, which day, and whether it is still open. */
export interface VisitSummary {
  id: string;
  patientId: string;
  clinicDate: string;
  ticketNo: string;
  chiefComplaint: string;
  priority: Priority;
  status: VisitStatus;
  createdAt: string;
}

export interface VisitHistoryItem {
  visitId: string;
  /** The record the visit was recorded under: another one's when it came from a merged duplicate. */
  patientId: string;
  mrn: string;
  clinicDate: string;
  /** HH:MM of the check-in, clinic time. */
  checkedInTime: string;
  ticketNo: string;
  chiefComplaint: string;
  priority: Priority;
  emergencyReason: string | null;
  status: VisitStatus;
  steps: VisitStep[];
}

/** A patient's visits, newest first, one page at a time. */
export interface VisitHistoryPage {
  visits: VisitHistoryItem[];
  nextCursor: VisitCursor | null;
}
