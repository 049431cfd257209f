// How Harbor's tests and benches start Debian's Chromium (never `npx playwright install`).
// Without the networking flags Chromium keeps calling home, which this closed network refuses.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
