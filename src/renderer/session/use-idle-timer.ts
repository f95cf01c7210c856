import { useEffect } from 'react';

const ACTIVITY_EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;

/** Calls `onIdle` once nobody has touched mouse or keyboard for `minutes`. */
export function useIdleTimer(minutes: number, onIdle: () => void): void {
  useEffect(() => {
    let timer = window.setTimeout(onIdle, minutes * 60_000);
    const reset = (): void => {
      window.clearTimeout(timer);
      timer = window.setTimeout(onIdle, minutes * 60_000);
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, reset, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, reset);
    };
  }, [minutes, onIdle]);
}
