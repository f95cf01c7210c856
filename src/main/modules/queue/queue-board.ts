import type { DisplaySettings } from '../../../shared/schemas/clinic';
import type { BoardCall, QueueBoard, Room } from '../../../shared/schemas/queue';
import type { HubEvents } from '../../api/core/hub-events';
import type { RoomTicket } from './queue-read';
import { isPending, maskName } from './queue-rules';

/** How many past calls the waiting room sees. */
const RECENT_CALLS = 6;

/** The kinds of change that alter what the waiting room sees. */
const BOARD_ENTITIES = ['queue', 'room', 'clinic'];

/** What the waiting-room TV shows: numbers and rooms; names only masked, and only if the clinic chose so. */
export function readBoard(tickets: RoomTicket[], clinic: { clinicName: string; display: DisplaySettings }, rooms: Room[], now: Date): QueueBoard {
  const roomById = new Map(rooms.map((room) => [room.id, room]));
  const toCall = (ticket: RoomTicket): BoardCall => {
    const room = roomById.get(ticket.roomId);
    return {
      ticketNo: ticket.ticketNo,
      roomCode: room?.code ?? '',
      roomName: room?.name ?? '',
      calledAt: ticket.calledAt ?? '',
      calledCount: ticket.calledCount,
      maskedName: clinic.display.showMaskedNames ? maskName(ticket.patientName) : null,
    };
  };
  // A call stands while its ticket was seen or is being seen: one skipped, put back or marked
  // no-show is not served, so the TV must not keep it as "Now serving" while the desk says nobody is called.
  const called = tickets.filter((t) => t.calledAt !== null && stillStands(t)).sort((a, b) => (b.calledAt ?? '').localeCompare(a.calledAt ?? ''));
  const serving = called.find((t) => isBeingSeen(t));
  return {
    clinicName: clinic.clinicName,
    now: now.toISOString(),
    called: called.slice(0, RECENT_CALLS).map(toCall),
    nowServing: serving ? toCall(serving) : null,
    rooms: rooms
      .filter((room) => room.active)
      .map((room) => {
        const current = called.find((t) => t.roomId === room.id && isBeingSeen(t));
        return {
          roomId: room.id,
          roomCode: room.code,
          roomName: room.name,
          current: current ? toCall(current) : null,
          waitingCount: tickets.filter((t) => t.roomId === room.id && isPending(t.status)).length,
        };
      }),
    notice: clinic.display.notice,
    languages: clinic.display.languages,
  };
}

function isBeingSeen(ticket: RoomTicket): boolean {
  return ticket.status === 'called' || ticket.status === 'serving';
}

function stillStands(ticket: RoomTicket): boolean {
  return !isPending(ticket.status) && ticket.status !== 'no_show';
}

/**
 * The board now, then again after every committed change that could alter it. Listening
 * starts before the first board is read, so a call made meanwhile is not missed.
 */
export async function* boardUpdates(events: HubEvents, signal: AbortSignal | undefined, read: () => Promise<QueueBoard>): AsyncGenerator<QueueBoard> {
  const changes = events.stream('changed', signal);
  let next = changes.next();
  try {
    yield await read();
    for (let change = await next; !change.done; change = await next) {
      next = changes.next();
      if (change.value.entities.some((entity) => BOARD_ENTITIES.includes(entity))) yield await read();
    }
  } finally {
    // Not awaited: the stream may still be waiting for an event; the signal ends it.
    void changes.return(undefined);
  }
}
