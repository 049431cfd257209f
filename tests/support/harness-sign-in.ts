// Signing in to the browser harness the way a browser does: visit the printed address once,
// keep the cookie it sets. For Node clients (unit tests, reliability checks); browsers use
// HarnessProcess.signIn.
import type { Browser, BrowserContext } from '@playwright/test';

/** Visits the one-time address and returns the `Cookie` header value it granted. */
export async function signInCookie(signInUrl: string): Promise<string> {
  const response = await fetch(signInUrl, { redirect: 'manual' });
  const cookie = response.headers.get('set-cookie');
  if (response.status !== 303 || !cookie) throw new Error(`Signing in to the harness failed (${response.status}).`);
  return cookie.split(';')[0]!;
}

/**
 * Signs a browser context in through the printed address: the context's own request client visits
 * it, and the cookie it sets lands in the context's cookie jar, exactly where a visit by one of
 * its pages would put it (tests/e2e/harness-sign-in.spec.ts walks that visit in a real page).
 */
export async function signInBrowser(context: BrowserContext, signInUrl: string): Promise<void> {
  const response = await context.request.get(signInUrl, { maxRedirects: 0 });
  const origin = new URL(signInUrl).origin;
  if (response.status() !== 303 || !(await context.cookies(origin)).some((c) => c.name.startsWith('harbor-session-'))) {
    throw new Error(`Signing in to the harness failed (${response.status()}).`);
  }
  await response.dispose();
}

/** Cookies of one signed-in context, for benches that open many fresh contexts on one harness run. */
export async function signedInState(browser: Browser, signInUrl: string): Promise<Awaited<ReturnType<BrowserContext['storageState']>>> {
  const context = await browser.newContext();
  try {
    await signInBrowser(context, signInUrl);
    return await context.storageState();
  } finally {
    await context.close();
  }
}
