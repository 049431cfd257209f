// App settings in <dataDir>/settings.json: the one owner of that file. The desktop app opens it
// through electron-store (src/main/electron/settings-file.ts); the harness and tests through conf,
// which electron-store is built on, so both behave the same. The desktop shell's own values
// (window bounds, the coping hotkey) live in the same file and are read and written here too.
// Every value is checked with the contract's zod schema; a value someone edited by hand into
// something unusable falls back to its default, the rest are kept, and the person is told once.
import { mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Conf from 'conf';
import {
  settingLabels,
  settingsShape,
  type AppSettings,
  type Appearance,
  type SettingKey,
  type SettingsView,
} from '../../../shared/contract/settings.ts';
import { HarborError } from '../../../shared/result.ts';

export const SETTINGS_FILE_NAME = 'settings.json';
const UNREADABLE_FILE_NAME = 'settings.unreadable.json';
const settingKeys = Object.keys(settingsShape) as SettingKey[];
const LEGACY_CRISIS_LINE_KEY = 'crisisLine';

type Listener = (settings: AppSettings, changed: readonly SettingKey[]) => void;

/** Values only the desktop shell uses; written as given, read back unchecked (window-settings.ts checks them). */
export type ShellSettingKey = 'windowBounds' | 'copingHotkey';

export interface SettingsFileOptions {
  cwd: string;
  configName: string;
  clearInvalidConfig: boolean;
}

/** Opens the settings file: conf here, electron-store in the desktop app. */
export type SettingsFileOpener = (options: SettingsFileOptions) => Conf<Record<string, unknown>>;

export const openWithConf: SettingsFileOpener = (options) => new Conf<Record<string, unknown>>(options);

export class SettingsStore {
  /** Null when the data folder cannot hold a settings file (a path through a file, no permission). */
  private readonly conf: Conf<Record<string, unknown>> | null;
  private readonly path: string;
  private notice: string | null = null;
  private readonly listeners = new Set<Listener>();
  /**
   * The settings as last read, with the file's stamp then: a call costs one stat, not a read and a
   * parse, and a file changed by hand while Harbor runs is still noticed.
   */
  private cached: { stamp: string; settings: AppSettings } | null = null;

  constructor(dataDir: string, open: SettingsFileOpener = openWithConf) {
    this.path = join(dataDir, SETTINGS_FILE_NAME);
    this.setAsideUnreadableFile();
    this.conf = openSettingsFile(dataDir, open);
    this.repair();
  }

  /** Current settings; never throws (a file that became unreadable reads as the defaults). */
  get(): AppSettings {
    const stamp = this.fileStamp();
    if (this.cached && stamp !== null && this.cached.stamp === stamp) return { ...this.cached.settings };
    const stored = this.readStored() ?? {};
    const settings = {} as Record<SettingKey, unknown>;
    for (const key of settingKeys) {
      const parsed = settingsShape[key].safeParse(stored[key]);
      settings[key] = parsed.success ? parsed.data : settingsShape[key].parse(undefined);
    }
    this.cached = stamp === null ? null : { stamp, settings: settings as AppSettings };
    return { ...(settings as AppSettings) };
  }

  view(): SettingsView {
    return { ...this.get(), notice: this.notice };
  }

  appearance(): Appearance {
    const { theme, discreetMode } = this.get();
    return { theme, discreetMode };
  }

  /**
   * The crisis line older versions kept here in plain text (it told anyone who opened the file
   * what Harbor is for). Unchecked: the safety plan takes it at the next unlock, then it is forgotten.
   */
  legacyCrisisLine(): unknown {
    return this.readStored()?.[LEGACY_CRISIS_LINE_KEY];
  }

  forgetLegacyCrisisLine(): void {
    try {
      this.conf?.delete(LEGACY_CRISIS_LINE_KEY);
    } catch {
      // A read-only file keeps it; the plan already has it, and the next unlock tries again.
    }
  }

  /** Writes only the given keys (already validated at the IPC boundary). */
  update(change: Partial<AppSettings>): AppSettings {
    const changed = settingKeys.filter((key) => change[key] !== undefined && JSON.stringify(change[key]) !== JSON.stringify(this.get()[key]));
    try {
      if (!this.conf) throw new Error('no settings file');
      for (const key of changed) this.conf.set(key, change[key]);
    } catch {
      throw new HarborError('read_only', `Harbor cannot save its settings in ${this.path}. Check that the folder is writable.`);
    }
    const settings = this.get();
    if (changed.length) for (const listener of this.listeners) listener(settings, changed);
    return settings;
  }

  /** A desktop-shell value as stored (unknown: the file is plain JSON anyone can edit). */
  shellSetting(key: ShellSettingKey): unknown {
    return this.readStored()?.[key];
  }

  /** Best effort: a read-only file keeps the old value, and the shell falls back to its defaults. */
  setShellSetting(key: ShellSettingKey, value: unknown): void {
    try {
      this.conf?.set(key, value);
    } catch {
      // Nothing the person typed is lost: window bounds and the hotkey have defaults.
    }
  }

  dismissNotice(): void {
    this.notice = null;
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * A file that is not JSON at all (conf would refuse to start) is renamed, not deleted: the
   * person's hand edits stay readable in settings.unreadable.json.
   */
  private setAsideUnreadableFile(): void {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch {
      return; // No file yet: the defaults.
    }
    try {
      JSON.parse(text.replace(/^\uFEFF/, ''));
      return;
    } catch {
      // Not JSON: set it aside below.
    }
    const aside = join(dirname(this.path), UNREADABLE_FILE_NAME);
    try {
      renameSync(this.path, aside);
      this.notice = `Your settings file could not be read, so Harbor went back to its default settings. The old file is kept as ${aside}.`;
    } catch {
      this.notice = 'Your settings file could not be read, so Harbor uses its default settings.';
    }
  }

  /** Runs once at start: puts defaults back for values nobody could use, and remembers what it did. */
  private repair(): void {
    const stored = this.readStored();
    if (stored === null) return;
    const bad = settingKeys.filter((key) => key in stored && !settingsShape[key].safeParse(stored[key]).success);
    if (!bad.length) return;
    this.notice = `Some settings were reset to their defaults: ${bad.map((key) => settingLabels[key]).join(', ')}.`;
    try {
      for (const key of bad) this.conf?.delete(key);
    } catch {
      // As above: the defaults are used either way.
    }
  }

  /**
   * Changes whenever the file is written (nanosecond mtime, size, inode); 'none' while there is no
   * file yet, so the defaults are cached too; null when the file cannot be looked at.
   */
  private fileStamp(): string | null {
    try {
      // No exception for a missing file: building one on every call cost more than the call.
      const stat = statSync(this.path, { bigint: true, throwIfNoEntry: false });
      return stat ? `${stat.mtimeNs}:${stat.size}:${stat.ino}` : 'none';
    } catch {
      return null;
    }
  }

  private readStored(): Record<string, unknown> | null {
    try {
      return this.conf?.store ?? null;
    } catch {
      return null;
    }
  }
}

function openSettingsFile(dataDir: string, open: SettingsFileOpener): Conf<Record<string, unknown>> | null {
  try {
    // Made here with the vault's permissions; conf would make it readable by everyone.
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    return open({
      cwd: dataDir,
      configName: 'settings',
      // Only reached when setting the file aside failed: start with the defaults rather than not at all.
      clearInvalidConfig: true,
    });
  } catch {
    // The vault reports an unusable data folder in its own words; settings just use their defaults.
    return null;
  }
}
