// TEST HOOK, documented in the README: in the browser harness only (the page carries the
// harness's token meta tag, which the desktop app never has), `?test-minute-ms=N` makes one timer
// minute last N milliseconds, so an end-to-end test can run a 5-minute timer in seconds. The app
// ignores it; real timers always use 60,000 ms minutes.
export function timerMinuteMs(): number {
  const inHarness = document.querySelector('meta[name="harbor-harness-token"]') !== null;
  if (!inHarness) return 60_000;
  const value = Number(new URLSearchParams(window.location.search).get('test-minute-ms'));
  return Number.isFinite(value) && value >= 50 && value <= 60_000 ? Math.round(value) : 60_000;
}
