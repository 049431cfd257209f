import { useCallback, useEffect, useState } from 'react';

/**
 * The wait between wrong tries, counted down on this page. `start(ms)` begins a wait of `ms`
 * (main says how long; 0 ends it); `secondsLeft` is what the lock screen shows, 0 when the next
 * try is allowed. Main enforces the wait whatever this shows.
 */
export function useWait(initialMs: number): { secondsLeft: number; start: (ms: number) => void } {
  const [until, setUntil] = useState(() => (initialMs > 0 ? Date.now() + initialMs : 0));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(1000, until - now));
    return () => clearTimeout(timer);
  }, [until, now]);
  const start = useCallback((ms: number) => {
    const at = Date.now();
    setNow(at);
    setUntil(ms > 0 ? at + ms : 0);
  }, []);
  return { secondsLeft: Math.max(0, Math.ceil((until - now) / 1000)), start };
}

export function seconds(n: number): string {
  return `${n} second${n === 1 ? '' : 's'}`;
}
