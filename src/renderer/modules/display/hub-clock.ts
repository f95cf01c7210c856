import { useMemo } from 'react';
import { useNow } from '../../format/use-clinic-clock';
import { hubTimeAt } from './hub-time';

/** The hub's time, ticking each second from the last `hubNow` it sent (null until it has sent one). */
export function useHubTime(hubNow: string | undefined): Date | null {
  const mark = useMemo(() => (hubNow ? { hubMs: Date.parse(hubNow), steadyMs: performance.now() } : null), [hubNow]);
  useNow(1000);
  return mark ? hubTimeAt(mark, performance.now()) : null;
}
