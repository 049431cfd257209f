// Coping box benchmark (`npm run bench`): how fast the coping window's page becomes usable in
// Chromium from the browser harness, against the main app page in the same run, and how much
// JavaScript the coping page loads (gzip). Targets: coping page JS < 150 KB gzip,
// time-to-interactive < 300 ms here. Hotkey-to-visible needs the Electron binary; without it the
// line says why it was skipped.
//
// Time-to-interactive here: from navigation start (performance.timeOrigin) to the moment the page
// has rendered its main control with its data — the coping box with "Pick one for me" on
// coping.html, the unlock form on index.html (both with the vault locked, as in a crisis). React
// attaches its event handlers before that first render, so the control works from then on.
// Each load is a fresh page; the harness serves everything with Cache-Control: no-store.
//
// Prints one JSON object per line: {"name","value","unit",...}.
import { chromium, type Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { makeTempDir } from '../tests/support/temp-dir.ts';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';
import { startHarnessProcess } from '../tests/support/harness-process.ts';
import { signedInState } from '../tests/support/harness-sign-in.ts';
import { findElectronBinary, root } from '../tests/electron/electron-binary.ts';

const LOADS = Number(process.env.BENCH_COPING_LOADS ?? 20);
const rendererDir = join(root, 'out/renderer');

const emit = (line: Record<string, unknown>) => console.log(JSON.stringify(line));
const round = (n: number) => Math.round(n * 10) / 10;
const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The page's own scripts (entry + preloaded chunks), as listed in its built HTML. */
function scriptsOf(page: string): string[] {
  const html = readFileSync(join(rendererDir, page), 'utf8');
  const found = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  if (found.length === 0) throw new Error(`No scripts found in ${page}; is the renderer built?`);
  return found;
}

function gzipKb(files: string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(rendererDir, file)), { level: 9 }).length, 0) / 1024;
}

/** Records when `selector` first matches, on the page's own clock; runs before any page script. */
function readyProbe(selector: string) {
  // Typed by hand: the bench compiles without the DOM library.
  const w = globalThis as unknown as {
    __ready?: number;
    document: { querySelector(selector: string): unknown };
    MutationObserver: new (callback: () => void) => { observe(target: unknown, options: Record<string, boolean>): void };
    performance: { now(): number };
  };
  const check = () => {
    if (w.__ready === undefined && w.document.querySelector(selector)) w.__ready = w.performance.now();
  };
  new w.MutationObserver(check).observe(w.document, { childList: true, subtree: true, attributes: true });
}

async function timeToInteractive(browser: Browser, url: string, selector: string): Promise<number> {
  const context = await browser.newContext({ storageState: signedIn });
  const page = await context.newPage();
  await page.addInitScript(readyProbe, selector);
  await page.goto(url);
  try {
    await page.waitForFunction(() => (globalThis as unknown as { __ready?: number }).__ready !== undefined, undefined, { timeout: 10_000 });
  } catch (error) {
    console.error(`${url} never showed ${selector}:\n${(await page.content()).slice(0, 3000)}`);
    throw error;
  }
  const ms = await page.evaluate(() => (globalThis as unknown as { __ready: number }).__ready);
  await context.close();
  return ms;
}

const temp = makeTempDir('harbor-coping-bench-');
const harness = await startHarnessProcess(temp.dir);
const browser = await chromium.launch(chromiumLaunchOptions);
// Every fresh context below starts signed in (the harness's one-time address is visited once here).
const signedIn = await signedInState(browser, harness.signInUrl);
try {
  // A set-up, locked Harbor: the moment the coping window is for.
  const setup = await browser.newPage({ storageState: signedIn });
  await setup.goto(harness.url);
  await setup.evaluate(async () => {
    const api = (globalThis as unknown as { harbor: Record<string, (input: unknown) => Promise<{ ok: boolean }>> }).harbor;
    if (!(await api.vaultCreate!({ passphrase: 'quiet harbour evening' })).ok) throw new Error('setup failed');
    await api.vaultLock!({});
  });
  await setup.close();

  const coping: number[] = [];
  const main: number[] = [];
  // One warm-up each (Chromium's own first-run costs), then interleaved loads.
  await timeToInteractive(browser, `${harness.url}/coping.html`, '.box__items');
  await timeToInteractive(browser, `${harness.url}/`, 'form button[type="submit"]');
  for (let i = 0; i < LOADS; i++) {
    coping.push(await timeToInteractive(browser, `${harness.url}/coping.html`, '.box__items'));
    main.push(await timeToInteractive(browser, `${harness.url}/`, 'form button[type="submit"]'));
  }
  emit({
    name: 'coping.tti.median',
    value: round(median(coping)),
    unit: 'ms',
    loads: LOADS,
    baseline: 'index.locked.tti.median',
    baselineValue: round(median(main)),
    ratio: round((median(coping) / median(main)) * 100) / 100,
    target: 300,
    min: round(Math.min(...coping)),
    max: round(Math.max(...coping)),
  });
  emit({ name: 'index.locked.tti.median', value: round(median(main)), unit: 'ms', loads: LOADS, min: round(Math.min(...main)), max: round(Math.max(...main)) });

  const copingScripts = scriptsOf('coping.html');
  const indexScripts = scriptsOf('index.html');
  emit({
    name: 'coping.js.gzip',
    value: round(gzipKb(copingScripts)),
    unit: 'KB',
    files: copingScripts,
    baseline: 'index.js.gzip',
    baselineValue: round(gzipKb(indexScripts)),
    target: 150,
  });
  const electron = findElectronBinary();
  emit({ name: 'coping.hotkey-to-visible', value: null, unit: 'ms', target: 100, skipped: electron.skipReason ?? 'not measured by this script: it needs a real key press on a desktop; tests/electron/coping.spec.ts prints it there' });
} finally {
  await browser.close();
  await harness.stop();
  temp.cleanup();
}
