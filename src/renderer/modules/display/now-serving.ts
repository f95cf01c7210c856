import type { BoardCall, QueueBoard } from '../../../shared/schemas/queue';
import { callKey } from './call-announcer';

/**
 * What the big "Now serving" panel shows, and the recent calls beside it. Only a ticket that a
 * room is still calling or serving is "now serving" (the latest such call); the newest call on
 * the board may since have been skipped, sent home as a no-show or finished, and then the TV
 * says nobody, as the staff screen does.
 */
export function nowServing(board: QueueBoard): { current: BoardCall | undefined; recent: BoardCall[] } {
  const current = board.rooms
    .flatMap((room) => (room.current ? [room.current] : []))
    .reduce<BoardCall | undefined>((latest, call) => (!latest || call.calledAt > latest.calledAt ? call : latest), undefined);
  const recent = board.called.filter((call) => !current || callKey(call) !== callKey(current));
  return { current, recent };
}
