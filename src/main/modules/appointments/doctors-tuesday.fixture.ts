import type { DayPicture } from './availability';

/** Dr's Tuesday for the pure judgement tests: 09:00–12:00 in room C1, tea 10:30–10:45, nothing booked or blocked. */
export function doctorsTuesday(over: Partial<DayPicture>): DayPicture {
  return {
    doctorId: 'dr',
    now: -1,
    sessions: [{ start: 540, end: 720, roomId: 'C1' }],
    breaks: [{ start: 630, end: 645, label: 'tea' }],
    blocks: [],
    bookings: [],
    rooms: [],
    resources: [],
    ...over,
  };
}
