import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COPING_HOTKEY,
  ShortcutManager,
  labelFor,
  parseAccelerator,
  type ShortcutRegistrar,
} from '../../src/main/electron/shortcuts.ts';
import { HarborError } from '../../src/shared/result.ts';
import { QuickWindowController, type QuickWindowLike } from '../../src/main/electron/coping-window.ts';

/** Like Electron's globalShortcut: one owner per combination; `taken` are held by other apps. */
function fakeRegistrar(taken: string[] = []) {
  const mine = new Map<string, () => void>();
  const registrar: ShortcutRegistrar & { mine: Map<string, () => void>; press(a: string): void } = {
    mine,
    register(accelerator, callback) {
      if (taken.includes(accelerator) || mine.has(accelerator)) return false;
      mine.set(accelerator, callback);
      return true;
    },
    unregister(accelerator) {
      mine.delete(accelerator);
    },
    press(accelerator) {
      mine.get(accelerator)?.();
    },
  };
  return registrar;
}

function manager(taken: string[] = []) {
  const registrar = fakeRegistrar(taken);
  const saved: string[] = [];
  let pressed = 0;
  const m = new ShortcutManager({ registrar, onPressed: () => pressed++, save: (a) => saved.push(a), platform: 'linux' });
  return { m, registrar, saved, pressed: () => pressed };
}

function refusal(fn: () => unknown): HarborError {
  try {
    fn();
  } catch (error) {
    if (error instanceof HarborError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('accelerator parsing', () => {
  it('accepts the ways people write a combination and spells it one way', () => {
    expect(parseAccelerator('ctrl + alt + h')).toEqual({ ok: true, accelerator: 'Control+Alt+H' });
    expect(parseAccelerator('Shift+CmdOrCtrl+F9')).toEqual({ ok: true, accelerator: 'CommandOrControl+Shift+F9' });
    expect(parseAccelerator('Super+Space')).toEqual({ ok: true, accelerator: 'Super+Space' });
    expect(parseAccelerator('Alt+Plus')).toEqual({ ok: true, accelerator: 'Alt+Plus' });
  });

  it.each([
    ['', /empty part/],
    ['Ctrl+', /empty part/],
    ['Ctrl++', /Plus/],
    ['H', /Include Ctrl/],
    ['Shift+H', /Include Ctrl/],
    ['Ctrl+Alt', /not a modifier/],
    ['Ctrl+Ctrl+H', /twice/],
    ['Hyper+H', /"Hyper" is not a modifier/],
    ['Ctrl+Alt+Banana', /not a key Harbor knows/],
  ])('refuses %j with a clear message', (text, message) => {
    const parsed = parseAccelerator(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('labels for the platform', () => {
    expect(labelFor('CommandOrControl+Alt+H', 'linux')).toBe('Ctrl+Alt+H');
    expect(labelFor('CommandOrControl+Alt+H', 'darwin')).toBe('Cmd+Option+H');
    expect(labelFor('Super+K', 'win32')).toBe('Win+K');
  });
});

describe('shortcut manager', () => {
  it('registers the default at start, and the hotkey calls back', () => {
    const { m, registrar, pressed } = manager();
    const status = m.start(undefined);
    expect(status).toMatchObject({ supported: true, accelerator: DEFAULT_COPING_HOTKEY, label: 'Ctrl+Alt+H', registered: true, message: null });
    registrar.press(DEFAULT_COPING_HOTKEY);
    expect(pressed()).toBe(1);
  });

  it('uses the saved hotkey, and falls back to the default when the saved one is garbage', () => {
    expect(manager().m.start('Ctrl+Shift+K').accelerator).toBe('Control+Shift+K');
    expect(manager().m.start('not a hotkey').accelerator).toBe(DEFAULT_COPING_HOTKEY);
  });

  it('says plainly when the hotkey is taken at start, and suggests a free one', () => {
    const { m, registrar } = manager([DEFAULT_COPING_HOTKEY]);
    const status = m.start(undefined);
    expect(status.registered).toBe(false);
    expect(status.message).toMatch(/already using Ctrl\+Alt\+H/);
    expect(status.message).toMatch(/tray menu/);
    expect(status.suggestion).toEqual({ accelerator: 'CommandOrControl+Alt+Shift+H', label: 'Ctrl+Alt+Shift+H' });
    // Probing for the suggestion leaves nothing registered.
    expect([...registrar.mine.keys()]).toEqual([]);
  });

  it('changes to a free combination: registers the new, releases the old, saves it', () => {
    const { m, registrar, saved, pressed } = manager();
    m.start(undefined);
    const status = m.change('Ctrl+Alt+J');
    expect(status).toMatchObject({ accelerator: 'Control+Alt+J', registered: true, label: 'Ctrl+Alt+J' });
    expect([...registrar.mine.keys()]).toEqual(['Control+Alt+J']);
    expect(saved).toEqual(['Control+Alt+J']);
    registrar.press('Control+Alt+J');
    expect(pressed()).toBe(1);
  });

  it('refuses an invalid combination and keeps the previous one', () => {
    const { m, registrar, saved } = manager();
    m.start(undefined);
    const error = refusal(() => m.change('Ctrl+Alt+Banana'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/Your hotkey is still Ctrl\+Alt\+H/);
    expect(m.status()).toMatchObject({ accelerator: DEFAULT_COPING_HOTKEY, registered: true });
    expect([...registrar.mine.keys()]).toEqual([DEFAULT_COPING_HOTKEY]);
    expect(saved).toEqual([]);
  });

  it('refuses a combination another app holds and keeps the previous one', () => {
    const { m, registrar, saved } = manager(['Control+Alt+T']);
    m.start(undefined);
    const error = refusal(() => m.change('ctrl+alt+t'));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/Ctrl\+Alt\+T is already used by another app/);
    expect(error.message).toMatch(/still Ctrl\+Alt\+H/);
    expect(m.status().accelerator).toBe(DEFAULT_COPING_HOTKEY);
    expect([...registrar.mine.keys()]).toEqual([DEFAULT_COPING_HOTKEY]);
    expect(saved).toEqual([]);
  });

  it("refuses Harbor's own menu shortcuts, in any spelling", () => {
    const { m } = manager();
    m.start(undefined);
    expect(refusal(() => m.change('Ctrl+L')).message).toMatch(/Harbor already uses Ctrl\+L for Lock/);
    expect(refusal(() => m.change('CmdOrCtrl+Q')).code).toBe('conflict');
  });

  it('choosing the same hotkey again is not an error', () => {
    const { m, saved } = manager();
    m.start(undefined);
    expect(m.change('CmdOrCtrl+Alt+H').registered).toBe(true);
    expect(saved).toEqual([]);
  });

  it('recovers after a conflict at start once the person picks a free one', () => {
    const { m, registrar } = manager([DEFAULT_COPING_HOTKEY]);
    m.start(undefined);
    const status = m.change(m.status().suggestion!.accelerator);
    expect(status).toMatchObject({ registered: true, message: null, suggestion: null });
    expect([...registrar.mine.keys()]).toEqual(['CommandOrControl+Alt+Shift+H']);
    m.stop();
    expect([...registrar.mine.keys()]).toEqual([]);
  });
});

/** Enough of a BrowserWindow to drive the controller. */
function fakeWindow() {
  const listeners: Record<string, ((...args: never[]) => void)[]> = {};
  const calls: string[] = [];
  let visible = false;
  let destroyed = false;
  const window: QuickWindowLike & {
    calls: string[];
    emitClose(): boolean;
    key(key: string, mods?: Partial<{ alt: boolean; control: boolean; meta: boolean; shift: boolean }>): void;
    destroy(): void;
  } = {
    calls,
    isDestroyed: () => destroyed,
    isVisible: () => visible,
    show: () => {
      calls.push('show');
      visible = true;
    },
    hide: () => {
      calls.push('hide');
      visible = false;
    },
    focus: () => calls.push('focus'),
    setAlwaysOnTop: (flag, level) => calls.push(`alwaysOnTop:${flag}:${level}`),
    on: (event, listener) => (listeners[event] ??= []).push(listener as never),
    webContents: { on: (event, listener) => (listeners[`wc:${event}`] ??= []).push(listener as never) },
    emitClose() {
      let prevented = false;
      for (const l of listeners.close ?? []) (l as (e: { preventDefault(): void }) => void)({ preventDefault: () => (prevented = true) });
      if (!prevented) destroyed = true;
      return prevented;
    },
    key(key, mods = {}) {
      for (const l of listeners['wc:before-input-event'] ?? [])
        (l as (e: { preventDefault(): void }, i: object) => void)(
          { preventDefault: () => calls.push('prevented') },
          { type: 'keyDown', key, alt: false, control: false, meta: false, shift: false, ...mods },
        );
    },
    destroy() {
      destroyed = true;
    },
  };
  return window;
}

describe('quick window controller', () => {
  it('creates the window once, hidden, at start-up; the hotkey only shows it', () => {
    const made: ReturnType<typeof fakeWindow>[] = [];
    const controller = new QuickWindowController(() => {
      const w = fakeWindow();
      made.push(w);
      return w;
    });
    controller.prepare();
    expect(made).toHaveLength(1);
    expect(made[0]!.calls).toEqual([]);
    controller.show();
    controller.show();
    expect(made).toHaveLength(1);
    expect(made[0]!.calls).toEqual(['alwaysOnTop:true:floating', 'show', 'focus', 'alwaysOnTop:true:floating', 'focus']);
    expect(controller.isVisible()).toBe(true);
  });

  it('Esc and the close button hide it; it really closes only when Harbor quits', () => {
    const window = fakeWindow();
    const controller = new QuickWindowController(() => window);
    controller.prepare();
    controller.show();
    window.key('Escape');
    expect(controller.isVisible()).toBe(false);
    window.key('Escape', { shift: true });
    expect(window.calls.filter((c) => c === 'hide')).toHaveLength(1);
    controller.show();
    expect(window.emitClose()).toBe(true);
    expect(controller.isVisible()).toBe(false);
    controller.allowClose();
    expect(window.emitClose()).toBe(false);
    expect(window.isDestroyed()).toBe(true);
  });

  it('makes a new window if the old one was destroyed', () => {
    const made: ReturnType<typeof fakeWindow>[] = [];
    const controller = new QuickWindowController(() => {
      const w = fakeWindow();
      made.push(w);
      return w;
    });
    controller.prepare();
    made[0]!.destroy();
    controller.show();
    expect(made).toHaveLength(2);
    expect(made[1]!.calls).toContain('show');
  });
});
