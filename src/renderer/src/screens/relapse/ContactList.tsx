import type { Contact } from '../../../../shared/contract/coping.ts';

/** People or services from the safety plan, each with how to reach them. */
export function ContactList({ title, contacts }: { title: string; contacts: readonly Contact[] }) {
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
