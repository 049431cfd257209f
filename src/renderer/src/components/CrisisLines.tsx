import type { SafetyPlanView } from '../../../shared/contract/coping.ts';
import { checkYourNumber, crisisServiceName, starterCrisisLines } from '../../../shared/crisis-lines.ts';
import { useAppearance, useWords } from '../api/AppearanceProvider';
import { planContacts, useHelpPlan } from './use-help-plan';

export interface CrisisLinesProps {
  /** Heading level for the list's title, to fit the screen it sits in. */
  headingLevel?: 2 | 3 | 4;
  title?: string;
  /** The safety plan when the caller has it already; otherwise it is read here. */
  plan?: SafetyPlanView | null;
  /** The lines' full names even in discreet mode: inside "Need help now?", where the person asked for help. */
  fullNames?: boolean;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The person's own crisis lines and services (the safety plan's "Professionals and services")
 * first, then the starter crisis lines with their countries, the "check your number" line and
 * the care disclaimer.
 */
export function CrisisLines({ headingLevel = 2, title = 'Crisis lines', plan, fullNames = false }: CrisisLinesProps) {
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2]!;
  const read = useHelpPlan(plan !== undefined);
  const own = planContacts(plan === undefined ? read : plan, 'professionals');
  const w = useWords();
  const { discreetMode } = useAppearance();
  const name = (service: string) => crisisServiceName(service, discreetMode && !fullNames);
  // A starter line the person already has in their plan is listed once, as theirs.
  const starter = starterCrisisLines.filter((line) => !own.some((c) => same(c.name, line.service) && same(c.reach, line.reach)));
  return (
    <div className="crisis-lines">
      <Heading>{title}</Heading>
      <p>{checkYourNumber}</p>
      <ul className="crisis-lines__list">
        {own.map((c, index) => (
          <li key={`own-${c.name}-${index}`} className="crisis-lines__own">
            <span className="crisis-lines__country">{[`Your ${w('aSafetyPlan')}`, c.country].filter(Boolean).join(' · ')}</span>
            <span className="crisis-lines__service">{name(c.name)}</span>
            {c.reach ? <span className="crisis-lines__reach">{c.reach}</span> : null}
          </li>
        ))}
        {starter.map((line) => (
          <li key={`${line.country}-${line.service}`}>
            <span className="crisis-lines__country">{line.country}</span>
            <span className="crisis-lines__service">{name(line.service)}</span>
            <span className="crisis-lines__reach">{line.reach}</span>
          </li>
        ))}
      </ul>
      <p>{w('notProfessionalCare')}</p>
    </div>
  );
}
