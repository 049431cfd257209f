// App settings: how Harbor looks and locks, never journal content. They live in
// settings.json in the data folder, readable without the passphrase, so the theme and discreet
// mode apply on the lock screen too. Journal field visibility, the reminder and the coping
// hotkey have their own methods (journalPreferences, journalReminder, copingHotkey).
import { z } from 'zod';
import { weekStarts } from '../calendar.ts';

export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

/** Minutes of no use before Harbor locks itself; 'never' is allowed, with a plain warning in the UI. */
export const AUTO_LOCK_MAX_MINUTES = 240;
const autoLockHint = `Choose whole minutes from 1 to ${AUTO_LOCK_MAX_MINUTES}, or never.`;
export const autoLockMinutes = z.union(
  [z.number(autoLockHint).int(autoLockHint).min(1, autoLockHint).max(AUTO_LOCK_MAX_MINUTES, autoLockHint), z.literal('never')],
  { error: autoLockHint },
);
export type AutoLockMinutes = z.infer<typeof autoLockMinutes>;

const theme = z.enum(themeChoices, 'Choose system, light or dark.');
const weekStart = z.enum(weekStarts, 'Choose Monday, Sunday or Saturday.');

/** Every setting with its default; the store falls back to the default for any value it cannot use. */
export const settingsShape = {
  theme: theme.default('system'),
  autoLockMinutes: autoLockMinutes.default(5),
  lockOnScreenLock: z.boolean().default(true),
  weekStart: weekStart.default('monday'),
  discreetMode: z.boolean().default(false),
};
export type SettingKey = keyof typeof settingsShape;
export const appSettings = z.object(settingsShape);
export type AppSettings = z.infer<typeof appSettings>;

/** Names a person recognises, for the "reset to defaults" notice. */
export const settingLabels: Record<SettingKey, string> = {
  theme: 'Theme',
  autoLockMinutes: 'Lock after a time without use',
  lockOnScreenLock: 'Lock when your screen locks',
  weekStart: 'Weeks start on',
  discreetMode: 'Discreet mode',
};

/** What the lock screen and every window need before unlock. */
export const appearance = z.object({
  theme,
  discreetMode: z.boolean(),
});
export type Appearance = z.infer<typeof appearance>;

export const settingsView = appSettings.extend({
  /** Set once after a hand-edited settings file had values Harbor could not use. */
  notice: z.string().nullable(),
});
export type SettingsView = z.infer<typeof settingsView>;

const empty = z.object({}).strict();

export const settingsContract = {
  settingsAppearance: { access: 'open', writes: false, input: empty, output: appearance },
  settingsGet: { access: 'unlocked', writes: false, input: empty, output: settingsView },
  settingsUpdate: {
    access: 'unlocked',
    writes: false,
    input: z
      .object({
        theme: theme.optional(),
        autoLockMinutes: autoLockMinutes.optional(),
        lockOnScreenLock: z.boolean().optional(),
        weekStart: weekStart.optional(),
        discreetMode: z.boolean().optional(),
      })
      .strict(),
    output: settingsView,
  },
  settingsDismissNotice: { access: 'unlocked', writes: false, input: empty, output: settingsView },
  /** The page was used (key press, click, scroll): postpones auto-lock. Sent at most every few seconds. */
  appActivity: { access: 'open', writes: false, input: empty, output: z.object({}) },
} as const;
