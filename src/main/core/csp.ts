// The page's Content-Security-Policy, shared by the app:// protocol and the harness.
const PRODUCTION_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  // Voice notes play from blob: URLs the page makes from the journal's bytes (never data: or remote).
  "media-src blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
];

export const CONTENT_SECURITY_POLICY = PRODUCTION_POLICY.join('; ');

/**
 * Under `npm run dev` only: the dev server's inline React refresh preamble and the styles it
 * injects carry a nonce made afresh for each dev-server start (scripts stay 'self' otherwise), and
 * live reload talks to the dev server over a local WebSocket. Never in a build.
 */
export function devContentSecurityPolicy(nonce: string): string {
  return PRODUCTION_POLICY.map((directive) => {
    if (directive.startsWith('script-src') || directive.startsWith('style-src')) return `${directive} 'nonce-${nonce}'`;
    if (directive.startsWith('connect-src')) return `${directive} ws://localhost:* ws://127.0.0.1:*`;
    return directive;
  }).join('; ');
}
