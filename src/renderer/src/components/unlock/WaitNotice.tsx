import { seconds } from './use-wait';

/** The countdown after several wrong tries; nothing once the next try is allowed. */
export function WaitNotice({ secondsLeft, what }: { secondsLeft: number; what: 'passphrases' | 'recovery codes' }) {
  if (secondsLeft <= 0) return null;
  return (
    <p className="lock-wait" role="timer" aria-live="off">
      Several {what} did not match, so there is a short wait before the next try. You can try again in{' '}
      <strong>{seconds(secondsLeft)}</strong>.
    </p>
  );
}
