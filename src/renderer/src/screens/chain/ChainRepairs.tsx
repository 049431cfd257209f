import { useState } from 'react';
import { CHAIN_LINE_MAX, chainLinkKindLabels } from '../../../../shared/contract/chain.ts';
import { harbor } from '../../api/harbor';
import { useWords } from '../../api/AppearanceProvider';
import { Button, TextField } from '../../components';
import type { ChainDraft, DraftLink } from './chain-model';
import type { ChainStepId } from './ChainStepList';

interface ChainRepairsProps {
  relapseId: number;
  draft: ChainDraft;
  onChange: (update: (draft: ChainDraft) => ChainDraft) => void;
  onGoTo: (step: ChainStepId) => void;
}

/** For each link, what could have broken the chain there; each answer can join the plan or the box in one press. */
export function ChainRepairs({ relapseId, draft, onChange, onGoTo }: ChainRepairsProps) {
  const w = useWords();
  const links = draft.links.filter((link) => link.text.trim() !== '');
  if (links.length === 0) {
    return (
      <>
        <p>Once the chain has a few links, you can think here about where it could break next time.</p>
        <Button onClick={() => onGoTo('links')}>Go to the links</Button>
      </>
    );
  }
  return (
    <>
      <p className="chain__hint">
        At each link, what might have helped: a skill, a person, a change in the moment. Once you write something, you can add
        it to your {w('aSafetyPlan')} or {w('aCopingBox')} with one press.
      </p>
      <ol className="chain__repairs">
        {links.map((link) => (
          <li key={link.key}>
            <Repair
              relapseId={relapseId}
              link={link}
              onRepair={(repair) => onChange((d) => ({ ...d, links: d.links.map((l) => (l.key === link.key ? { ...l, repair } : l)) }))}
            />
          </li>
        ))}
      </ol>
      <p className="chain__closing">
        {`That is every step. What you wrote stays here, and you can come back to it from the list of days under ${w('recovery')} whenever you like.`}
      </p>
    </>
  );
}

function Repair({ relapseId, link, onRepair }: { relapseId: number; link: DraftLink; onRepair: (repair: string) => void }) {
  const w = useWords();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const add = async (to: 'safety-plan' | 'coping-box') => {
    setBusy(true);
    const result = await harbor.chainAddRepair({ relapseId, text: link.repair.trim(), to });
    setBusy(false);
    if (!result.ok) {
      setMessage(null);
      return setError(result.error.message);
    }
    setError(null);
    setMessage(result.value.message);
  };
  return (
    <fieldset className="chain-repair">
      <legend className="chain-repair__link">
        <span className="chain-repair__kind">{chainLinkKindLabels[link.kind]}:</span> {link.text}
      </legend>
      <TextField
        label="What could have broken the chain here?"
        limit={CHAIN_LINE_MAX}
        value={link.repair}
        error={error}
        onChange={(event) => {
          setError(null);
          onRepair(event.target.value);
        }}
      />
      {/* The ways into the plan appear once there is something to add, so empty links stay quiet. */}
      {link.repair.trim() !== '' ? (
        <div className="actions chain-repair__actions">
          <Button busy={busy} onClick={() => void add('safety-plan')}>
            Add to my {w('aSafetyPlan')}
          </Button>
          <Button busy={busy} onClick={() => void add('coping-box')}>
            Add to my {w('aCopingBox')}
          </Button>
        </div>
      ) : null}
      <p role="status" className="chain__status">
        {message}
      </p>
    </fieldset>
  );
}
