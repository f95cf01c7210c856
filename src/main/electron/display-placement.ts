/** A monitor as Electron's `screen` module describes it (the fields we use). */
export interface MonitorInfo {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

/**
 * Where the waiting-room board goes: the largest monitor that is not the one staff work on.
 * With a single monitor there is nowhere to put it, and the front desk keeps its screen.
 */
export function externalMonitor(monitors: readonly MonitorInfo[], primaryId: number): MonitorInfo | null {
  const others = monitors.filter((monitor) => monitor.id !== primaryId);
  if (others.length === 0) return null;
  return others.reduce((largest, monitor) => (area(monitor) > area(largest) ? monitor : largest));
}

function area(monitor: MonitorInfo): number {
  return monitor.bounds.width * monitor.bounds.height;
}

/** The display route of our one page; the pairing code is what the board asks the hub for. */
export function displayRoute(pairingCode: string): string {
  return `/display?code=${encodeURIComponent(pairingCode)}`;
}
