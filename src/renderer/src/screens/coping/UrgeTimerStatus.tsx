import { describeRemaining, formatRemaining, remainingMs } from '../../../../shared/urge-timer.ts';
import { useTimerState } from './timer-session';

/**
 * In the navigation while an urge timer runs (or has just ended) and the person is on another
 * screen: the time left, and one click back to it.
 */
export function UrgeTimerStatus({ onOpen }: { onOpen: () => void }) {
  const state = useTimerState();
  if (state.phase !== 'running' && state.phase !== 'ended') return null;
  return (
    <button type="button" className="shell__link shell__timer" onClick={onOpen}>
      Urge timer{' '}
      {state.phase === 'ended' ? (
        <span className="shell__timer-time">time is up</span>
      ) : (
        <>
          {/* The seconds are for the eye; a screen reader hears whole minutes. */}
          <span className="shell__timer-time" aria-hidden="true">
            {formatRemaining(remainingMs(state))}
          </span>
          <span className="visually-hidden">{describeRemaining(state)}</span>
        </>
      )}
    </button>
  );
}
