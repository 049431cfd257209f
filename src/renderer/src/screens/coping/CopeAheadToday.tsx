// On a day the person planned for, their own plan opens first in the coping box: calm and short,
// with the skills they chose as buttons that start the urge timer with that item.
import { useEffect, useState } from 'react';
import type { CopeAheadPlan } from '../../../../shared/contract/cope-ahead.ts';
import type { CopingBoxView, CopingItem } from '../../../../shared/contract/coping.ts';
import { harbor } from '../../api/harbor';
import { Button } from '../../components';

export interface CopeAheadTodayProps {
  /** The box shown now: its items are what a skill can start the timer with; a new box means a fresh look. */
  box: CopingBoxView;
  /** Null while a round runs: a skill then only shows its words. */
  onStart: ((item: CopingItem) => void) | null;
}

export function CopeAheadToday({ box, onStart }: CopeAheadTodayProps) {
  const [plans, setPlans] = useState<CopeAheadPlan[]>([]);
  useEffect(() => {
    let live = true;
    void harbor.copeAheadToday({}).then((result) => live && setPlans(result.ok ? result.value.plans : []));
    return () => {
      live = false;
    };
  }, [box]);

  return plans.map((plan) => (
    <section key={plan.id} className="card cope-ahead-today" aria-labelledby={`cope-ahead-today-${plan.id}`}>
      <h2 id={`cope-ahead-today-${plan.id}`}>Today you planned for: {plan.name}</h2>
      {plan.mightHappen ? <p>{plan.mightHappen}</p> : null}
      {plan.skills.length > 0 ? (
        <>
          <h3>What you will do</h3>
          <ul className="cope-ahead-today__skills">
            {plan.skills.map((skill, i) => {
              const item = skill.itemId === null ? undefined : box.items.find((it) => it.id === skill.itemId);
              return (
                <li key={i}>
                  <span>{skill.title}</span>
                  {item && onStart ? (
                    <Button onClick={() => onStart(item)} aria-label={`Start the timer with ${item.title}`}>
                      Start the timer
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {plan.people.length > 0 ? <p>Who you will tell: {plan.people.join(', ')}</p> : null}
      {plan.note ? <p className="cope-ahead-today__note">{plan.note}</p> : null}
    </section>
  ));
}
