// A review of the BUILT app's code (out/main/index.js, out/preload/index.cjs, out/renderer/*.html)
// against Electron's security checklist (electronjs.org/docs/latest/tutorial/security), item by
// item. It reads the shipped code as text, so an insecure option added anywhere (a new window, a
// new IPC handler) is caught even where no runtime test opens that path. The runtime behaviour
// of the same bundle is proven under the electron stand-in in tests/unit/electron-layer.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export interface ChecklistItem {
  /** Number in Electron's checklist (0 = an extra Harbor-specific check). */
  number: number;
  title: string;
  ok: boolean;
  detail: string;
}

const TRUE = String.raw`(?:true|!0)`;
const FALSE = String.raw`(?:false|!1)`;
const count = (text: string, pattern: RegExp) => (text.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)) ?? []).length;

/** The text of the function around `index` (from the nearest function start before it). */
function enclosingFunction(text: string, index: number): string {
  const starts = [...text.slice(0, index).matchAll(/\n(?:async )?function |\n(?:export )?const \w+ = (?:async )?\(/g)];
  const start = starts.at(-1)?.index ?? Math.max(0, index - 2000);
  return text.slice(start, index + 200);
}

export function cspDirectives(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** Problems with a page CSP; empty when it is strict. */
export function cspProblems(policy: string, { needFrameAncestors }: { needFrameAncestors: boolean }): string[] {
  const d = cspDirectives(policy);
  const problems: string[] = [];
  const want = (name: string, values: string[]) => {
    if (JSON.stringify(d.get(name)) !== JSON.stringify(values)) problems.push(`${name} should be ${values.join(' ')}, is ${d.get(name)?.join(' ') ?? 'missing'}`);
  };
  want('default-src', ["'none'"]);
  want('script-src', ["'self'"]);
  want('object-src', ["'none'"]);
  want('base-uri', ["'none'"]);
  want('form-action', ["'none'"]);
  if (needFrameAncestors) want('frame-ancestors', ["'none'"]);
  for (const [name, values] of d) {
    for (const value of values) {
      if (/unsafe-(inline|eval|hashes)|wasm-unsafe-eval/.test(value)) problems.push(`${name} allows ${value}`);
      if (value === '*' || /^(https?|wss?):/.test(value) || value.includes('*')) problems.push(`${name} allows remote ${value}`);
      if (value === 'data:' && name !== 'img-src') problems.push(`${name} allows data:`);
    }
  }
  return problems;
}

export function reviewBuiltApp(base = root): ChecklistItem[] {
  const mainPath = join(base, 'out/main/index.js');
  const preloadPath = join(base, 'out/preload/index.cjs');
  const rendererDir = join(base, 'out/renderer');
  if (!existsSync(mainPath) || !existsSync(preloadPath) || !existsSync(join(rendererDir, 'index.html'))) {
    throw new Error('The app is not built: run `npx electron-vite build` (npm test does) before the security review.');
  }
  const main = readFileSync(mainPath, 'utf8');
  const preload = readFileSync(preloadPath, 'utf8');
  const pages = readdirSync(rendererDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ name: f, html: readFileSync(join(rendererDir, f), 'utf8') }));
  const pkg = JSON.parse(readFileSync(join(base, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string>; dependencies?: Record<string, string> };
  const items: ChecklistItem[] = [];
  const check = (number: number, title: string, ok: boolean, detail: string) => items.push({ number, title, ok, detail });

  // 1. Only load secure content.
  const loads = [...main.matchAll(/\.loadURL\((.*)\);?$/gm)].map((m) => m[1]!.trim());
  const remoteLoads = loads.filter((arg) => /^[`'"]https?:/.test(arg));
  const remoteInPages = pages.filter((p) => /\s(src|href)=["']?(https?:)?\/\//i.test(p.html)).map((p) => p.name);
  check(
    1,
    'Only load secure content: no http(s) page, script or style is loaded; only app:// pages',
    remoteLoads.length === 0 && remoteInPages.length === 0 && count(main, /\?\? "app:\/\/harbor"/) >= 2 && /onBeforeRequest\(\(details, callback\) => callback\(\{ cancel: !mayLoad\(details\.url\) \}\)\)/.test(main),
    `loadURL arguments: ${loads.join(' | ')}; remote in pages: ${remoteInPages.join(', ') || 'none'}`,
  );

  // 2. Do not enable Node.js integration for remote content.
  check(
    2,
    'Node.js integration is off everywhere (windows, workers, subframes)',
    new RegExp(`nodeIntegration:\\s*${FALSE}`).test(main) &&
      new RegExp(`nodeIntegrationInWorker:\\s*${FALSE}`).test(main) &&
      !new RegExp(`nodeIntegration(InWorker|InSubFrames)?:\\s*${TRUE}`).test(main),
    'nodeIntegration: false and nodeIntegrationInWorker: false, never true',
  );

  // 3. Enable context isolation.
  check(
    3,
    'Context isolation is on and never turned off',
    new RegExp(`contextIsolation:\\s*${TRUE}`).test(main) && !new RegExp(`contextIsolation:\\s*${FALSE}`).test(main),
    'contextIsolation: true',
  );

  // 4. Enable process sandboxing.
  check(
    4,
    'Every renderer is sandboxed (app.enableSandbox() and sandbox: true)',
    /app\.enableSandbox\(\)/.test(main) && new RegExp(`sandbox:\\s*${TRUE}`).test(main) && !new RegExp(`sandbox:\\s*${FALSE}`).test(main),
    'app.enableSandbox() before ready; sandbox: true in the shared web preferences',
  );

  // Every window gets the shared secure preferences (a window with its own would bypass 2–4, 6, 8).
  const windows = count(main, /new (?:\w+\.)?BrowserWindow\(/);
  const securePrefs = count(main, /webPreferences: secureWebPreferences\(/);
  check(0, 'Every BrowserWindow gets the one secureWebPreferences()', windows >= 1 && windows === securePrefs, `${windows} BrowserWindow constructions, ${securePrefs} built with secureWebPreferences()`);

  // 5. Handle session permission requests from remote content.
  check(
    5,
    'Permission requests and checks are refused (request, check and device handlers)',
    /setPermissionRequestHandler\(\([^)]*\) => callback\(false\)\)/.test(main) &&
      /setPermissionCheckHandler\(\(\) => false\)/.test(main) &&
      /setDevicePermissionHandler\(\(\) => false\)/.test(main),
    'every handler answers no',
  );

  // 6. Do not disable webSecurity.
  check(6, 'webSecurity is never disabled', !new RegExp(`webSecurity:\\s*${FALSE}`).test(main), 'no webSecurity: false');

  // 7. Define a Content Security Policy.
  const cspProblemsByPage = pages.map((page) => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(page.html);
    const inline = /<script(?![^>]*\bsrc=)[^>]*>/i.test(page.html);
    return { page: page.name, problems: meta ? [...cspProblems(meta[1]!, { needFrameAncestors: false }), ...(inline ? ['inline <script>'] : [])] : ['no CSP meta tag'] };
  });
  const header = /var CONTENT_SECURITY_POLICY = \[([\s\S]*?)\]\.join\("; "\)/.exec(main);
  const headerPolicy = header ? [...header[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]).join('; ') : '';
  const headerProblems = header ? cspProblems(headerPolicy, { needFrameAncestors: true }) : ['no CSP header in the app:// protocol'];
  check(
    7,
    'A strict CSP on every page (meta tag) and on every app:// response (header)',
    cspProblemsByPage.every((p) => p.problems.length === 0) && headerProblems.length === 0 && /"Content-Security-Policy": CONTENT_SECURITY_POLICY/.test(main),
    [...cspProblemsByPage.map((p) => `${p.page}: ${p.problems.join(', ') || 'strict'}`), `header: ${headerProblems.join(', ') || 'strict'}`].join('; '),
  );

  // 8. Do not enable allowRunningInsecureContent.
  check(8, 'allowRunningInsecureContent is never enabled', !new RegExp(`allowRunningInsecureContent:\\s*${TRUE}`).test(main), 'allowRunningInsecureContent: false');

  // 9. Do not enable experimental features.
  check(9, 'No experimental Chromium features', !new RegExp(`experimentalFeatures:\\s*${TRUE}`).test(main), 'experimentalFeatures not set');

  // 10. Do not use enableBlinkFeatures.
  check(10, 'No enableBlinkFeatures', !/enableBlinkFeatures/.test(main), 'enableBlinkFeatures not used');

  // 11 and 12. <webview>: no allowpopups; verify options before creation. Harbor has no webviews at all.
  const webviewInPages = pages.some((p) => /<webview/i.test(p.html)) || /allowpopups/i.test(main);
  check(
    11,
    'No <webview> (webviewTag: false, attachments prevented), so no allowpopups',
    new RegExp(`webviewTag:\\s*${FALSE}`).test(main) && /"will-attach-webview", \(event\) => event\.preventDefault\(\)/.test(main) && !webviewInPages,
    'webviewTag: false; will-attach-webview is prevented',
  );
  check(12, 'Webview options cannot be set: every will-attach-webview is prevented', /"will-attach-webview", \(event\) => event\.preventDefault\(\)/.test(main), 'see 11');

  // 13. Disable or limit navigation.
  check(
    13,
    'Navigation and redirects are limited to the app’s own pages',
    /"will-navigate", \(event, url\) => \{\s*if \(!isAppUrl\(url\)\) event\.preventDefault\(\);/.test(main) &&
      /"will-redirect", \(event, url\) => \{\s*if \(!isAppUrl\(url\)\) event\.preventDefault\(\);/.test(main) &&
      /function hardenAllWebContents\(\) \{\s*app\.on\("web-contents-created"/.test(main),
    'will-navigate and will-redirect prevented unless isAppUrl, for every web contents',
  );

  // 14. Disable or limit creation of new windows.
  check(
    14,
    'New windows are denied (links go to the browser only after the person agrees)',
    /setWindowOpenHandler\(/.test(main) && /return \{ action: "deny" \}/.test(main) && !/action: "allow"/.test(main),
    'setWindowOpenHandler always returns deny',
  );

  // 15. Do not use shell.openExternal with untrusted content.
  const externals = [...main.matchAll(/shell\.openExternal\(/g)];
  // Two kinds are allowed: an https link after a confirmation dialog, and a call or text to a
  // number the person saved (the core checks the number against their plan first; this function
  // checks the scheme and that the rest is a plain number).
  const httpsAfterYes = (fn: string) =>
    /parsed\.protocol !== "https:"/.test(fn) && /parsed\.username \|\| parsed\.password/.test(fn) && /showMessageBox/.test(fn) && /response === 0/.test(fn);
  const plainCallOrText = (fn: string) => /scheme !== "tel" && scheme !== "sms"/.test(fn) && /\.test\(number\)/.test(fn) && /url !== `\$\{scheme\}:\$\{number\}`/.test(fn);
  const guarded = externals.filter((m) => {
    const fn = enclosingFunction(main, m.index);
    return httpsAfterYes(fn) || plainCallOrText(fn);
  });
  check(
    15,
    'shell.openExternal only for https links without credentials after the person says yes, or tel:/sms: with a plain saved number',
    externals.length === guarded.length,
    `${externals.length} openExternal call(s), ${guarded.length} guarded by an https check and a confirmation dialog or a tel:/sms: plain-number check`,
  );

  // 16. Use a current version of Electron.
  const wanted = pkg.devDependencies?.electron ?? pkg.dependencies?.electron ?? '';
  const installed = existsSync(join(base, 'node_modules/electron/package.json'))
    ? (JSON.parse(readFileSync(join(base, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version
    : 'not installed';
  check(16, 'A current Electron (45.x)', /^[\^~]?45\./.test(wanted) && installed.startsWith('45.'), `package.json ${wanted}, installed ${installed}`);

  // 17. Validate the sender of all IPC messages.
  const handles = count(main, /ipcMain\.handle\(/);
  check(
    17,
    'Every IPC handler checks its sender (top frame of Harbor’s own window on an app page); no other IPC',
    handles === 1 &&
      /ipcMain\.handle\(channelOf\(method\), \(event, input\) => \{\s*if \(!isTrustedSender\(event, trusted\)\) return fail\("forbidden"/.test(main) &&
      /if \(!frame \|\| frame\.parent !== null \|\| frame\.detached\) return false;/.test(main) &&
      /trusted\(\)\.includes\(event\.sender\) && isAppUrl\(frame\.url\)/.test(main) &&
      !/ipcMain\.(on|once|handleOnce)\(/.test(main),
    `${handles} ipcMain.handle call site (one per contract method, in a loop), sender checked first`,
  );

  // 18. Avoid the file:// protocol; prefer custom protocols.
  check(
    18,
    'No file://: pages come from the app:// protocol, served from the renderer folder only',
    !/\.loadFile\(/.test(main) &&
      !/file:\/\//.test(loads.join(' ')) &&
      /protocol\.handle\((?:APP_SCHEME|"app"), \(request\) => serveAppFile\(rendererDir, request\.url\)\)/.test(main) &&
      !/registerFileProtocol|interceptFileProtocol/.test(main) &&
      !/bypassCSP:\s*(true|!0)/.test(main),
    'loadFile unused; app:// registered without bypassCSP',
  );

  // 19. Check which fuses you can change (packaging config, owned and tested in packaging-config.test.ts).
  const builderPath = join(base, 'electron-builder.json');
  const fuses = existsSync(builderPath) ? ((JSON.parse(readFileSync(builderPath, 'utf8')) as { electronFuses?: Record<string, boolean> }).electronFuses ?? {}) : {};
  check(
    19,
    'Fuses for packaged builds: RunAsNode, NODE_OPTIONS and inspect off; ASAR integrity on; app only from ASAR',
    fuses.runAsNode === false &&
      fuses.enableNodeOptionsEnvironmentVariable === false &&
      fuses.enableNodeCliInspectArguments === false &&
      fuses.enableEmbeddedAsarIntegrityValidation === true &&
      fuses.onlyLoadAppFromAsar === true,
    existsSync(builderPath) ? JSON.stringify(fuses) : 'electron-builder.json missing',
  );

  // 20. Do not expose Electron APIs to untrusted web content.
  const exposures = [...preload.matchAll(/exposeInMainWorld\(\s*"([^"]+)"/g)].map((m) => m[1]);
  const requires = [...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
  check(
    20,
    'The preload exposes only window.harbor (named contract methods), never ipcRenderer or Node',
    exposures.length === 1 && exposures[0] === 'harbor' && !/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/.test(preload) && requires.every((r) => r === 'electron'),
    `exposed: ${exposures.join(', ')}; requires: ${requires.join(', ')}`,
  );

  // Extras that follow from the checklist's intent.
  check(0, 'No remote module', !/@electron\/remote|enableRemoteModule/.test(main + preload) && !pkg.dependencies?.['@electron/remote'], 'not used');
  check(0, 'DevTools are off in packaged builds', /devTools: !app\.isPackaged/.test(main), 'devTools: !app.isPackaged');
  check(
    0,
    'The main process has no network client (no http, https, net, tls, dgram; no net.fetch)',
    !/(?:require\(|from )"(?:node:)?(?:http|https|net|tls|dgram|http2)"/.test(main) && !/\bnet\.(?:fetch|request)\(/.test(main),
    'no network modules in the Electron main bundle',
  );
  check(0, 'The spellchecker (which downloads dictionaries outside macOS) stays off there', /setSpellCheckerEnabled\(process\.platform === "darwin"\)/.test(main), 'macOS only');
  return items;
}
