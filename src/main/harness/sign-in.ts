// Signing in to the browser harness. At start the harness makes a one-time code (printed in its
// address) and a session secret. Visiting the address with the code sets the session as an
// HttpOnly, SameSite=Strict cookie and forgets the code; every other request must carry that
// cookie. Neither secret is ever written into a response body.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export class HarnessSignIn {
  /** Per port, so two harnesses in one browser (cookies ignore ports) never overwrite each other. */
  readonly cookieName: string;
  private readonly session = randomBytes(32).toString('hex');
  private code: string | null = randomBytes(24).toString('hex');
  private readonly printedCode: string;

  constructor(port: number) {
    this.cookieName = `harbor-session-${port}`;
    this.printedCode = this.code!;
  }

  /** The address to print: the only way in, and it works once. */
  address(origin: string): string {
    return `${origin}/?code=${this.printedCode}`;
  }

  /** Takes the one-time code: true once, for the right code; the cookie to set is `cookie()`. */
  redeem(given: string): boolean {
    if (this.code === null || !sameSecret(given, this.code)) return false;
    this.code = null;
    return true;
  }

  cookie(): string {
    return `${this.cookieName}=${this.session}; HttpOnly; SameSite=Strict; Path=/`;
  }

  /** True when the request carries this run's session cookie. */
  signedIn(req: IncomingMessage): boolean {
    const header = req.headers.cookie ?? '';
    let found = false;
    for (const part of header.split(';')) {
      const at = part.indexOf('=');
      if (at < 0 || part.slice(0, at).trim() !== this.cookieName) continue;
      // Every candidate is compared, so the time taken says nothing about which one was close.
      if (sameSecret(part.slice(at + 1).trim(), this.session)) found = true;
    }
    return found;
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** What anyone without the cookie sees: how to open Harbor, nothing else. */
export const SIGN_IN_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Open Harbor</title><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"></head>
<body>
<main>
<h1>Open Harbor from its address</h1>
<p>This page needs the address Harbor printed when it started. It looks like
http://127.0.0.1:5199/?code=… and it works once, in one browser.</p>
<p>If you have used it already, or it came from an earlier start, stop Harbor (Ctrl+C where it runs)
and start it again with <code>npm run harness</code>. Add <code>-- --open</code> to have it open in your browser.</p>
</main>
</body>
</html>
`;
