// The compact coping window: created hidden at start-up so the hotkey only has to show it (no
// page load in a crisis). Esc or the close button hides it; it is destroyed only when Harbor quits.
// Electron is injected (type imports only), so the controller is unit-tested without Electron.
import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** The part of a BrowserWindow the controller uses; tests pass a fake. */
export interface QuickWindowLike {
  isDestroyed(): boolean;
  isVisible(): boolean;
  show(): void;
  hide(): void;
  focus(): void;
  setAlwaysOnTop(flag: boolean, level?: 'floating'): void;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  webContents: {
    on(
      event: 'before-input-event',
      listener: (
        event: { preventDefault(): void },
        input: { type: string; key: string; alt: boolean; control: boolean; meta: boolean; shift: boolean },
      ) => void,
    ): unknown;
  };
}

export class QuickWindowController {
  private window: QuickWindowLike | null = null;
  private quitting = false;
  private readonly create: () => QuickWindowLike;

  constructor(create: () => QuickWindowLike) {
    this.create = create;
  }

  /** At start-up: make the window now, hidden. */
  prepare(): void {
    this.ensure();
  }

  /** From the hotkey or the tray. Pressing the hotkey again just brings it forward. */
  show(): void {
    const window = this.ensure();
    window.setAlwaysOnTop(true, 'floating');
    if (!window.isVisible()) window.show();
    window.focus();
  }

  hide(): void {
    if (this.window && !this.window.isDestroyed()) this.window.hide();
  }

  isVisible(): boolean {
    return Boolean(this.window && !this.window.isDestroyed() && this.window.isVisible());
  }

  /** Harbor is quitting: let the window really close. */
  allowClose(): void {
    this.quitting = true;
  }

  private ensure(): QuickWindowLike {
    if (this.window && !this.window.isDestroyed()) return this.window;
    const window = this.create();
    window.on('close', (event) => {
      if (this.quitting) return;
      event.preventDefault();
      window.hide();
    });
    window.webContents.on('before-input-event', (event, input) => {
      const plainEscape = input.type === 'keyDown' && input.key === 'Escape' && !input.alt && !input.control && !input.meta && !input.shift;
      if (!plainEscape) return;
      event.preventDefault();
      window.hide();
    });
    this.window = window;
    return window;
  }
}

export const COPING_WINDOW_SIZE = { width: 440, height: 680 } as const;

/** `title` is the window's name from the vocabulary (neutral in discreet mode). */
export function copingWindowOptions(webPreferences: WebPreferences, backgroundColor: string, title = 'Coping box'): BrowserWindowConstructorOptions {
  return {
    ...COPING_WINDOW_SIZE,
    minWidth: 360,
    minHeight: 420,
    show: false,
    alwaysOnTop: true,
    title,
    backgroundColor,
    autoHideMenuBar: true,
    fullscreenable: false,
    maximizable: false,
    minimizable: false,
    webPreferences,
  };
}

/** The factory main.ts passes to the controller: a hidden, hardened window on coping.html. */
export function copingWindowFactory(deps: {
  BrowserWindow: typeof BrowserWindow;
  webPreferences: WebPreferences;
  backgroundColor: () => string;
  title: () => string;
  url: string;
}): () => BrowserWindow {
  return () => {
    const window = new deps.BrowserWindow(copingWindowOptions(deps.webPreferences, deps.backgroundColor(), deps.title()));
    window.setMenu(null);
    void window.loadURL(deps.url);
    return window;
  };
}
