import { checkYourNumber, notProfessionalCare, starterCrisisLines } from '../../../shared/crisis-lines.ts';
import { useAppearance } from '../app-settings/AppearanceProvider';

export interface CrisisLinesProps {
  /** Heading level for the list's title, to fit the screen it sits in. */
  headingLevel?: 2 | 3;
  title?: string;
}

/** The starter crisis lines with their countries, the "check your number" line and the care disclaimer. */
export function CrisisLines({ headingLevel = 2, title = 'Crisis lines' }: CrisisLinesProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // The person's own line (Settings → Crisis line) comes first; it is readable while locked too.
  const own = useAppearance().crisisLine;
  return (
    <div className="crisis-lines">
      <Heading>{title}</Heading>
      <p>{checkYourNumber}</p>
      <ul className="crisis-lines__list">
        {own ? (
          <li className="crisis-lines__own">
            <span className="crisis-lines__country">Your crisis line</span>
            <span className="crisis-lines__service">{own.service}</span>
            <span className="crisis-lines__reach">{own.reach}</span>
          </li>
        ) : null}
        {starterCrisisLines.map((line) => (
          <li key={`${line.country}-${line.service}`}>
            <span className="crisis-lines__country">{line.country}</span>
            <span className="crisis-lines__service">{line.service}</span>
            <span className="crisis-lines__reach">{line.reach}</span>
          </li>
        ))}
      </ul>
      <p>{notProfessionalCare}</p>
    </div>
  );
}
