import { useCallback, useEffect, useState } from 'react';
import type { SafetyPlanView } from '../../../../shared/contract/coping.ts';
import { harbor } from '../../api/harbor';
import { Notice } from '../../components';
import { SafetyPlanDocument } from './SafetyPlanDocument';
import { SafetyPlanEditor } from './SafetyPlanEditor';
import { WalletCard } from './WalletCard';
import { CopeAheadSection } from './CopeAheadSection';
import { useWords } from '../../api/AppearanceProvider';
import './safety-plan.css';

/** The main window's safety plan: edit in your own words, save, print. */
export function SafetyPlanScreen() {
  const [plan, setPlan] = useState<SafetyPlanView | null>(null);
  const [draft, setDraft] = useState<SafetyPlanView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void harbor.safetyPlanGet({}).then((result) => {
      if (result.ok) setPlan(result.value);
      else setError(result.error.message);
    });
  }, []);
  const onDraft = useCallback((next: SafetyPlanView) => setDraft(next), []);
  const w = useWords();

  return (
    <section aria-labelledby="screen-title" className="screen safety-plan">
      <h1 id="screen-title">{w('safetyPlan')}</h1>
      <div className="no-print">
        <p>
          Steps for when things get hard, written in your own words while you feel steady. Work through them in order until you
          feel safer. A therapist can help you write it.
        </p>
        {error ? (
          <Notice tone="warning">
            <p>{error}</p>
          </Notice>
        ) : null}
        {plan && !plan.canEdit ? (
          <SafetyPlanDocument plan={plan} />
        ) : plan ? (
          <>
            <SafetyPlanEditor plan={plan} onSaved={setPlan} onDraft={onDraft} />
            <CopeAheadSection contacts={plan.contacts} />
            <WalletCard />
          </>
        ) : (
          <p aria-busy="true">Opening your {w('aSafetyPlan')}…</p>
        )}
      </div>
      {draft ?? plan ? (
        <div className="print-only">
          <SafetyPlanDocument plan={(draft ?? plan)!} />
        </div>
      ) : null}
    </section>
  );
}
