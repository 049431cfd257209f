import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { CopingItem } from '../../../../shared/contract/coping.ts';
import { harbor } from '../../api/harbor';
import { Button, Card, Notice } from '../../components';
import { SafetyPlanDocument } from '../safety-plan/SafetyPlanDocument';
import { BoxList } from './BoxList';
import { CrisisPanel } from './CrisisPanel';
import { QuickUnlock } from './QuickUnlock';
import { TryFirst } from './TryFirst';
import { UrgeTimerPanel } from './UrgeTimerPanel';
import { CopeAheadToday } from './CopeAheadToday';
import { HopeBox } from './HopeBox';
import { timerSession, useTimerState } from './timer-session';
import { DEFAULT_TIMER_MINUTES } from '../../../../shared/urge-timer.ts';
import { useCopingData } from './useCopingData';
import { useWords } from '../../api/AppearanceProvider';
import '../safety-plan/safety-plan.css';
import './coping.css';
import './urge-timer.css';

// The plan's editor loads only when someone chooses to edit: the coping window's first bundle stays small.
const SafetyPlanEditor = lazy(() => import('../safety-plan/SafetyPlanEditor').then((module) => ({ default: module.SafetyPlanEditor })));

export interface CopingViewProps {
  /** 'main': inside the app's Coping box screen (the plan is edited on its own screen). 'page': the coping window or the lock screen. */
  place: 'main' | 'page';
  /** Called after the person unlocks Harbor from the locked coping box. */
  onUnlocked?: () => void;
}

/** The coping box with crisis help, the safety plan, the urge timer and "Pick one for me". */
export function CopingView({ place, onUnlocked }: CopingViewProps) {
  const { box, plan, error, reload } = useCopingData();
  const w = useWords();
  const [picked, setPicked] = useState<CopingItem | null>(null);
  const [pickNote, setPickNote] = useState<string | null>(null);
  const [planOpen, setPlanOpen] = useState(false);
  const [planEditing, setPlanEditing] = useState(false);
  const [planAsked, setPlanAsked] = useState(0);
  const planHeading = useRef<HTMLHeadingElement>(null);
  const timerPhase = useTimerState().phase;
  const timerCard = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (planAsked === 0) return;
    planHeading.current?.scrollIntoView({ block: 'start' });
    planHeading.current?.focus();
  }, [planAsked]);
  const openPlan = () => {
    setPlanOpen(true);
    setPlanAsked((n) => n + 1);
  };
  const startWith = (item: CopingItem) => {
    timerSession().start(DEFAULT_TIMER_MINUTES, item);
    timerCard.current?.scrollIntoView({ block: 'start' });
  };

  const pick = async () => {
    const result = await harbor.copingPickOne({ excludeId: picked?.id ?? null });
    if (!result.ok) {
      setPickNote(result.error.message);
      return;
    }
    const item = result.value.item;
    setPicked(item);
    setPickNote(item ? null : 'Everything in your box is hidden. Show something again, or add your own.');
    // While a round runs, what was picked counts as used in it.
    if (item && timerSession().timer.state.phase === 'running') timerSession().addItem(item);
  };

  if (!box) {
    return (
      <div className="coping" aria-busy={!error}>
        {error ? (
          <Notice tone="warning">
            <p>{error}</p>
          </Notice>
        ) : (
          <p>Opening your {w('aCopingBox')}…</p>
        )}
        <CrisisPanel plan={null} />
      </div>
    );
  }

  const planReadable = plan !== null && plan.source !== 'starter';
  return (
    <div className="coping">
      <CopeAheadToday box={box} onStart={timerPhase === 'idle' || timerPhase === 'done' ? startWith : null} />
      <p className="coping__intro">Something to do until the urge passes. Urges often fade within 5 to 15 minutes.</p>
      {box.vault === 'locked' && box.source === 'locked-copy' ? (
        <Notice tone="info" live="none">
          <p>
            {w('appName')} is locked. Your {w('aCopingBox')} and {w('aSafetyPlan')} are here; your journal stays locked.
          </p>
        </Notice>
      ) : null}
      {box.vault === 'locked' && box.source === 'starter' ? (
        // The person's own plan cannot be read here: say so once, with the way to it right there.
        <section className="card coping__locked" aria-labelledby="coping-locked-heading">
          <h2 id="coping-locked-heading">{box.notice}</h2>
          <p>Until then, here is a starter box, the urge timer and crisis lines.</p>
          <QuickUnlock
            onUnlocked={() => {
              void reload();
              onUnlocked?.();
            }}
          />
        </section>
      ) : box.notice ? (
        <Notice tone="info" live="none">
          <p>{box.notice}</p>
        </Notice>
      ) : null}

      <CrisisPanel
        plan={plan}
        beside={
          // A plan that cannot be read is not offered: it would look empty when it is not.
          planReadable ? (
            <Button aria-expanded={planOpen} aria-controls="coping-plan" onClick={() => setPlanOpen((o) => !o)}>
              {w('yourSafetyPlan')}
            </Button>
          ) : null
        }
      />
      {planOpen && plan && planReadable ? (
        <section id="coping-plan" className="card coping__plan" aria-labelledby="coping-plan-heading">
          <h2 id="coping-plan-heading" ref={planHeading} tabIndex={-1}>
            {w('yourSafetyPlan')}
          </h2>
          {planEditing && plan.canEdit ? (
            <Suspense fallback={<p>Opening the editor…</p>}>
              <SafetyPlanEditor
                plan={plan}
                onSaved={() => {
                  setPlanEditing(false);
                  void reload();
                }}
              />
            </Suspense>
          ) : (
            <>
              <SafetyPlanDocument plan={plan} headingLevel={3} />
              {plan.canEdit && place === 'page' ? <Button onClick={() => setPlanEditing(true)}>Edit your plan</Button> : null}
              {plan.canEdit && place === 'main' ? <p>You can change it under {w('safetyPlan')}.</p> : null}
            </>
          )}
        </section>
      ) : null}

      <div ref={timerCard}>
        <Card title="Urge timer" className="coping__timer">
          {/* While locked nothing of the journal shows, not even the last round's urge numbers. */}
          <UrgeTimerPanel items={box.items} plan={plan} onOpenPlan={openPlan} showResult={box.vault === 'unlocked'} />
        </Card>
      </div>

      <Card title={w('yourCopingBox')}>
        <TryFirst box={box} onStart={timerPhase === 'idle' || timerPhase === 'done' ? startWith : undefined} />
        <div className="coping__pick">
          <Button onClick={() => void pick()}>{picked ? 'Pick another' : 'Pick one for me'}</Button>
          <div className="coping__picked" role="status">
            {picked ? (
              <div className="picked">
                <p className="picked__lead">How about this:</p>
                <p className="picked__title">{picked.title}</p>
                {picked.note ? <p className="picked__note">{picked.note}</p> : null}
                {timerPhase === 'running' ? (
                  <p className="picked__lead">Ticked as used in this round.</p>
                ) : timerPhase === 'idle' || timerPhase === 'done' ? (
                  <Button variant={timerPhase === 'idle' ? 'primary' : 'secondary'} onClick={() => startWith(picked)}>
                    Start the timer with this
                  </Button>
                ) : null}
              </div>
            ) : null}
            {pickNote ? <p>{pickNote}</p> : null}
          </div>
        </div>
        <BoxList box={box} onChanged={reload} />
      </Card>
      <HopeBox refreshKey={box} />
    </div>
  );
}
