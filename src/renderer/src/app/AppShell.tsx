import { useEffect, useRef } from 'react';
import { Button, Notice } from '../components';
import { screens } from './screens';
import { focusScreenTitle } from '../components/focus';
import { NavigateContext, type ScreenId } from '../api/navigation';
import { useAppName, useWords } from '../api/AppearanceProvider';
import { SettingsNotice } from '../components/SettingsNotice';
import { UrgeTimerStatus } from '../screens/coping/UrgeTimerStatus';

export interface AppShellProps {
  screen: ScreenId;
  onNavigate: (screen: ScreenId) => void;
  onLock: () => void;
  locking: boolean;
  /** A one-time message shown above the screen (for example after a recovery unlock). */
  note?: string | null;
  onDismissNote?: () => void;
}

/** The unlocked app: a calm left navigation, the current screen, and Lock always in reach. */
export function AppShell({ screen, onNavigate, onLock, locking, note, onDismissNote }: AppShellProps) {
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const current = screens.find((s) => s.id === screen) ?? screens[0]!;

  useEffect(() => {
    // On first show keep focus where the browser puts it; after a navigation, announce the new screen.
    if (first.current) {
      first.current = false;
      return;
    }
    if (main.current) focusScreenTitle(main.current);
  }, [screen]);

  const Screen = current.Component;
  const shortcut = navigator.userAgent.includes('Mac') ? 'Cmd+L' : 'Ctrl+L';
  // "Notes" in discreet mode, and neutral screen names.
  const name = useAppName();
  const w = useWords();
  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <nav className="shell__nav" aria-label={name}>
        <p className="brand shell__brand">{name}</p>
        <ul className="shell__links">
          {screens.filter((entry) => entry.nav !== false).map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                className="shell__link"
                aria-current={entry.id === current.id ? 'page' : undefined}
                onClick={() => onNavigate(entry.id)}
              >
                {w(entry.label)}
              </button>
            </li>
          ))}
        </ul>
        {current.id === 'coping' ? null : <UrgeTimerStatus onOpen={() => onNavigate('coping')} />}
        <div className="shell__lock">
          <Button onClick={onLock} busy={locking} aria-keyshortcuts="Control+L Meta+L" title={`Lock ${name} (${shortcut})`}>
            Lock
          </Button>
        </div>
      </nav>
      <main className="shell__content" id="content" ref={main} tabIndex={-1}>
        {note ? (
          <div className="shell__note">
            <Notice tone="success">
              <p>{note}</p>
            </Notice>
            {onDismissNote ? (
              <Button variant="quiet" onClick={onDismissNote}>
                Dismiss
              </Button>
            ) : null}
          </div>
        ) : null}
        <SettingsNotice />
        <NavigateContext value={onNavigate}>
          <Screen key={current.id} />
        </NavigateContext>
      </main>
    </div>
  );
}
