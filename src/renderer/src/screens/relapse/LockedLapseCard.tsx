import { useEffect, useState } from 'react';
import type { LockedLapseNote, Relapse } from '../../../../shared/contract/recovery.ts';
import { harbor } from '../../api/harbor';
import { Button, ErrorNotice, Notice } from '../../components';
import { useWords } from '../../api/AppearanceProvider';
import { RelapseReflection } from './RelapseReflection';
import { formatDay as longDate } from '../../../../shared/calendar.ts';
import './relapse.css';

type Shown = { kind: 'asking'; note: LockedLapseNote } | { kind: 'added'; relapse: Relapse; reflecting: boolean };

/**
 * After unlock, a quiet card for each "I self-harmed" noted while Harbor was locked: add it to the
 * journal, or leave it out. Never added on its own; reflecting is offered only after, only if wanted.
 */
export function LockedLapseCard({ onAdded }: { onAdded?: (relapse: Relapse) => void }) {
  const w = useWords();
  const [waiting, setWaiting] = useState<LockedLapseNote[]>([]);
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void harbor.lockedLapseNotesWaiting({}).then((result) => {
      if (result.ok) setWaiting(result.value.waiting);
    });
  }, []);

  const note = shown?.kind === 'asking' ? shown.note : waiting[0];
  const current: Shown | null = shown ?? (note ? { kind: 'asking', note } : null);
  if (!current) return null;

  const answer = async (id: string, choice: 'add' | 'leave-out') => {
    setBusy(true);
    const result = await harbor.lockedLapseNoteAnswer({ id, answer: choice });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setWaiting(result.value.waiting);
    if (result.value.relapse) {
      setShown({ kind: 'added', relapse: result.value.relapse, reflecting: false });
      onAdded?.(result.value.relapse);
    } else setShown(null);
  };

  return (
    <aside className="card locked-lapse-card" aria-labelledby="locked-lapse-card-title">
      <h2 id="locked-lapse-card-title">A note from a hard moment</h2>
      {current.kind === 'asking' ? (
        <>
          <p>
            While {w('appName')} was locked, {w('notedWhileLocked')} on {longDate(current.note.day)}. Would you like to add it to your
            journal? Only if you want to: it is information for you, not a mark against you, and nothing is reset.
          </p>
          <ErrorNotice message={error} />
          <div className="actions">
            <Button busy={busy} onClick={() => void answer(current.note.id, 'add')}>
              Add it to my journal
            </Button>
            <Button variant="quiet" disabled={busy} onClick={() => void answer(current.note.id, 'leave-out')}>
              Leave it out
            </Button>
          </div>
          <p className="locked-lapse-card__hint">If you leave it out, nothing is added and you will not be asked about it again.</p>
        </>
      ) : current.reflecting ? (
        <RelapseReflection
          relapse={current.relapse}
          headingLevel={3}
          onChanged={(relapse) => setShown({ kind: 'added', relapse, reflecting: true })}
        />
      ) : (
        <>
          <Notice tone="success">
            <p>Added to your journal for {longDate(current.relapse.day)}.</p>
          </Notice>
          <p>If you want, you can look at what happened and what might help next time, now or later from {w('recovery')}.</p>
          <div className="actions">
            <Button onClick={() => setShown({ ...current, reflecting: true })}>Reflect on it</Button>
            <Button variant="quiet" onClick={() => setShown(null)}>
              Close
            </Button>
          </div>
        </>
      )}
    </aside>
  );
}
