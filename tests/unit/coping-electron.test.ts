// The coping window, hotkey and tray as wired in the BUILT main bundle, run under the recording
// electron stand-in (tests/electron-standin) over the real core. Run `npx electron-vite build`
// first (npm test does). The real-binary checks are in tests/electron/coping.spec.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithStandIn, type Snapshot, type StandInApp } from '../electron-standin/launch.ts';
import { makeTempDir } from '../support/temp-dir.ts';

type Reply = { ok: true; value: Record<string, unknown> } | { ok: false; error: { code: string; message: string } };
const MAIN = { window: 0 } as const;
const COPING = { window: 1 } as const;

describe('coping window, hotkey and tray in the built app', () => {
  const temp = makeTempDir('harbor-coping-electron-');
  let app: StandInApp;
  let first: Snapshot;

  beforeAll(async () => {
    app = await launchWithStandIn({ dataDir: temp.dir });
    first = await app.snapshot();
  });
  afterAll(async () => {
    await app?.stop();
    temp.cleanup();
  });

  it('creates the coping window at start-up, hidden, always on top, sandboxed and isolated', () => {
    const coping = first.windows.find((w) => w.loadedUrls.includes('app://harbor/coping.html'));
    expect(coping).toBeDefined();
    expect(first.windows.indexOf(coping!)).toBe(1);
    expect(coping!.options).toMatchObject({ show: false, alwaysOnTop: true });
    expect(coping!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String(coping!.options.webPreferences?.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(coping!.visible).toBe(false);
    expect(coping!.calls).not.toContain('show');
  });

  it('registers the default hotkey and has a tray with the four actions', () => {
    expect(first.globalShortcuts).toEqual(['CommandOrControl+Alt+H']);
    expect(first.trays).toHaveLength(1);
    expect(first.trays[0]!.tooltip).toBe('Harbor');
    expect(first.trays[0]!.menu.map((m) => m.label).filter(Boolean)).toEqual(['Open Harbor', 'Open coping box', 'Lock', 'Quit']);
  });

  it('the hotkey shows the pre-created window on top, without making a new one', async () => {
    await app.pressShortcut('CommandOrControl+Alt+H');
    const after = await app.snapshot();
    expect(after.windows).toHaveLength(first.windows.length);
    const coping = after.windows[1]!;
    expect(coping.visible).toBe(true);
    expect(coping.calls).toEqual(expect.arrayContaining(['setAlwaysOnTop true floating', 'show', 'focus']));
    expect(coping.loadedUrls).toEqual(['app://harbor/coping.html']);
  });

  it('the close button hides the coping window instead of closing it', async () => {
    await app.windowCall(1, 'close');
    const after = await app.snapshot();
    expect(after.windows[1]).toMatchObject({ destroyed: false, visible: false });
    expect(after.windows[1]!.calls.slice(-2)).toEqual(['close', 'hide']);
  });

  it("answers the coping page's requests while locked, and never journal ones", async () => {
    const created = (await app.invoke('harbor:vaultCreate', { passphrase: 'quiet harbour evening' }, MAIN)) as Reply;
    expect(created.ok).toBe(true);
    await app.invoke('harbor:vaultLock', {}, MAIN);
    const box = (await app.invoke('harbor:copingBox', {}, COPING)) as Reply;
    expect(box).toMatchObject({ ok: true, value: { vault: 'locked', source: 'starter' } });
    const journal = (await app.invoke('harbor:copingLockedAccess', {}, COPING)) as Reply;
    expect(journal).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('changes the hotkey from Settings, refuses bad ones and keeps the previous', async () => {
    await app.invoke('harbor:vaultUnlock', { passphrase: 'quiet harbour evening' }, MAIN);
    const status = (await app.invoke('harbor:copingHotkey', {}, MAIN)) as Reply;
    expect(status).toMatchObject({ ok: true, value: { supported: true, registered: true, accelerator: 'CommandOrControl+Alt+H' } });

    const bad = (await app.invoke('harbor:copingSetHotkey', { accelerator: 'Ctrl+Alt+Banana' }, MAIN)) as Reply;
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const own = (await app.invoke('harbor:copingSetHotkey', { accelerator: 'Ctrl+L' }, MAIN)) as Reply;
    expect(own).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await app.snapshot()).globalShortcuts).toEqual(['CommandOrControl+Alt+H']);

    const changed = (await app.invoke('harbor:copingSetHotkey', { accelerator: 'ctrl+shift+alt+k' }, MAIN)) as Reply;
    expect(changed).toMatchObject({ ok: true, value: { accelerator: 'Control+Alt+Shift+K', registered: true } });
    expect((await app.snapshot()).globalShortcuts).toEqual(['Control+Alt+Shift+K']);
    const settings = JSON.parse(readFileSync(join(temp.dir, 'settings.json'), 'utf8')) as { copingHotkey?: string };
    expect(settings.copingHotkey).toBe('Control+Alt+Shift+K');
  });
});
