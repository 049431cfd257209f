import { Button, ErrorNotice } from '../../components';

/** The end of a first-run step that saves: what went wrong, if anything, then save or skip. */
export function StepActions({ error, busy, busyLabel, onSkip }: { error: string | null; busy: boolean; busyLabel: string; onSkip: () => void }) {
  return (
    <>
      <ErrorNotice message={error} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy}>
          {busyLabel}
        </Button>
        <Button variant="quiet" onClick={onSkip}>
          Skip for now
        </Button>
      </div>
    </>
  );
}
