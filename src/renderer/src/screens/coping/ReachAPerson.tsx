import { useEffect, useRef, useState } from 'react';
import type { Contact, SafetyPlanView } from '../../../../shared/contract/coping.ts';
import { phoneNumberIn } from '../../../../shared/phone-number.ts';
import { harbor } from '../../api/harbor';
import { CrisisLines } from '../../components';
import { copyText } from '../../components/copy-text';
import { useAppName } from '../../api/AppearanceProvider';

type Links = { desktop: boolean; tel: boolean; sms: boolean };

/**
 * The people from the person's own plan, each number one click to copy, and to call or text where
 * this computer has an app for it; then their crisis lines and services, and the starter lines.
 */
export function ReachAPerson({ plan, headingLevel = 3 }: { plan: SafetyPlanView | null; headingLevel?: 3 | 4 }) {
  const [links, setLinks] = useState<Links | null>(null);
  const appName = useAppName();
  const [status, setStatus] = useState('');
  useEffect(() => {
    let current = true;
    void harbor.copingContactLinks({}).then((result) => {
      if (current && result.ok) setLinks(result.value);
    });
    return () => {
      current = false;
    };
  }, []);
  // People first; the crisis lines below start with the person's own services from the plan.
  const contacts = plan?.contacts.filter((c) => c.section === 'helpers') ?? [];
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const canOpen = links !== null && (links.tel || links.sms);
  return (
    <div className="reach">
      <Heading className="reach__heading">Reach a person</Heading>
      {contacts.length > 0 ? (
        <ul className="row-list">
          {contacts.map((contact, index) => (
            <ContactRow key={`${contact.name}-${index}`} contact={contact} links={links} onStatus={setStatus} />
          ))}
        </ul>
      ) : (
        <p>{plan?.notice ?? 'There is nobody in your safety plan yet. The crisis lines below are there for you, any time.'}</p>
      )}
      {contacts.length > 0 && links !== null && !canOpen ? (
        <p className="reach__note">
          {links.desktop
            ? 'This computer has no app for calls or texts, so copy the number into your phone.'
            : `Calling and texting open from the ${appName} desktop app. Here, copy the number into your phone.`}
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <CrisisLines headingLevel={headingLevel} title="Crisis lines" plan={plan} />
    </div>
  );
}

function ContactRow({ contact, links, onStatus }: { contact: Contact; links: Links | null; onStatus: (text: string) => void }) {
  const numberRef = useRef<HTMLSpanElement>(null);
  const number = phoneNumberIn(contact.reach);
  const open = async (scheme: 'tel' | 'sms') => {
    if (!number) return;
    const result = await harbor.copingOpenContact({ scheme, number });
    onStatus(result.ok ? (scheme === 'tel' ? `Calling ${contact.name}.` : `Writing to ${contact.name}.`) : result.error.message);
  };
  return (
    <li className="row-list__item reach__contact">
      <span className="reach__name">{contact.name}</span>
      {contact.reach ? (
        <span className="reach__how" ref={numberRef}>
          {contact.reach}
        </span>
      ) : null}
      {number ? (
        <span className="reach__actions">
          <button
            type="button"
            className="button button--secondary"
            aria-label={`Copy number for ${contact.name}`}
            onClick={() =>
              void copyText(number, numberRef.current).then((copied) =>
                onStatus(copied ? `Copied the number for ${contact.name}: ${number}.` : 'Copying did not work here. The number is selected: copy it with your keyboard.'),
              )
            }
          >
            Copy number
          </button>
          {links?.tel ? (
            <button type="button" className="button button--secondary" aria-label={`Call ${contact.name}`} onClick={() => void open('tel')}>
              Call
            </button>
          ) : null}
          {links?.sms ? (
            <button type="button" className="button button--secondary" aria-label={`Text ${contact.name}`} onClick={() => void open('sms')}>
              Text
            </button>
          ) : null}
        </span>
      ) : null}
    </li>
  );
}
