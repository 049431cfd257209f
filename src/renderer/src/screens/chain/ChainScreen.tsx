import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { harbor } from '../../api/harbor';
import { useNavigate } from '../../api/navigation';
import { useWords } from '../../api/AppearanceProvider';
import { Button, ErrorNotice } from '../../components';
import { formatDay } from '../../../../shared/calendar.ts';
import { backLabel } from '../relapse/origin';
import { chainProblem, flushChains, onChainProblem, queueChain, unsavedChain } from './chain-drafts';
import { toContent, toDraft, type ChainDraft } from './chain-model';
import { chainTarget, leaveChainAnalysis, type ChainTarget } from './chain-target';
import { ChainStepList, chainSteps, isStepEmpty, type ChainStepId } from './ChainStepList';
import { ChainStep } from './ChainStep';
import './chain.css';

/**
 * The chain analysis of one lapse, a step at a time: what made the person vulnerable, what set it
 * off, the links in order, what happened (no detail), what came after, and where the chain could
 * break. Every step can be skipped, and everything is saved as it is typed.
 */
export function ChainScreen() {
  const target = chainTarget();
  const w = useWords();
  const navigate = useNavigate();
  if (!target) {
    return (
      <section aria-labelledby="screen-title" className="screen chain">
        <h1 id="screen-title">{w('chainTitle')}</h1>
        <p>Open this from a day listed under {w('recovery')}.</p>
        <Button onClick={() => leaveChainAnalysis(navigate, 'recovery')}>{backLabel('recovery', w)}</Button>
      </section>
    );
  }
  return <ChainAnalysis key={target.relapseId} target={target} />;
}

function ChainAnalysis({ target }: { target: ChainTarget }) {
  const { relapseId } = target;
  const w = useWords();
  const navigate = useNavigate();
  const [day, setDay] = useState<string | null>(null);
  const [draft, setDraft] = useState<ChainDraft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [step, setStep] = useState<ChainStepId>(chainSteps[0].id);
  const problem = useSyncExternalStore(onChainProblem, () => chainProblem(relapseId));
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    let current = true;
    void harbor.chainGet({ relapseId }).then((result) => {
      if (!current) return;
      if (!result.ok) return setLoadError(result.error.message);
      setDay(result.value.day);
      // Words typed before the screen last closed may still be on their way to the database.
      setDraft(toDraft(unsavedChain(relapseId) ?? result.value));
    });
    return () => {
      current = false;
      // Closing the screen saves what is on it at once.
      void flushChains();
    };
  }, [relapseId]);

  useEffect(() => {
    if (moved.current) stepHeading.current?.focus();
  }, [step]);

  const change = (update: (draft: ChainDraft) => ChainDraft) =>
    setDraft((previous) => {
      if (!previous) return previous;
      const next = update(previous);
      queueChain(relapseId, toContent(next));
      return next;
    });

  const goTo = (id: ChainStepId) => {
    moved.current = true;
    setStep(id);
  };
  const index = chainSteps.findIndex((s) => s.id === step);
  const current = chainSteps[index]!;
  const next = chainSteps[index + 1];
  const previous = chainSteps[index - 1];
  const leave = () => leaveChainAnalysis(navigate, target.back);

  return (
    <section aria-labelledby="screen-title" className="screen chain">
      <h1 id="screen-title">{w('chainTitle')}</h1>
      {day ? <p className="chain__day">{formatDay(day)}</p> : null}
      <p className="chain__lead">
        One step at a time, what led up to it and where the chain could break next time. Write as little as you like, and skip
        any step.
      </p>
      <p className="chain__saved">You can stop at any point — this is saved.</p>
      <ErrorNotice message={loadError} />
      {draft ? (
        <>
          <ChainStepList current={step} draft={draft} onSelect={goTo} />
          <div className="chain__step card">
            <h2 className="chain__step-title" ref={stepHeading} tabIndex={-1}>
              {current.title}
            </h2>
            <ChainStep step={step} relapseId={relapseId} draft={draft} onChange={change} onGoTo={goTo} />
            <ErrorNotice message={problem} />
            <div className="actions chain__actions">
              {previous ? <Button onClick={() => goTo(previous.id)}>Back</Button> : null}
              {next ? (
                <Button variant="primary" onClick={() => goTo(next.id)}>
                  {isStepEmpty(step, draft) ? 'Skip this step' : 'Next'}
                </Button>
              ) : (
                <Button variant="primary" onClick={leave}>
                  Finish
                </Button>
              )}
              {next ? (
                <Button variant="quiet" onClick={leave}>
                  Stop here for now
                </Button>
              ) : null}
            </div>
          </div>
        </>
      ) : !loadError ? (
        <p aria-busy="true">Opening…</p>
      ) : null}
      {loadError ? <Button onClick={leave}>{backLabel(target.back, w)}</Button> : null}
    </section>
  );
}
