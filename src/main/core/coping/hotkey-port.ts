// What the core needs from the global hotkey. The Electron layer's ShortcutManager implements
// it; the browser harness has none, and says so.
import type { HotkeyStatus } from '../../../shared/contract/coping.ts';

export interface HotkeyPort {
  status(): HotkeyStatus;
  /** Throws HarborError (invalid_input or conflict) and keeps the previous hotkey when refused. */
  change(accelerator: string): HotkeyStatus;
}

export const noHotkey: HotkeyStatus = {
  supported: false,
  accelerator: null,
  label: null,
  registered: false,
  message: 'The global hotkey works in the desktop app. Here, open your box from the menu.',
  suggestion: null,
};
