import type { ChainDraft } from './chain-model';

export const chainSteps = [
  { id: 'vulnerabilities', short: 'What made it harder', title: 'What made you more vulnerable' },
  { id: 'prompt', short: 'What set it off', title: 'What set it off' },
  { id: 'links', short: 'The links', title: 'The links in the chain' },
  { id: 'happened', short: 'What happened', title: 'What happened' },
  { id: 'after', short: 'What came after', title: 'What came after' },
  { id: 'breaks', short: 'Where it could break', title: 'Where the chain could break' },
] as const;
export type ChainStepId = (typeof chainSteps)[number]['id'];

const blank = (text: string) => text.trim() === '';

/** Nothing written in this step yet, so moving on skips it. */
export function isStepEmpty(step: ChainStepId, draft: ChainDraft): boolean {
  switch (step) {
    case 'vulnerabilities':
      return draft.vulnerabilities.every((line) => blank(line.text));
    case 'prompt':
      return blank(draft.promptingEvent);
    case 'links':
      return draft.links.every((link) => blank(link.text));
    case 'happened':
      return blank(draft.whatHappened);
    case 'after':
      return blank(draft.consequences);
    case 'breaks':
      return draft.links.every((link) => blank(link.repair));
  }
}

/** Every step, in order, one press away: the person can go to any of them, in any order. */
export function ChainStepList({ current, draft, onSelect }: { current: ChainStepId; draft: ChainDraft; onSelect: (step: ChainStepId) => void }) {
  return (
    <nav aria-label="Steps" className="chain__steps">
      <ol>
        {chainSteps.map((step) => (
          <li key={step.id}>
            <button
              type="button"
              className="chain__step-button"
              aria-current={step.id === current ? 'step' : undefined}
              // The quiet dot, in words (the visible name comes first, as it is seen).
              aria-label={isStepEmpty(step.id, draft) ? undefined : `${step.short}, written`}
              onClick={() => onSelect(step.id)}
            >
              {step.short}
              {/* Written steps get a quiet dot; an empty one is simply plain, never flagged. */}
              {isStepEmpty(step.id, draft) ? null : <span className="chain__written" aria-hidden="true" />}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
