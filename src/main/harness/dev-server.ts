// `npm run dev` and `npm run harness -- --dev`: the renderer from Vite's dev server, with the
// React refresh preamble allowed by a nonce made for this start (see devContentSecurityPolicy).
// Developer tooling only: nothing here is part of a build.
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { Plugin, ViteDevServer } from 'vite';
import { devContentSecurityPolicy } from '../core/csp.ts';
import { apiMethods } from '../../shared/contract/index.ts';

const META_CSP = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/;

export function newDevNonce(): string {
  return randomBytes(18).toString('base64');
}

/** Rewrites each page's CSP meta tag to the dev policy for `nonce` (serve only; builds keep theirs). */
export function devCspPlugin(nonce: string): Plugin {
  return {
    name: 'harbor:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      if (!META_CSP.test(html)) throw new Error('A page has no Content-Security-Policy meta tag.');
      return html.replace(META_CSP, `$1${devContentSecurityPolicy(nonce)}$2`);
    },
  };
}

/** The renderer's dev server as middleware for the harness, with live reload over `httpServer`. */
export async function startRendererDevServer(root: string, nonce: string, httpServer: Server): Promise<ViteDevServer> {
  const [{ createServer }, { default: react }] = await Promise.all([import('vite'), import('@vitejs/plugin-react')]);
  return createServer({
    configFile: false,
    root,
    // As electron.vite.config.ts: the contract's method names for the bridge.
    define: { HARBOR_API_METHODS: JSON.stringify(apiMethods) },
    plugins: [react(), devCspPlugin(nonce)],
    html: { cspNonce: nonce },
    server: { middlewareMode: true, hmr: { server: httpServer } },
    appType: 'custom',
    logLevel: 'warn',
  });
}
