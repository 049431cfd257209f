// The safety plan as "Need help now?" shows it: the person's own crisis lines and people, read
// through the open safetyPlanGet (the journal when unlocked, the locked copy when there is one).
// Re-read when Harbor locks or unlocks and when the window comes back into view.
import { useEffect, useState } from 'react';
// Types only: the coping window's bundle must not pull in zod through the contract.
import type { Contact, SafetyPlanView } from '../../../shared/contract/coping.ts';
import { harbor } from '../api/harbor';

/** Null while loading, when `skip` is set (the caller has the plan already), or when it cannot be read. */
export function useHelpPlan(skip = false): SafetyPlanView | null {
  const [plan, setPlan] = useState<SafetyPlanView | null>(null);
  useEffect(() => {
    if (skip) return;
    let live = true;
    const load = () =>
      void harbor.safetyPlanGet({}).then((result) => {
        if (live) setPlan(result.ok ? result.value : null);
      });
    load();
    const off = harbor.onEvent((event) => {
      if (event.type === 'vault') load();
    });
    const onVisible = () => {
      if (document.visibilityState === 'visible') load();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      off();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [skip]);
  return plan;
}

/** The plan's contacts in one section, only from a plan that could really be read. */
export function planContacts(plan: SafetyPlanView | null, section: Contact['section']): Contact[] {
  if (!plan || plan.source === 'starter') return [];
  return plan.contacts.filter((c) => c.section === section);
}
