// `npm run dev` serves the renderer from Vite's dev server: its React refresh preamble is an
// inline script, allowed only by a nonce made for that start. The harness in dev mode
// (`npm run harness -- --dev`) serves the same dev pages, so a person can walk them in Chromium.
import { makeTempDir } from '../support/temp-dir.ts';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process.ts';
import { test, expect } from '@playwright/test';
import { completeSetup } from './flows.ts';

let data: { dir: string; cleanup(): void };
let harness: HarnessProcess;
/** The nonce the first dev start used. */
let firstNonce: string | undefined;

test.beforeAll(async () => {
  data = makeTempDir('harbor-dev-');
  harness = await startHarnessProcess(data.dir, { args: ['--dev'] });
});

test.afterAll(async () => {
  await harness?.stop();
  data?.cleanup();
});

test.beforeEach(() => test.setTimeout(120_000));

test('the dev pages run under the dev policy: refresh preamble allowed by its nonce, nothing else inline, setup works', async ({ page, context }) => {
  await harness.signIn(context);
  const violations: string[] = [];
  page.on('console', (message) => {
    // Chromium notes that frame-ancestors means nothing in a meta tag (the header carries it): not a violation.
    if (/Content Security Policy/i.test(message.text()) && !message.text().includes('frame-ancestors')) violations.push(message.text());
  });
  const response = await page.goto(`${harness.url}/`);
  const policy = response!.headers()['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  firstNonce = nonce;
  expect(policy).toContain("script-src 'self' 'nonce-");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');

  // The page is the dev server's: the refresh runtime ran, and every inline script carries the nonce.
  await expect(page.getByRole('button', { name: 'Choose a passphrase' })).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate('typeof window.$RefreshReg$')).toBe('function');
  const inline = (await page.evaluate(
    `[...document.querySelectorAll('script:not([src])')].map((s) => s.nonce)`,
  )) as string[];
  expect(inline.length).toBeGreaterThan(0);
  expect(inline.every((n) => n === nonce)).toBe(true);

  await completeSetup(page);
  expect(violations).toEqual([]);

  // A script without the nonce is still refused.
  await page.evaluate(`(() => { const s = document.createElement('script'); s.textContent = 'window.__injected = 1'; document.head.append(s); })()`);
  expect(await page.evaluate('window.__injected')).toBeUndefined();
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});

test('a new dev start makes a new nonce, and builds keep the plain policy', async ({ context, page }) => {
  test.setTimeout(180_000);
  const other = makeTempDir('harbor-dev-');
  const second = await startHarnessProcess(other.dir, { args: ['--dev'] });
  try {
    await second.signIn(context);
    const policy = (await page.goto(`${second.url}/`))!.headers()['content-security-policy'];
    const nonce = /'nonce-([^']+)'/.exec(policy!)?.[1];
    expect(nonce).toBeTruthy();
    expect(nonce).not.toBe(firstNonce);
  } finally {
    await second.stop();
    other.cleanup();
  }
  const built = makeTempDir('harbor-built-');
  const plain = await startHarnessProcess(built.dir);
  try {
    await plain.signIn(context);
    const policy = (await page.goto(`${plain.url}/`))!.headers()['content-security-policy'];
    expect(policy).not.toContain('nonce-');
  } finally {
    await plain.stop();
    built.cleanup();
  }
});
