// Session-wide hardening: no permissions, no navigation away, no new windows, no network.
import { app, BrowserWindow, dialog, shell, type Session, type WebContents } from 'electron';
import { APP_ORIGIN } from './protocol.ts';

/** The electron-vite dev server under `npm run dev`; never in a packaged app, never remote. */
export function devServerOrigin(): string | null {
  const raw = process.env.ELECTRON_RENDERER_URL;
  if (!raw || app.isPackaged) return null;
  try {
    const url = new URL(raw);
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    return local && url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** Pages Harbor itself serves: app://harbor in production, the local dev server under `npm run dev`. */
export function isAppUrl(url: string): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  const dev = devServerOrigin();
  return dev !== null && url.startsWith(`${dev}/`);
}

/** What the session may load: the app's own pages, inline data (images), devtools, the dev server. */
function mayLoad(url: string): boolean {
  if (isAppUrl(url) || url.startsWith('data:') || url.startsWith('devtools://')) return true;
  const dev = devServerOrigin();
  return dev !== null && url.startsWith(`${dev.replace(/^http:/, 'ws:')}/`); // dev server's live reload
}

/** Nothing listens there: port 9 is the discard port, and the request never leaves the computer. */
export const NO_DICTIONARY_DOWNLOADS = 'http://127.0.0.1:9/';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Outside macOS the spellchecker downloads dictionaries from a Google CDN: Harbor stays offline.
  session.setSpellCheckerEnabled(process.platform === 'darwin');
  // And should anything turn it on, the download goes nowhere (a closed port on this computer).
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOADS);
  // Only the app's own scheme may load anything: no remote content, ever.
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !mayLoad(details.url) }));
}

/** Applies to every web contents Electron creates (windows, devtools, anything added later). */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void offerExternalLink(contents, url);
    return { action: 'deny' };
  });
}

/** Links to the web open only in the person's browser, https only, after they say yes. */
async function offerExternalLink(contents: WebContents, url: string): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return;
  const owner = BrowserWindow.fromWebContents(contents);
  const options = {
    type: 'question' as const,
    buttons: ['Open in browser', 'Stay in Harbor'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: parsed.toString(),
  };
  const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
  if (response === 0) await shell.openExternal(parsed.toString());
}
