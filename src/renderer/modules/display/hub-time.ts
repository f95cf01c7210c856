/** The hub's time as it arrived, and this device's steady clock (`performance.now()`) at that moment. */
export interface HubTimeMark {
  hubMs: number;
  steadyMs: number;
}

/**
 * The hub's time now: its time when it last spoke, plus how long ago that was on the device's
 * steady clock. The device's own date and time are never read, so a TV set to the wrong time
 * or zone, or whose clock is corrected while it runs, still shows the clinic's time.
 */
export function hubTimeAt(mark: HubTimeMark, steadyNowMs: number): Date {
  return new Date(mark.hubMs + (steadyNowMs - mark.steadyMs));
}
