import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  CONTACT_COUNTRY_MAX,
  CONTACT_NAME_MAX,
  CONTACT_REACH_MAX,
  SAFETY_SECTION_MAX,
  safetyPlanSections,
  type SafetyPlanSection,
} from '../../../../shared/coping-constants.ts';
import type { Contact, SafetyPlanView } from '../../../../shared/contract/coping.ts';
import { checkYourNumber, crisisServiceName, starterCrisisLines } from '../../../../shared/crisis-lines.ts';
import { useAppearance, useWords } from '../../api/AppearanceProvider';
import { harbor } from '../../api/harbor';
import { registerBeforeLock } from '../../api/lock-guard';
import { Button, LimitCounter, Notice, TextArea } from '../../components';
import { sectionInfo } from './sections';

type ContactSection = Contact['section'];
interface DraftContact extends Contact {
  key: number;
}

export interface SafetyPlanEditorProps {
  plan: SafetyPlanView;
  onSaved: (plan: SafetyPlanView) => void;
  /** Called on every edit, so a print preview can show what is on screen. */
  onDraft?: (plan: SafetyPlanView) => void;
}

let nextKey = 1;
const withKeys = (contacts: readonly Contact[]): DraftContact[] => contacts.map((c) => ({ ...c, key: nextKey++ }));

export function SafetyPlanEditor({ plan, onSaved, onDraft }: SafetyPlanEditorProps) {
  const [sections, setSections] = useState<Record<SafetyPlanSection, string>>(plan.sections);
  const [contacts, setContacts] = useState<DraftContact[]>(() => withKeys(plan.contacts));
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<ReadonlySet<number>>(new Set());
  const w = useWords();
  const latest = useRef({ sections, contacts, dirty });
  useEffect(() => {
    latest.current = { sections, contacts, dirty };
  });

  useEffect(() => {
    onDraft?.({ ...plan, sections, contacts: contacts.map(({ key: _key, ...c }) => c) });
  }, [sections, contacts, plan, onDraft]);

  const save = async (): Promise<boolean> => {
    const { sections: s, contacts: list } = latest.current;
    const unnamed = new Set(list.filter((c) => !c.name.trim()).map((c) => c.key));
    setInvalid(unnamed);
    if (unnamed.size > 0) {
      setError('Add a name for each person or service, or remove the empty row.');
      return false;
    }
    setBusy(true);
    setError(null);
    const result = await harbor.safetyPlanSave({ sections: s, contacts: list.map(({ key: _key, ...c }) => c) });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    setDirty(false);
    setStatus(`${w('yourSafetyPlan')} is saved.`);
    onSaved(result.value);
    return true;
  };

  // A lock (menu, idle, sleep) saves what is on screen first, as the journal does with drafts.
  useEffect(
    () =>
      registerBeforeLock(async () => {
        if (latest.current.dirty) await save();
      }),
    // save reads everything through `latest`, so registering once is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const edit = (fn: () => void) => {
    fn();
    setDirty(true);
    setStatus(null);
  };
  const updateContact = (key: number, patch: Partial<Contact>) =>
    edit(() => setContacts((list) => list.map((c) => (c.key === key ? { ...c, ...patch } : c))));
  const addContact = (section: ContactSection, base: Partial<Contact> = {}) =>
    edit(() => setContacts((list) => [...list, { section, name: '', reach: '', country: '', ...base, key: nextKey++ }]));
  const removeContact = (key: number) => edit(() => setContacts((list) => list.filter((c) => c.key !== key)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  return (
    <form className="plan-editor" noValidate onSubmit={submit} aria-label={w('yourSafetyPlan')}>
      <ol className="plan-editor__steps">
        {safetyPlanSections.map((section) => {
          const info = sectionInfo[section];
          const rows = contacts.filter((c) => c.section === section);
          return (
            <li key={section} className="plan-editor__step">
              <TextArea
                label={info.title}
                hint={info.hint}
                rows={3}
                limit={SAFETY_SECTION_MAX}
                value={sections[section]}
                onChange={(event) => {
                  const value = event.target.value;
                  edit(() => setSections((s) => ({ ...s, [section]: value })));
                }}
              />
              {info.contacts ? (
                <fieldset className="plan-editor__contacts">
                  <legend>{info.contacts}</legend>
                  {rows.length === 0 ? <p className="plan-editor__none">No one added yet.</p> : null}
                  {rows.map((c, index) => (
                    <ContactRow
                      key={c.key}
                      contact={c}
                      number={index + 1}
                      invalid={invalid.has(c.key)}
                      withCountry={section === 'professionals'}
                      onChange={(patch) => updateContact(c.key, patch)}
                      onRemove={() => removeContact(c.key)}
                    />
                  ))}
                  <Button onClick={() => addContact(section as ContactSection)}>
                    {section === 'professionals' ? 'Add a professional or service' : 'Add a person'}
                  </Button>
                  {section === 'professionals' ? <StarterLines onPick={(c) => addContact('professionals', c)} /> : null}
                </fieldset>
              ) : null}
            </li>
          );
        })}
      </ol>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div role="status">
        {status ? (
          <Notice tone="success" live="none">
            <p>{status}</p>
          </Notice>
        ) : null}
      </div>
      <div className="actions plan-editor__actions">
        <Button type="submit" variant="primary" busy={busy}>
          Save your plan
        </Button>
        <Button onClick={() => window.print()}>Print your plan</Button>
        {dirty ? <span className="plan-editor__unsaved">You have changes that are not saved yet.</span> : null}
      </div>
    </form>
  );
}

function ContactRow({
  contact,
  number,
  invalid,
  withCountry,
  onChange,
  onRemove,
}: {
  contact: DraftContact;
  number: number;
  invalid: boolean;
  withCountry: boolean;
  onChange: (patch: Partial<Contact>) => void;
  onRemove: () => void;
}) {
  const id = `contact-${contact.key}`;
  const what = withCountry ? 'Service' : 'Person';
  const { discreetMode } = useAppearance();
  const name = crisisServiceName(contact.name.trim(), discreetMode);
  return (
    <div className="contact-row" role="group" aria-label={`${what} ${number}`}>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          Name
        </label>
        <input
          autoComplete="off"
          id={`${id}-name`}
          className="field__input"
          value={contact.name}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error ${id}-name-count` : `${id}-name-count`}
          onChange={(event) => onChange({ name: event.target.value })}
        />
        <LimitCounter id={`${id}-name-count`} length={contact.name.trim().length} limit={CONTACT_NAME_MAX} />
        {invalid ? (
          <p className="field__error" id={`${id}-error`}>
            Add a name, or remove this row.
          </p>
        ) : null}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-reach`}>
          How to reach them
        </label>
        <input
          autoComplete="off"
          id={`${id}-reach`}
          className="field__input"
          value={contact.reach}
          placeholder="call or text …"
          aria-describedby={`${id}-reach-count`}
          onChange={(event) => onChange({ reach: event.target.value })}
        />
        <LimitCounter id={`${id}-reach-count`} length={contact.reach.trim().length} limit={CONTACT_REACH_MAX} />
      </div>
      {withCountry ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-country`}>
            Country (optional)
          </label>
          <input
            autoComplete="off"
            id={`${id}-country`}
            className="field__input"
            value={contact.country}
            aria-describedby={`${id}-country-count`}
            onChange={(event) => onChange({ country: event.target.value })}
          />
          <LimitCounter id={`${id}-country-count`} length={contact.country.trim().length} limit={CONTACT_COUNTRY_MAX} />
        </div>
      ) : null}
      <Button variant="quiet" aria-label={`Remove ${name || `${what.toLowerCase()} ${number}`}`} onClick={onRemove}>
        Remove
      </Button>
    </div>
  );
}

/** Well-known national lines the person can start from, each labelled with its country. */
function StarterLines({ onPick }: { onPick: (contact: Partial<Contact>) => void }) {
  const { discreetMode } = useAppearance();
  return (
    <details className="starter-lines">
      <summary>Pick a national crisis line</summary>
      <p>{checkYourNumber}</p>
      <ul className="starter-lines__list">
        {starterCrisisLines.map((line) => (
          <li key={`${line.country}-${line.service}`}>
            <span>
              <span className="starter-lines__country">{line.country}</span>
              <span className="starter-lines__service">{crisisServiceName(line.service, discreetMode)}</span>
              <span className="starter-lines__reach">{line.reach}</span>
            </span>
            <Button
              aria-label={`Add ${crisisServiceName(line.service, discreetMode)} (${line.country})`}
              onClick={() => onPick({ name: line.service, reach: line.reach, country: line.country })}
            >
              Add
            </Button>
          </li>
        ))}
      </ul>
    </details>
  );
}
