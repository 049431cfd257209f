// TEST HOOK, documented in the README: in the browser harness only (see inBrowserHarness),
// `?test-minute-ms=N` makes one timer minute last N milliseconds, so an end-to-end test can run a
// 5-minute timer in seconds. The app ignores it; real timers always use 60,000 ms minutes.
export function timerMinuteMs(): number {
  if (!inBrowserHarness()) return 60_000;
  const value = Number(new URLSearchParams(window.location.search).get('test-minute-ms'));
  return Number.isFinite(value) && value >= 50 && value <= 60_000 ? Math.round(value) : 60_000;
}

/** True in the browser harness: it marks every page it serves (the desktop app's pages never carry this). */
export function inBrowserHarness(): boolean {
  return document.querySelector('meta[name="harbor-harness"]') !== null;
}
