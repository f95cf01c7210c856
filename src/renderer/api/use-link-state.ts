import { useSyncExternalStore } from 'react';
import { reconnectSchedule } from './client';
import type { LinkState } from './reconnect-schedule';

/** Whether this window reaches the hub, re-rendering when that changes. */
export function useLinkState(): LinkState {
  return useSyncExternalStore(reconnectSchedule.subscribe, reconnectSchedule.snapshot);
}
