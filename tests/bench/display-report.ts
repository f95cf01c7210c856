import type { DisplayLatencyResult } from './display-latency';
import { atMost, type ReportSection } from './report';
import { spreadText } from './stats';

export const DISPLAY_GOALS = { callP95Ms: 150 };


export function displaySection(result: DisplayLatencyResult, warmup: number): ReportSection {
  return {
    title: `5. Queue call → waiting-room TV over WebSocket, ${result.samples} calls, p50 / p95 / max`,
    rows: [
      { figure: 'queue.callNext sent → board shows the ticket called', measured: spreadText(result.call), goal: atMost(result.call.p95Ms, DISPLAY_GOALS.callP95Ms, `p95 ≤ ${DISPLAY_GOALS.callP95Ms} ms`) },
      { figure: 'queue.checkIn sent → board counts it waiting', measured: spreadText(result.checkIn) },
    ],
    notes: [
      `hub in its own process; the TV subscribed to display.board with the pairing code on one WebSocket, the desk signed in on another; one room, each walk-in checked in then called; ${warmup} untimed calls first.`,
    ],
  };
}
