import { useId, useState, type ReactNode } from 'react';
import type { Contact, SafetyPlanView } from '../../../../shared/contract/coping.ts';
import { CrisisLines } from '../../components';

/**
 * "Need help now?" in one step: the people and services from the person's own safety plan first,
 * then the starter crisis lines with their countries.
 */
export function CrisisPanel({ plan, beside }: { plan: SafetyPlanView | null; beside?: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const people = plan?.contacts.filter((c) => c.section === 'helpers') ?? [];
  const services = plan?.contacts.filter((c) => c.section === 'professionals') ?? [];
  return (
    <div className="crisis-help">
      <div className="crisis-help__row">
        <button
          type="button"
          className="button button--secondary crisis-help__toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
        >
          Need help now?
        </button>
        {beside}
      </div>
      <div id={panelId} className="crisis-help__panel" hidden={!open}>
        <p>You do not have to get through this alone. You can reach a person right now.</p>
        {people.length > 0 ? <ContactList title="People you can ask for help" contacts={people} /> : null}
        {services.length > 0 ? <ContactList title="Your professionals and services" contacts={services} /> : null}
        {plan && people.length === 0 && services.length === 0 && plan.notice ? <p>{plan.notice}</p> : null}
        <CrisisLines headingLevel={3} title="Crisis lines" />
      </div>
    </div>
  );
}

function ContactList({ title, contacts }: { title: string; contacts: readonly Contact[] }) {
  return (
    <>
      <h3>{title}</h3>
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
