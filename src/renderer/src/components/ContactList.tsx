import type { ReactNode } from 'react';
// Types only: the coping window's bundle must not pull in zod through the contract.
import type { Contact, SafetyPlanView } from '../../../shared/contract/coping.ts';

export interface ContactListProps {
  /** Shown as an h3 above the list. */
  title?: string;
  contacts: readonly Contact[];
}

/** People or services from the safety plan, each with how to reach them. */
export function ContactList({ title, contacts }: ContactListProps) {
  return (
    <>
      {title ? <h3>{title}</h3> : null}
      <ul className="contact-list">
        {contacts.map((c, index) => (
          <li key={`${c.name}-${index}`}>
            <span className="contact-list__name">{c.name}</span>
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
  /** Shown when the plan has no people and no services in it. */
  empty?: ReactNode;
}

/** The people and the professionals from the person's safety plan, for the moments help is needed. */
export function PlanContacts({ plan, empty }: PlanContactsProps) {
  const people = plan?.contacts.filter((c) => c.section === 'helpers') ?? [];
  const services = plan?.contacts.filter((c) => c.section === 'professionals') ?? [];
  return (
    <>
      {people.length > 0 ? <ContactList title="People you can ask for help" contacts={people} /> : null}
      {services.length > 0 ? <ContactList title="Your professionals and services" contacts={services} /> : null}
      {plan && people.length === 0 && services.length === 0 ? empty : null}
    </>
  );
}
