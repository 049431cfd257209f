import { useState } from 'react';
import type { Relapse } from '../../../../shared/contract/recovery.ts';
import { harbor } from '../../api/harbor';
import { Button, ConfirmDialog, Notice } from '../../components';
import { useNavigate } from '../../api/navigation';
import { useWords } from '../../api/AppearanceProvider';
import { formatDay as longDate } from '../../../../shared/calendar.ts';
import { openRelapseSupport } from '../relapse/origin';
import { RelapseReflection } from '../relapse/RelapseReflection';
import { openChainAnalysis } from '../chain/chain-target';

/** Relapses the person noted, each with its optional reflection. Data with kind words, never a count that resets. */
export function RelapsesView({ relapses, onChanged }: { relapses: readonly Relapse[]; onChanged: () => void }) {
  const navigate = useNavigate();
  const w = useWords();
  const [open, setOpen] = useState<number | null>(null);
  const [removing, setRemoving] = useState<Relapse | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const remove = async (relapse: Relapse) => {
    const result = await harbor.relapseDelete({ id: relapse.id });
    setRemoving(null);
    setMessage(result.ok ? `The note for ${longDate(relapse.day)} is removed.` : result.error.message);
    onChanged();
  };

  return (
    <>
      <p className="recovery__intro">{w('relapsesIntro')}</p>
      <p>
        <Button onClick={() => openRelapseSupport(navigate, 'recovery')}>{w('selfHarmedButton')}</Button>
      </p>
      {message ? (
        <Notice tone="info">
          <p>{message}</p>
        </Notice>
      ) : null}
      {relapses.length === 0 ? (
        <p>{w('relapsesEmpty')}</p>
      ) : (
        <ul className="relapse-list">
          {relapses.map((relapse) => (
            <li key={relapse.id} className="card relapse-list__item">
              <h2 className="relapse-list__day">{longDate(relapse.day)}</h2>
              <p className="relapse-list__state">
                {relapse.reflectedAt ? 'You reflected on this.' : 'No reflection yet. You can add one whenever you are ready.'}
              </p>
              <div className="actions relapse-list__actions">
                <Button aria-expanded={open === relapse.id} onClick={() => setOpen(open === relapse.id ? null : relapse.id)}>
                  {open === relapse.id ? 'Close reflection' : relapse.reflectedAt ? 'Open reflection' : 'Reflect'}
                </Button>
                <Button onClick={() => openChainAnalysis(navigate, relapse.id, 'recovery')}>{w('chainTitle')}</Button>
                <Button variant="quiet" onClick={() => setRemoving(relapse)}>
                  Remove this note
                </Button>
              </div>
              {open === relapse.id ? <RelapseReflection relapse={relapse} headingLevel={3} onChanged={() => onChanged()} /> : null}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        title="Remove this note?"
        confirmLabel="Remove note"
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      >
        <p>
          {w('relapseRemoveBody')} Anything you added to your {w('aSafetyPlan')} or {w('aCopingBox')} stays there.
        </p>
      </ConfirmDialog>
    </>
  );
}
