import { useSubscription } from '@trpc/tanstack-react-query';
import { useEffect, useRef, useState } from 'react';
import type { QueueBoard } from '../../../shared/schemas/queue';
import { appErrorOf } from '../../api/app-error';
import { useTRPC } from '../../api/client';
import { backoffDelayMs } from '../../api/reconnect-schedule';
import { useLinkState } from '../../api/use-link-state';

/** Refusals that only a person can fix, at the TV's address bar: trying again changes nothing. */
const NEEDS_A_PERSON = new Set(['DISPLAY_CODE_WRONG', 'VALIDATION_FAILED']);

export interface BoardFeed {
  /** The last board the hub sent; kept on screen while the link is down. */
  board: QueueBoard | undefined;
  /** Why there is no live board, or null while there is one. */
  error: unknown;
  /** Whether the feed is being tried again by itself, and when next (ms since 1970; null: now). */
  retrying: { nextTryAt: number | null } | null;
}

/**
 * The waiting-room board, live, for as long as the TV is on. A lost link is tried again by the
 * WebSocket client; a refusal that passes (the hub restarted and waits for its recovery code,
 * too many wrong codes from this address) by this hook, with the same back-off.
 */
export function useBoardFeed(pairingCode: string): BoardFeed {
  const trpc = useTRPC();
  const feed = useSubscription(trpc.display.board.subscriptionOptions({ pairingCode }, { enabled: pairingCode.length > 0 }));
  const link = useLinkState();
  const attempt = useRef(0);
  const [nextTryAt, setNextTryAt] = useState<number | null>(null);
  const { status, error, reset } = feed;
  const refused = status === 'error' ? appErrorOf(error) : null;
  const passing = status === 'error' && !NEEDS_A_PERSON.has(refused?.code ?? '');

  useEffect(() => {
    if (!passing) return;
    const retryAfter = appErrorOf(error)?.details.retryAfterSeconds;
    const wait = typeof retryAfter === 'number' ? retryAfter * 1000 : 0;
    const delay = Math.max(wait, backoffDelayMs(attempt.current));
    attempt.current += 1;
    setNextTryAt(Date.now() + delay);
    const timer = setTimeout(reset, delay);
    return () => clearTimeout(timer);
  }, [passing, error, reset]);

  useEffect(() => {
    if (feed.data) attempt.current = 0;
  }, [feed.data]);

  const linkDown = link.kind === 'down' || (status === 'connecting' && error !== null);
  return {
    board: status === 'error' ? undefined : feed.data,
    error: linkDown || status === 'error' ? error : null,
    retrying: passing ? { nextTryAt } : linkDown ? { nextTryAt: link.kind === 'down' ? link.nextTryAt : null } : null,
  };
}
