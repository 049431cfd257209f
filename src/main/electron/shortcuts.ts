// The global hotkey that opens the coping box from any application. The registrar is injected
// (Electron's globalShortcut in the app, a fake in tests), so this file imports no Electron code.
import { HarborError } from '../../shared/result.ts';
import type { HotkeyStatus } from '../../shared/contract/coping.ts';
import type { HotkeyPort } from '../core/coping/hotkey-port.ts';

/** Rarely claimed by other apps or desktops; changeable in Settings. */
export const DEFAULT_COPING_HOTKEY = 'CommandOrControl+Alt+H';
const SUGGESTIONS = [
  'CommandOrControl+Alt+H',
  'CommandOrControl+Alt+Shift+H',
  'CommandOrControl+Alt+K',
  'CommandOrControl+Alt+Shift+K',
  'CommandOrControl+Alt+F9',
];
/** Harbor's own menu shortcuts (app-menu.ts). */
const RESERVED: readonly { accelerator: string; use: string }[] = [
  { accelerator: 'CommandOrControl+L', use: 'Lock' },
  { accelerator: 'CommandOrControl+Q', use: 'Quit' },
];

export interface ShortcutRegistrar {
  /** False (or a throw) when the combination could not be claimed, e.g. another app holds it. */
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

const MODIFIERS: Record<string, string> = {
  commandorcontrol: 'CommandOrControl',
  cmdorctrl: 'CommandOrControl',
  command: 'Command',
  cmd: 'Command',
  control: 'Control',
  ctrl: 'Control',
  alt: 'Alt',
  option: 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  meta: 'Super',
  win: 'Super',
};
const MODIFIER_ORDER = ['CommandOrControl', 'Command', 'Control', 'Alt', 'AltGr', 'Shift', 'Super'];

const NAMED_KEYS = [
  'Plus', 'Space', 'Tab', 'Capslock', 'Numlock', 'Scrolllock', 'Backspace', 'Delete', 'Insert', 'Return', 'Enter',
  'Up', 'Down', 'Left', 'Right', 'Home', 'End', 'PageUp', 'PageDown', 'Escape', 'Esc', 'VolumeUp', 'VolumeDown',
  'VolumeMute', 'MediaNextTrack', 'MediaPreviousTrack', 'MediaStop', 'MediaPlayPause', 'PrintScreen',
  'num0', 'num1', 'num2', 'num3', 'num4', 'num5', 'num6', 'num7', 'num8', 'num9',
  'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
];
const namedKeys = new Map(NAMED_KEYS.map((k) => [k.toLowerCase(), k]));
for (let i = 1; i <= 24; i++) namedKeys.set(`f${i}`, `F${i}`);
const PUNCTUATION = new Set([...'`~!@#$%^&*()-_=[]{}\\|;:\'",<.>/?']);

export type ParsedAccelerator = { ok: true; accelerator: string } | { ok: false; message: string };

/**
 * Checks a combination the way Electron reads one ("Ctrl+Alt+H", any case, spaces allowed) and
 * returns it in one canonical spelling, so the same keys always compare equal.
 */
export function parseAccelerator(text: string): ParsedAccelerator {
  const parts = text.split('+').map((p) => p.trim());
  if (parts.some((p) => p === '')) {
    return { ok: false, message: 'That combination has an empty part. Write the plus key as "Plus", for example Ctrl+Alt+Plus.' };
  }
  const keyText = parts.pop()!;
  const modifiers = new Set<string>();
  for (const part of parts) {
    const modifier = MODIFIERS[part.toLowerCase()];
    if (!modifier) return { ok: false, message: `"${part}" is not a modifier key. Use Ctrl, Alt, Shift, Cmd or Super before the last key.` };
    if (modifiers.has(modifier)) return { ok: false, message: `${part} appears twice in that combination.` };
    modifiers.add(modifier);
  }
  let key: string | undefined;
  if (/^[a-z0-9]$/i.test(keyText)) key = keyText.toUpperCase();
  else if (PUNCTUATION.has(keyText)) key = keyText;
  else key = namedKeys.get(keyText.toLowerCase());
  if (!key) {
    if (MODIFIERS[keyText.toLowerCase()]) return { ok: false, message: 'End the combination with a key that is not a modifier, for example Ctrl+Alt+H.' };
    return { ok: false, message: `"${keyText}" is not a key Harbor knows. Use a letter, a number, F1 to F24, or a named key like Space.` };
  }
  const strong = ['CommandOrControl', 'Command', 'Control', 'Alt', 'AltGr', 'Super'].some((m) => modifiers.has(m));
  if (!strong) {
    return { ok: false, message: 'Include Ctrl, Alt, Cmd or Super, so the hotkey does not get in the way of typing.' };
  }
  const ordered = MODIFIER_ORDER.filter((m) => modifiers.has(m));
  return { ok: true, accelerator: [...ordered, key].join('+') };
}

/** "Ctrl+Alt+H" on Windows and Linux, "Cmd+Option+H" on macOS. */
export function labelFor(accelerator: string, platform: NodeJS.Platform): string {
  const mac = platform === 'darwin';
  const names: Record<string, string> = {
    CommandOrControl: mac ? 'Cmd' : 'Ctrl',
    Command: 'Cmd',
    Control: 'Ctrl',
    Alt: mac ? 'Option' : 'Alt',
    AltGr: 'AltGr',
    Shift: 'Shift',
    Super: mac ? 'Cmd' : platform === 'win32' ? 'Win' : 'Super',
  };
  return accelerator
    .split('+')
    .map((part) => names[part] ?? part)
    .join('+');
}

/** The keys actually pressed on this platform (CommandOrControl is Cmd on macOS, Ctrl elsewhere). */
function effectiveKeys(accelerator: string, platform: NodeJS.Platform): string {
  return accelerator
    .split('+')
    .map((part) => (part === 'CommandOrControl' ? (platform === 'darwin' ? 'Command' : 'Control') : part))
    .sort()
    .join('+');
}

export interface ShortcutManagerOptions {
  registrar: ShortcutRegistrar;
  onPressed: () => void;
  /** Persists a hotkey the person chose (never called for refused ones). */
  save: (accelerator: string) => void;
  platform: NodeJS.Platform;
}

export class ShortcutManager implements HotkeyPort {
  private accelerator: string | null = null;
  private registered = false;
  private message: string | null = null;
  private suggestion: string | null = null;
  private readonly options: ShortcutManagerOptions;

  constructor(options: ShortcutManagerOptions) {
    this.options = options;
  }

  /** Claims the saved hotkey (or the default). If it is taken, says so and suggests a free one. */
  start(saved: string | null | undefined): HotkeyStatus {
    const parsed = parseAccelerator(saved ?? DEFAULT_COPING_HOTKEY);
    const accelerator = parsed.ok ? parsed.accelerator : DEFAULT_COPING_HOTKEY;
    this.accelerator = accelerator;
    this.registered = this.tryRegister(accelerator);
    if (this.registered) {
      this.message = null;
      this.suggestion = null;
    } else {
      this.suggestion = this.findFree(accelerator);
      this.message =
        `Another app or your system is already using ${this.label(accelerator)}, so Harbor could not claim it. ` +
        'Choose another combination below. The tray menu always has "Open coping box".';
    }
    return this.status();
  }

  status(): HotkeyStatus {
    return {
      supported: true,
      accelerator: this.accelerator,
      label: this.accelerator ? this.label(this.accelerator) : null,
      registered: this.registered,
      message: this.message,
      suggestion: this.suggestion ? { accelerator: this.suggestion, label: this.label(this.suggestion) } : null,
    };
  }

  change(text: string): HotkeyStatus {
    const keep = this.accelerator && this.registered ? ` Your hotkey is still ${this.label(this.accelerator)}.` : '';
    const parsed = parseAccelerator(text);
    if (!parsed.ok) throw new HarborError('invalid_input', parsed.message + keep);
    const next = parsed.accelerator;
    const platform = this.options.platform;
    const reserved = RESERVED.find((r) => effectiveKeys(r.accelerator, platform) === effectiveKeys(next, platform));
    if (reserved) {
      throw new HarborError('conflict', `Harbor already uses ${this.label(next)} for ${reserved.use}. Choose another combination.${keep}`);
    }
    if (next === this.accelerator && this.registered) return this.status();
    if (!this.tryRegister(next)) {
      const suggestion = this.findFree(next);
      throw new HarborError(
        'conflict',
        `${this.label(next)} is already used by another app or by your system.${keep}` +
          (suggestion ? ` ${this.label(suggestion)} is free.` : ''),
      );
    }
    if (this.accelerator && this.registered && this.accelerator !== next) this.options.registrar.unregister(this.accelerator);
    this.accelerator = next;
    this.registered = true;
    this.message = null;
    this.suggestion = null;
    this.options.save(next);
    return this.status();
  }

  stop(): void {
    if (this.accelerator && this.registered) this.options.registrar.unregister(this.accelerator);
    this.registered = false;
  }

  private label(accelerator: string): string {
    return labelFor(accelerator, this.options.platform);
  }

  private tryRegister(accelerator: string): boolean {
    try {
      return this.options.registrar.register(accelerator, this.options.onPressed);
    } catch {
      return false;
    }
  }

  /** The first suggestion that can be claimed right now (claimed and released again to check). */
  private findFree(except: string): string | null {
    for (const candidate of SUGGESTIONS) {
      if (candidate === except || candidate === this.accelerator) continue;
      if (this.tryRegister(candidate)) {
        this.options.registrar.unregister(candidate);
        return candidate;
      }
    }
    return null;
  }
}
