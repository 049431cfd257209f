import { safetyPlanSections } from '../../../../shared/coping-constants.ts';
import type { SafetyPlanView } from '../../../../shared/contract/coping.ts';
import { ContactList } from '../../components';
import { sectionInfo } from './sections';
import { useWords } from '../../api/AppearanceProvider';

/**
 * The plan as a calm, readable (and printable) document. Empty parts say so gently, but only in
 * a plan that could be read: a plan kept locked away is never shown as empty.
 */
export function SafetyPlanDocument({ plan, headingLevel = 2 }: { plan: SafetyPlanView; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const w = useWords();
  if (plan.source === 'starter') return <p className="plan-document__unreadable">{plan.notice}</p>;
  return (
    <div className="plan-document">
      <ol className="plan-document__steps">
        {safetyPlanSections.map((section) => {
          const contacts = plan.contacts.filter((c) => c.section === section);
          const body = plan.sections[section].trim();
          return (
            <li key={section} className="plan-document__step">
              <Heading>{sectionInfo[section].title}</Heading>
              {body ? <p className="plan-document__body">{body}</p> : null}
              {contacts.length > 0 ? <ContactList contacts={contacts} /> : null}
              {!body && contacts.length === 0 ? <p className="plan-document__empty">Not filled in yet.</p> : null}
            </li>
          );
        })}
      </ol>
      <p className="plan-document__care">{w('notProfessionalCare')}</p>
    </div>
  );
}
