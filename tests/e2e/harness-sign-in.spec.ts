// Signing in to the browser harness in a real browser: without the printed address nothing is
// served; the address works once, leaves only the plain address behind, and the page never
// sees the session (HttpOnly cookie).
import { test, expect, expectAccessible } from './fixtures.ts';
import { harborCall } from './flows.ts';

test('a browser without the printed address gets only the page saying how to open Harbor; the address signs it in once', async ({ browser, harness }) => {
  const stranger = await browser.newContext();
  const person = await browser.newContext();
  try {
    const page = await stranger.newPage();
    const refused = await page.goto(harness.url);
    expect(refused?.status()).toBe(401);
    await expect(page.getByRole('heading', { level: 1, name: 'Open Harbor from its address' })).toBeVisible();
    await expect(page.getByText(/npm run harness/)).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: '.tmp/shots/harness-sign-in-refused.png' });
    // The coping page (what the hotkey opens) and the app's scripts are refused the same way.
    for (const path of ['/coping.html', '/assets/harness-bridge.js']) expect((await page.goto(`${harness.url}${path}`))?.status(), path).toBe(401);

    // The person opens the address Harbor printed: the welcome screen, at the plain address.
    const own = await person.newPage();
    const signedIn = await own.goto(harness.signInUrl);
    expect(signedIn?.status()).toBe(200);
    expect(own.url()).toBe(`${harness.url}/`);
    await expect(own.getByRole('heading', { level: 1, name: 'Welcome to Harbor' })).toBeVisible();
    expect(await harborCall(own, 'vaultStatus', {})).toMatchObject({ ok: true, value: { state: 'none' } });
    const code = new URL(harness.signInUrl).searchParams.get('code')!;
    expect(await own.content()).not.toContain(code);
    // HttpOnly: the page's scripts cannot read the session.
    expect(await own.evaluate(() => (globalThis as unknown as { document: { cookie: string } }).document.cookie)).toBe('');
    const [cookie] = await person.cookies(harness.url);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    await own.goto(`${harness.url}/coping.html`);
    await expect(own.getByRole('heading', { level: 1, name: 'Coping box' })).toBeVisible();

    // The same address, now spent, lets nobody else in.
    const late = await page.goto(harness.signInUrl);
    expect(late?.status()).toBe(401);
    await expect(page.getByRole('heading', { level: 1, name: 'Open Harbor from its address' })).toBeVisible();
    expect(await stranger.cookies(harness.url)).toEqual([]);
  } finally {
    await stranger.close();
    await person.close();
  }
});
