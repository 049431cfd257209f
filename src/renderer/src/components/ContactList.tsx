import type { ReactNode } from 'react';
// Types only: the coping window's bundle must not pull in zod through the contract.
import type { Contact, SafetyPlanView } from '../../../shared/contract/coping.ts';
import { planContacts } from './use-help-plan';
import { crisisServiceName } from '../../../shared/crisis-lines.ts';
import { useAppearance } from '../api/AppearanceProvider';

export interface ContactListProps {
  /** Shown as an h3 above the list. */
  title?: string;
  contacts: readonly Contact[];
}

/** People or services from the safety plan, each with how to reach them. */
export function ContactList({ title, contacts }: ContactListProps) {
  const { discreetMode } = useAppearance();
  return (
    <>
      {title ? <h3>{title}</h3> : null}
      <ul className="contact-list">
        {contacts.map((c, index) => (
          <li key={`${c.name}-${index}`}>
            <span className="contact-list__name">{crisisServiceName(c.name, discreetMode)}</span>
            {c.reach ? <span className="contact-list__reach">{c.reach}</span> : null}
            {c.country ? <span className="contact-list__country">{c.country}</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
}

export interface PlanContactsProps {
  /** Null while the plan loads (or when it cannot be read): nothing is shown. */
  plan: SafetyPlanView | null;
  /** Shown when a readable plan has no people in it. */
  empty?: ReactNode;
}

/**
 * The people from the person's safety plan, for the moments help is needed. Their crisis lines
 * and services come with the crisis lines (CrisisLines), first.
 */
export function PlanContacts({ plan, empty }: PlanContactsProps) {
  const people = planContacts(plan, 'helpers');
  if (people.length > 0) return <ContactList title="People you can ask for help" contacts={people} />;
  return plan && plan.source !== 'starter' ? (empty ?? null) : null;
}
