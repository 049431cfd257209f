import { useEffect, useRef } from 'react';
import type { SafetyPlanView } from '../../../../shared/contract/coping.ts';
import { Button } from '../../components';
import { ReachAPerson } from './ReachAPerson';
import { useWords } from '../../api/AppearanceProvider';

export interface WaysOnProps {
  plan: SafetyPlanView | null;
  onAnotherRound: () => void;
  onOpenPlan: () => void;
}

/**
 * When the urge is still strong, or stronger than it began: the way on, always in this order —
 * another round, the safety plan, a person.
 */
export function WaysOn({ plan, onAnotherRound, onOpenPlan }: WaysOnProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const w = useWords();
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="ways-on" aria-labelledby="ways-on-heading">
      <h3 id="ways-on-heading" className="timer__heading" ref={heading} tabIndex={-1}>
        The urge is still strong. You do not have to face it alone.
      </h3>
      <ol className="ways-on__list">
        <li>
          <p>Give it another round. Urges rise and fall; this one can pass too.</p>
          <Button variant="primary" onClick={onAnotherRound}>
            Start another round
          </Button>
        </li>
        <li>
          <p>Read the steps you wrote for a moment like this.</p>
          <Button onClick={onOpenPlan}>{w('openYourSafetyPlan')}</Button>
        </li>
        <li>
          <ReachAPerson plan={plan} headingLevel={4} />
        </li>
      </ol>
    </section>
  );
}
