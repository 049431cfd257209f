// App settings: defaults, validation at the boundary, hand-edited files, the lock
// check, appearance events, and auto-lock after idle time (with fake timers).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HarborCore, PAGE_LOCK_WAIT_MS } from '../../src/main/core/harbor-core.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { openWithConf, SettingsStore, SETTINGS_FILE_NAME } from '../../src/main/core/settings/settings-store.ts';
import type { HarborEvent } from '../../src/shared/contract/index.ts';
import type { SettingsView } from '../../src/shared/contract/settings.ts';
import { TEST_PASSPHRASE, unlockedCore } from '../support/core.ts';
import { FAST_KDF, makeTempDir } from '../support/temp-dir.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.useRealTimers();
  while (cleanups.length) cleanups.pop()!();
});

function tempDir(): string {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  return temp.dir;
}

async function unlocked() {
  const h = await unlockedCore();
  cleanups.push(() => h.cleanup());
  return h;
}

const DEFAULTS = {
  theme: 'system',
  autoLockMinutes: 5,
  lockOnScreenLock: true,
  weekStart: 'monday',
  discreetMode: false,
};

describe('SettingsStore', () => {
  it('starts with the defaults and no file edits of its own', () => {
    const dir = tempDir();
    const store = new SettingsStore(dir);
    expect(store.get()).toEqual(DEFAULTS);
    expect(store.view().notice).toBeNull();
  });

  it('keeps what it is given across restarts, and leaves keys it does not own alone', () => {
    const dir = tempDir();
    writeFileSync(join(dir, SETTINGS_FILE_NAME), JSON.stringify({ windowBounds: { width: 900, height: 700, maximized: false } }));
    const store = new SettingsStore(dir);
    store.update({ theme: 'dark', autoLockMinutes: 'never' });
    const again = new SettingsStore(dir);
    expect(again.get()).toEqual({ ...DEFAULTS, theme: 'dark', autoLockMinutes: 'never' });
    const file = JSON.parse(readFileSync(join(dir, SETTINGS_FILE_NAME), 'utf8'));
    expect(file.windowBounds).toEqual({ width: 900, height: 700, maximized: false });
  });

  it('one file for the person\'s settings and the desktop shell\'s values: neither write loses the other', () => {
    const dir = tempDir();
    const store = new SettingsStore(dir);
    store.setShellSetting('windowBounds', { x: 10, y: 20, width: 900, height: 700, maximized: false });
    store.update({ discreetMode: true });
    store.setShellSetting('copingHotkey', 'CommandOrControl+Alt+J');
    const again = new SettingsStore(dir);
    expect(again.get()).toEqual({ ...DEFAULTS, discreetMode: true });
    expect(again.shellSetting('windowBounds')).toEqual({ x: 10, y: 20, width: 900, height: 700, maximized: false });
    expect(again.shellSetting('copingHotkey')).toBe('CommandOrControl+Alt+J');
    expect(again.view().notice).toBeNull();
  });

  it('opens the file through the opener it is given (electron-store in the app)', () => {
    const dir = tempDir();
    const opened: string[] = [];
    const store = new SettingsStore(dir, (options) => {
      opened.push(`${options.configName} in ${options.cwd}`);
      return openWithConf(options);
    });
    store.update({ theme: 'light' });
    expect(opened).toEqual([`settings in ${dir}`]);
    expect(JSON.parse(readFileSync(join(dir, SETTINGS_FILE_NAME), 'utf8')).theme).toBe('light');
  });

  it('a hand-edited file with bad values: defaults for the bad keys, the rest kept, a notice once', () => {
    const dir = tempDir();
    const path = join(dir, SETTINGS_FILE_NAME);
    writeFileSync(
      path,
      JSON.stringify({
        theme: 'purple',
        autoLockMinutes: -3,
        lockOnScreenLock: false,
        weekStart: 'sunday',
        discreetMode: 'yes please',
        crisisLine: { service: 'My line', reach: 'call 123' },
        windowBounds: { width: 800, height: 600, maximized: true },
      }),
    );
    const store = new SettingsStore(dir);
    expect(store.get()).toEqual({
      ...DEFAULTS,
      lockOnScreenLock: false,
      weekStart: 'sunday',
    });
    expect(store.view().notice).toBe('Some settings were reset to their defaults: Theme, Lock after a time without use, Discreet mode.');
    // The bad values are gone from the file; what was fine (and what belongs to the Electron layer) stays.
    // An older version's crisis line waits there for the safety plan to take it at the next unlock.
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file).toEqual({
      lockOnScreenLock: false,
      weekStart: 'sunday',
      crisisLine: { service: 'My line', reach: 'call 123' },
      windowBounds: { width: 800, height: 600, maximized: true },
    });
    store.dismissNotice();
    expect(store.view().notice).toBeNull();
    // Next start: nothing left to repair, nothing to say.
    expect(new SettingsStore(dir).view().notice).toBeNull();
  });

  it('a file that is not JSON at all: every default, and a notice that says so', () => {
    const dir = tempDir();
    writeFileSync(join(dir, SETTINGS_FILE_NAME), '{ "theme": "dark", oops');
    const store = new SettingsStore(dir);
    expect(store.get()).toEqual(DEFAULTS);
    expect(store.view().notice).toMatch(/could not be read, so Harbor went back to its default settings/);
    store.update({ theme: 'light' });
    expect(new SettingsStore(dir).get().theme).toBe('light');
  });

  it('a settings file written by hand after start, while none existed, is read at once', () => {
    const dir = tempDir();
    const store = new SettingsStore(dir);
    expect(store.get()).toEqual(DEFAULTS);
    writeFileSync(join(dir, SETTINGS_FILE_NAME), JSON.stringify({ weekStart: 'sunday' }));
    expect(store.get()).toEqual({ ...DEFAULTS, weekStart: 'sunday' });
  });

  it('a value that turns bad while running reads as its default', () => {
    const dir = tempDir();
    const store = new SettingsStore(dir);
    store.update({ weekStart: 'sunday' });
    writeFileSync(join(dir, SETTINGS_FILE_NAME), JSON.stringify({ weekStart: 'friday', theme: 'dark' }));
    expect(store.get()).toEqual({ ...DEFAULTS, theme: 'dark' });
  });
});

describe('settings through the contract', () => {
  it('reads and writes while unlocked; only appearance is readable while locked', async () => {
    const h = await unlocked();
    const updated = await h.value<SettingsView>('settingsUpdate', { theme: 'dark', discreetMode: true, weekStart: 'sunday' });
    expect(updated).toMatchObject({ theme: 'dark', discreetMode: true, weekStart: 'sunday', notice: null });
    await h.value('vaultLock');
    expect(await h.value('settingsAppearance')).toEqual({ theme: 'dark', discreetMode: true });
    for (const method of ['settingsGet', 'settingsUpdate', 'settingsDismissNotice'] as const) {
      const result = await h.core.call(method, method === 'settingsUpdate' ? { theme: 'light' } : {});
      expect(result.ok ? null : result.error.code).toBe('locked');
    }
    expect(h.core.settings.get().theme).toBe('dark');
  });

  it('refuses values outside the schema with a readable message and changes nothing', async () => {
    const h = await unlocked();
    const bad: [unknown, RegExp][] = [
      [{ theme: 'purple' }, /Choose system, light or dark/],
      [{ autoLockMinutes: 0 }, /whole minutes from 1 to 240, or never/],
      [{ autoLockMinutes: 2.5 }, /whole minutes from 1 to 240, or never/],
      [{ autoLockMinutes: 'sometimes' }, /whole minutes from 1 to 240, or never/],
      [{ weekStart: 'friday' }, /Monday, Sunday or Saturday/],
      // The crisis line is part of the safety plan now, never a setting.
      [{ crisisLine: { service: 'Samaritans', reach: 'call 116 123' } }, /holds something Harbor does not expect/],
      [{ discreetMode: 'yes' }, /The discreet mode setting should be yes or no/],
      [{ somethingElse: true }, /holds something Harbor does not expect/],
    ];
    for (const [input, message] of bad) {
      const result = await h.core.call('settingsUpdate', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.message).toMatch(message);
      }
    }
    expect(h.core.settings.get()).toEqual(DEFAULTS);
  });

  it('announces appearance changes to every window, and only those', async () => {
    const h = await unlocked();
    const events: HarborEvent[] = [];
    h.core.onEvent((event) => events.push(event));
    await h.value('settingsUpdate', { weekStart: 'sunday' });
    expect(events).toEqual([]);
    await h.value('settingsUpdate', { discreetMode: true });
    expect(events).toEqual([{ type: 'appearance', appearance: { theme: 'system', discreetMode: true } }]);
  });

  it('shows the reset notice until the person dismisses it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, SETTINGS_FILE_NAME), JSON.stringify({ theme: 42 }));
    const core = new HarborCore({ dataDir: dir, platform: { keychain: noKeychain }, kdfCost: FAST_KDF, log: () => {} });
    cleanups.push(() => core.close());
    await core.call('vaultCreate', { passphrase: TEST_PASSPHRASE });
    const first = await core.call('settingsGet', {});
    expect(first.ok && (first.value as SettingsView).notice).toBe('Some settings were reset to their defaults: Theme.');
    const dismissed = await core.call('settingsDismissNotice', {});
    expect(dismissed.ok && (dismissed.value as SettingsView).notice).toBeNull();
    const again = await core.call('settingsGet', {});
    expect(again.ok && (again.value as SettingsView).notice).toBeNull();
  });
});

describe('auto-lock', () => {
  const today = '2025-03-14';
  const draft = { day: today, checkIn: { mood: 2, reflection: 'half a sentence in progress' } };

  async function idleCore(minutes: number | 'never') {
    const h = await unlockedCore({ now: () => new Date(2025, 2, 14, 21, 0) });
    cleanups.push(() => h.cleanup());
    await h.value('settingsUpdate', { autoLockMinutes: minutes });
    // Fake timers from here: the idle clock starts again at the next unlock.
    await h.value('vaultLock');
    vi.useFakeTimers();
    await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    return h;
  }

  it('after N idle minutes: before-lock first, the page saves its draft, then Harbor locks', async () => {
    const h = await idleCore(5);
    const order: string[] = [];
    h.core.onEvent((event) => {
      if (event.type === 'before-lock') {
        order.push('before-lock');
        // What the page does when it hears before-lock: save the draft in progress, then lock.
        void h.core
          .call('journalSaveDraft', draft)
          .then((result) => order.push(result.ok ? 'draft saved' : `draft failed: ${result.error.code}`))
          .then(() => h.core.call('vaultLock', {}));
      }
      if (event.type === 'vault') order.push(`vault ${event.state}`);
    });
    await vi.advanceTimersByTimeAsync(4 * 60_000 + 59_000);
    expect(h.core.vault.state()).toBe('unlocked');
    expect(order).toEqual([]);
    // No waiting beyond the idle limit: the page's own lock answers at once.
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.waitFor(() => expect(order).toEqual(['before-lock', 'draft saved', 'vault locked']));
    expect(h.core.vault.state()).toBe('locked');

    vi.useRealTimers();
    await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    const day = await h.value<{ draft: { checkIn: { reflection: string } } | null }>('journalGetDay', { day: today });
    expect(day.draft?.checkIn.reflection).toBe('half a sentence in progress');
  });

  it('any request or activity ping postpones it', async () => {
    const h = await idleCore(5);
    for (let i = 0; i < 6; i++) {
      await vi.advanceTimersByTimeAsync(4 * 60_000);
      await h.value(i % 2 ? 'appActivity' : 'settingsGet');
    }
    expect(h.core.vault.state()).toBe('unlocked');
    await vi.advanceTimersByTimeAsync(5 * 60_000 + PAGE_LOCK_WAIT_MS);
    expect(h.core.vault.state()).toBe('locked');
  });

  it('"never" never locks, and a new limit applies at once', async () => {
    const h = await idleCore('never');
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
    expect(h.core.vault.state()).toBe('unlocked');
    await h.value('settingsUpdate', { autoLockMinutes: 1 });
    await vi.advanceTimersByTimeAsync(60_000 + PAGE_LOCK_WAIT_MS);
    expect(h.core.vault.state()).toBe('locked');
  });

  it('stops counting once locked another way, and starts again at unlock', async () => {
    const h = await idleCore(5);
    await h.value('vaultLock');
    const events: HarborEvent[] = [];
    h.core.onEvent((event) => events.push(event));
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(events).toEqual([]);
    await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    await vi.advanceTimersByTimeAsync(5 * 60_000 + PAGE_LOCK_WAIT_MS);
    expect(events.map((e) => e.type)).toEqual(['vault', 'before-lock', 'vault']);
    expect(h.core.vault.state()).toBe('locked');
  });
});
