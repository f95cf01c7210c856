/** A register's period on the clinic's calendar, both days included (`yyyy-mm-dd`, '' while not typed). */
export interface RegisterRange {
  from: string;
  to: string;
}

/** What keeps a range from being asked for: a day not (fully) typed, or the days the wrong way round. */
export type RangeProblem = 'incomplete' | 'fromAfterTo';

/** The month so far: its first day to `today`, what an inspector usually asks to see first. */
export function monthSoFar(today: string): RegisterRange {
  return { from: `${today.slice(0, 8)}01`, to: today };
}

/** Why the hub would refuse the range, so the screen can say so before asking; null when it is fine. */
export function rangeProblem(range: RegisterRange): RangeProblem | null {
  if (range.from === '' || range.to === '') return 'incomplete';
  // yyyy-mm-dd compares as text in calendar order.
  return range.from > range.to ? 'fromAfterTo' : null;
}
