import { useId } from 'react';
import type { AutoLockMinutes } from '../../../../shared/contract/settings.ts';
import { Checkbox, ErrorNotice, Notice } from '../../components';
import { useAppSettings } from '../../api/use-app-settings';
import { DiscreetWords } from './DiscreetWords';
import { useAppName } from '../../api/AppearanceProvider';

const AUTO_LOCK_CHOICES: readonly AutoLockMinutes[] = [1, 5, 10, 15, 30, 60, 'never'];

function describeChoice(choice: AutoLockMinutes): string {
  if (choice === 'never') return 'Never';
  return choice === 1 ? '1 minute' : choice === 60 ? '1 hour' : `${choice} minutes`;
}

/** Auto-lock, locking with the screen, and discreet mode. */
export function PrivacySection() {
  const { settings, update, error } = useAppSettings();
  const appName = useAppName();
  const autoLockId = useId();
  if (!settings) return <p aria-busy="true">{error ?? 'Opening settings…'}</p>;
  // A value edited by hand (say 7 minutes) is still shown as it is.
  const choices = AUTO_LOCK_CHOICES.includes(settings.autoLockMinutes) ? AUTO_LOCK_CHOICES : [settings.autoLockMinutes, ...AUTO_LOCK_CHOICES];
  return (
    <div className="app-settings">
      <ErrorNotice message={error} />
      <h3>Locking</h3>
      <div className="field">
        <label className="field__label" htmlFor={autoLockId}>
          Lock after this long without use
        </label>
        <p className="field__hint" id={`${autoLockId}-hint`}>
          Anything you are writing is saved before it locks.
        </p>
        <div className="field__control">
          <select
            id={autoLockId}
            className="field__input"
            aria-describedby={`${autoLockId}-hint`}
            value={String(settings.autoLockMinutes)}
            onChange={(event) => {
              const value = event.target.value;
              void update({ autoLockMinutes: value === 'never' ? 'never' : Number(value) });
            }}
          >
            {choices.map((choice) => (
              <option key={String(choice)} value={String(choice)}>
                {describeChoice(choice)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {settings.autoLockMinutes === 'never' ? (
        <Notice tone="warning">
          <p>
            {appName} will stay open until you lock it yourself. Anyone who uses this computer while you are away could read your journal.
          </p>
        </Notice>
      ) : null}
      <Checkbox
        label="Lock when your screen locks or the computer goes to sleep"
        hint="This works in the desktop app."
        checked={settings.lockOnScreenLock}
        onChange={(event) => void update({ lockOnScreenLock: event.target.checked })}
      />

      <h3>Discreet mode</h3>
      <Checkbox
        label="Use neutral words"
        hint="Titles, the tray, reminders, menus, headings, buttons and the names of files you save use everyday words, so someone glancing at your screen learns nothing. Your plan, your tools and crisis lines stay one step away."
        checked={settings.discreetMode}
        onChange={(event) => void update({ discreetMode: event.target.checked })}
      />
      <DiscreetWords />
    </div>
  );
}
