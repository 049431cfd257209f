// Session-wide hardening: no permissions, no navigation away, no new windows, no network.
import { app, BrowserWindow, dialog, shell, type Session, type WebContents } from 'electron';
import { APP_ORIGIN } from './protocol.ts';

/** Pages Harbor itself serves: app://harbor in production, the dev server under `npm run dev`. */
export function isAppUrl(url: string): boolean {
  const dev = process.env.ELECTRON_RENDERER_URL;
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  return Boolean(dev && !app.isPackaged && url.startsWith(dev));
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Only the app's own scheme (and devtools) may load anything: no remote content, ever.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      details.url.startsWith(`${APP_ORIGIN}/`) ||
      details.url.startsWith('devtools://') ||
      (isAppUrl(details.url) && !app.isPackaged);
    callback({ cancel: !allowed });
  });
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
  if (parsed.protocol !== 'https:') return;
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
