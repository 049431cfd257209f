import { useCallback, useEffect, useRef, useState } from 'react';
import type { VaultStatus } from '../../../shared/contract/vault.ts';
import type { HarborErrorValue } from '../../../shared/result.ts';
import { harbor } from '../api/harbor';
import { flushBeforeLock } from '../api/lock-guard';
import { SetupFlow } from '../screens/setup/SetupFlow';
import { LockScreen } from '../screens/lock/LockScreen';
import { CopingPage } from '../screens/coping/CopingPage';
import { forgetFinishedRound } from '../screens/coping/timer-session';
import { AppShell } from './AppShell';
import { FatalErrorScreen } from './FatalErrorScreen';
import { isScreenId, type ScreenId } from '../api/navigation';

type View =
  | { kind: 'loading' }
  | { kind: 'fatal'; error: HarborErrorValue }
  | { kind: 'setup' }
  | { kind: 'locked'; status: VaultStatus }
  | { kind: 'unlocked' };

export function App() {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [screen, setScreen] = useState<ScreenId>('journal');
  const [note, setNote] = useState<string | null>(null);
  const [locking, setLocking] = useState(false);
  /** The coping box opened from this lock screen (it works without the passphrase); any new view closes it. */
  const [copingOpenedFrom, setCopingOpenedFrom] = useState<View | null>(null);
  const lockingRef = useRef(false);

  /** Reads the vault state; at app start it also tries "unlock automatically" when the person chose it. */
  const refresh = useCallback(async (options: { tryAutoUnlock: boolean }) => {
    const result = await harbor.vaultStatus({});
    if (!result.ok) return setView({ kind: 'fatal', error: result.error });
    const status = result.value;
    if (status.state === 'none') return setView({ kind: 'setup' });
    if (status.state === 'unlocked') return setView({ kind: 'unlocked' });
    if (options.tryAutoUnlock && status.autoUnlock) {
      const tried = await harbor.vaultTryAutoUnlock({});
      if (tried.ok && tried.value.state === 'unlocked') return setView({ kind: 'unlocked' });
    }
    setView((previous) => {
      if (previous.kind === 'setup') return previous;
      // The same lock seen twice (the button, then the vault event) keeps its view, so a coping
      // box opened from the lock screen in between stays open.
      if (previous.kind === 'locked' && JSON.stringify(previous.status) === JSON.stringify(status)) return previous;
      return { kind: 'locked', status };
    });
  }, []);

  useEffect(() => {
    // Initial load: the setState calls happen after the awaited IPC round trip.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refresh({ tryAutoUnlock: true });
  }, [refresh]);

  const lock = useCallback(async () => {
    if (lockingRef.current) return;
    lockingRef.current = true;
    setLocking(true);
    try {
      await flushBeforeLock();
      const result = await harbor.vaultLock({});
      if (result.ok) {
        forgetFinishedRound();
        setNote(null);
        setView({ kind: 'locked', status: result.value });
      }
    } finally {
      lockingRef.current = false;
      setLocking(false);
    }
  }, []);

  useEffect(
    () =>
      harbor.onEvent((event) => {
        switch (event.type) {
          case 'before-lock':
            // Main waits for this: drafts saved, then the page locks as its Lock button does.
            void lock();
            return;
          case 'navigate':
            if (isScreenId(event.to)) setScreen(event.to);
            return;
          case 'vault':
            if (event.problem) {
              setNote(null);
              setView({ kind: 'fatal', error: event.problem });
            } else if (event.state === 'unlocked') {
              // During setup the recovery code is still on screen: stay there until the person continues.
              setView((previous) => (previous.kind === 'locked' ? { kind: 'unlocked' } : previous));
            } else {
              forgetFinishedRound();
              setNote(null);
              void refresh({ tryAutoUnlock: false });
            }
            return;
        }
      }),
    [refresh, lock],
  );

  // Ctrl+L / Cmd+L locks from anywhere in the unlocked app, even while typing.
  useEffect(() => {
    if (view.kind !== 'unlocked') return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        void lock();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view.kind, lock]);

  switch (view.kind) {
    case 'loading':
      return (
        <main className="centered-page" aria-busy="true">
          <p className="loading">Opening…</p>
        </main>
      );
    case 'fatal':
      return <FatalErrorScreen error={view.error} onRetry={() => void refresh({ tryAutoUnlock: true })} />;
    case 'setup':
      return (
        <SetupFlow
          onFinished={(openCoping) => {
            if (openCoping) setScreen('coping');
            void refresh({ tryAutoUnlock: false });
          }}
        />
      );
    case 'locked':
      if (copingOpenedFrom === view) {
        return (
          <CopingPage
            onBack={() => setCopingOpenedFrom(null)}
            // Unlocked from the coping box: stay with the coping box, now the person's own.
            onUnlocked={() => {
              setScreen('coping');
              setView({ kind: 'unlocked' });
            }}
          />
        );
      }
      return (
        <LockScreen
          status={view.status}
          onUnlocked={(message) => {
            setNote(message ?? null);
            setView({ kind: 'unlocked' });
          }}
          onFatal={(error) => setView({ kind: 'fatal', error })}
          // The starter box and the urge timer always work while locked.
          copingAvailableWhileLocked
          onOpenCoping={() => setCopingOpenedFrom(view)}
        />
      );
    case 'unlocked':
      return (
        <AppShell
          screen={screen}
          onNavigate={setScreen}
          onLock={() => void lock()}
          locking={locking}
          note={note}
          onDismissNote={() => setNote(null)}
        />
      );
  }
}
