import { useState } from 'react';
import type { CopingItem } from '../../../../shared/contract/coping.ts';
import { harbor } from '../../harbor';
import { Button, Card, Notice } from '../../components';
import { SafetyPlanDocument } from '../safety-plan/SafetyPlanDocument';
import { SafetyPlanEditor } from '../safety-plan/SafetyPlanEditor';
import { BoxList } from './BoxList';
import { CrisisPanel } from './CrisisPanel';
import { UrgeTimerPanel } from './UrgeTimerPanel';
import { timerSession } from './timer-session';
import { useCopingData } from './useCopingData';
import '../safety-plan/safety-plan.css';
import './coping.css';

export interface CopingViewProps {
  /** 'main': inside the app's Coping box screen (the plan is edited on its own screen). 'page': the coping window or the lock screen. */
  place: 'main' | 'page';
}

/** The coping box with crisis help, the safety plan, the urge timer and "Pick one for me". */
export function CopingView({ place }: CopingViewProps) {
  const { box, plan, error, reload } = useCopingData();
  const [picked, setPicked] = useState<CopingItem | null>(null);
  const [pickNote, setPickNote] = useState<string | null>(null);
  const [planOpen, setPlanOpen] = useState(false);
  const [planEditing, setPlanEditing] = useState(false);

  const pick = async () => {
    const result = await harbor.copingPickOne({ excludeId: picked?.id ?? null });
    if (!result.ok) {
      setPickNote(result.error.message);
      return;
    }
    const item = result.value.item;
    setPicked(item);
    setPickNote(item ? null : 'Everything in your box is hidden. Show something again, or add your own.');
    if (item) timerSession().addItem(item);
  };

  if (!box) {
    return (
      <div className="coping" aria-busy={!error}>
        {error ? (
          <Notice tone="warning">
            <p>{error}</p>
          </Notice>
        ) : (
          <p>Opening your coping box…</p>
        )}
        <CrisisPanel plan={null} />
      </div>
    );
  }

  return (
    <div className="coping">
      <p className="coping__intro">Something to do until the urge passes. Urges often fade within 5 to 15 minutes.</p>
      {box.vault === 'locked' && box.source === 'locked-copy' ? (
        <Notice tone="info" live="none">
          <p>Harbor is locked. Your coping box and safety plan are here; your journal stays locked.</p>
        </Notice>
      ) : null}
      {box.notice ? (
        <Notice tone="info" live="none">
          <p>{box.notice}</p>
        </Notice>
      ) : null}

      <CrisisPanel
        plan={plan}
        beside={
          <Button aria-expanded={planOpen} aria-controls="coping-plan" onClick={() => setPlanOpen((o) => !o)}>
            Your safety plan
          </Button>
        }
      />
      {planOpen && plan ? (
        <section id="coping-plan" className="card coping__plan" aria-labelledby="coping-plan-heading">
          <h2 id="coping-plan-heading">Your safety plan</h2>
          {plan.notice ? <p>{plan.notice}</p> : null}
          {planEditing && plan.canEdit ? (
            <SafetyPlanEditor
              plan={plan}
              onSaved={() => {
                setPlanEditing(false);
                void reload();
              }}
            />
          ) : (
            <>
              <SafetyPlanDocument plan={plan} headingLevel={3} />
              {plan.canEdit && place === 'page' ? <Button onClick={() => setPlanEditing(true)}>Edit your plan</Button> : null}
              {plan.canEdit && place === 'main' ? <p>You can change it under Safety plan.</p> : null}
            </>
          )}
        </section>
      ) : null}

      <Card title="Urge timer" className="coping__timer">
        <UrgeTimerPanel />
      </Card>

      <Card title="Your coping box">
        <div className="coping__pick">
          <Button onClick={() => void pick()}>{picked ? 'Pick another' : 'Pick one for me'}</Button>
          <div className="coping__picked" role="status">
            {picked ? (
              <div className="picked">
                <p className="picked__lead">How about this:</p>
                <p className="picked__title">{picked.title}</p>
                {picked.note ? <p className="picked__note">{picked.note}</p> : null}
              </div>
            ) : null}
            {pickNote ? <p>{pickNote}</p> : null}
          </div>
        </div>
        <BoxList box={box} onChanged={reload} />
      </Card>
    </div>
  );
}
