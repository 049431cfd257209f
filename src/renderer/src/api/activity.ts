// Auto-lock counts time without use. Every request to main already counts as use; reading,
// scrolling and typing into a field that has not saved yet send none, so input events send a
// small 'appActivity' ping, at most once per interval.
import { harbor } from './harbor';

const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

export function startActivityPings(everyMs = 15_000, send: () => unknown = () => harbor.appActivity({})): () => void {
  let last = 0;
  const onInput = () => {
    const now = Date.now();
    if (now - last < everyMs) return;
    last = now;
    void send();
  };
  for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
  return () => {
    for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
  };
}
