import type { Priority, QueueEntryStatus, VisitStatus } from '../../../shared/schemas/queue';

/**
 * The queue's rules, without a database, so each one can be tested on its own.
 *
 * Call order: emergency first, then urgent, then everyone else (elderly and normal alike)
 * by arrival. Elderly patients are not moved ahead of earlier normal ones, so that a busy
 * morning of elderly walk-ins never leaves a younger patient waiting without end; the
 * badge on the list lets the desk jump someone by hand, with a reason, when it must.
 * A skipped ticket comes back after `returnAfter` further tickets have been called, ahead
 * of everyone except an emergency.
 */

export interface QueuedTicket {
  id: string;
  status: QueueEntryStatus;
  priority: Priority;
  position: number;
  skipReturnsAfter: number | null;
}

export type QueueAction = 'recall' | 'skip' | 'noShow' | 'undoNoShow' | 'transfer' | 'complete' | 'jump' | 'leave';

export { NO_SHOW_UNDO_MINUTES } from '../../../shared/schemas/queue';

const PRIORITY_RANK: Record<Priority, number> = { emergency: 0, urgent: 1, elderly: 2, normal: 2 };

/** From which states each action may be taken; anything else is a stale screen. */
const ALLOWED_FROM: Record<QueueAction, readonly QueueEntryStatus[]> = {
  recall: ['called', 'serving'],
  skip: ['waiting', 'called', 'serving'],
  noShow: ['waiting', 'called', 'skipped'],
  undoNoShow: ['no_show'],
  transfer: ['waiting', 'called', 'serving', 'skipped'],
  complete: ['called', 'serving'],
  jump: ['waiting', 'skipped'],
  // The visit's last step was done without the ticket being called there (handed over at the dispensary, paid at the counter).
  leave: ['waiting', 'called', 'serving', 'skipped'],
};

export function canTake(action: QueueAction, status: QueueEntryStatus): boolean {
  return ALLOWED_FROM[action].includes(status);
}

/** Still in the room's queue, to be called. */
export function isPending(status: QueueEntryStatus): boolean {
  return status === 'waiting' || status === 'skipped';
}

/** Still part of the visit: pending or with the doctor now. */
export function isOpen(status: QueueEntryStatus): boolean {
  return isPending(status) || status === 'called' || status === 'serving';
}

function byRankThenArrival(a: QueuedTicket, b: QueuedTicket): number {
  return PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.position - b.position;
}

function chooseNext<T extends QueuedTicket>(pending: T[]): T | undefined {
  const waiting = pending.filter((e) => e.status === 'waiting').sort(byRankThenArrival);
  const skipped = pending.filter((e) => e.status === 'skipped');
  const returning = skipped.filter((e) => (e.skipReturnsAfter ?? 0) <= 0).sort((a, b) => a.position - b.position);
  if (waiting[0]?.priority === 'emergency') return waiting[0];
  // With nobody else waiting, a skipped ticket need not wait for tickets that will never come.
  const soonest = [...skipped].sort((a, b) => (a.skipReturnsAfter ?? 0) - (b.skipReturnsAfter ?? 0) || a.position - b.position);
  return returning[0] ?? waiting[0] ?? soonest[0];
}

/** Each skipped ticket is one call closer to coming back. */
export function countDownSkips<T extends QueuedTicket>(pending: T[]): T[] {
  return pending.map((e) => (e.status === 'skipped' ? { ...e, skipReturnsAfter: Math.max(0, (e.skipReturnsAfter ?? 0) - 1) } : e));
}

/** The room's pending tickets in the order Call next will take them. */
export function callOrder<T extends QueuedTicket>(entries: readonly T[]): T[] {
  let pending = entries.filter((e) => isPending(e.status));
  const order: T[] = [];
  for (let next = chooseNext(pending); next; next = chooseNext(pending)) {
    const chosen = next;
    order.push(entries.find((e) => e.id === chosen.id) ?? chosen);
    pending = countDownSkips(pending.filter((e) => e.id !== chosen.id));
  }
  return order;
}

/** The ordering key that puts a ticket ahead of every pending one in the room. */
export function frontPosition(entries: readonly QueuedTicket[]): number {
  const pending = entries.filter((e) => isPending(e.status)).map((e) => e.position);
  return pending.length ? Math.min(...pending) - 1 : 0;
}

/** A visit is finished when none of its queue entries is open; a no-show at the end marks it so. */
export function visitStatusAfter(entries: readonly { status: QueueEntryStatus; updatedAt: string }[]): VisitStatus {
  if (entries.some((e) => isOpen(e.status))) return 'open';
  const last = [...entries].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).at(-1);
  return last?.status === 'no_show' ? 'no_show' : 'done';
}

/** `A012`: the room's prefix and the day's number, three digits up to 999 a day. */
export function ticketNumber(prefix: string, value: number): string {
  return `${prefix}${String(value).padStart(3, '0')}`;
}

/** The per-prefix, per-clinic-day sequence the ticket numbers come from. */
export function ticketSequence(prefix: string, clinicDate: string): string {
  return `ticket:${prefix}:${clinicDate}`;
}

/** `Tan Siew Ling` → `TAN S*** L***`: enough for a patient to know it is them, not for others to. */
export function maskName(fullName: string): string {
  return fullName
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word, index) => (index === 0 ? word.toUpperCase() : `${word[0].toUpperCase()}${'*'.repeat(word.length - 1)}`))
    .join(' ');
}

export function minutesBetween(from: string, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - new Date(from).getTime()) / 60_000));
}
