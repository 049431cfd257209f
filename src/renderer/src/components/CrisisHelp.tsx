import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { SafetyPlanView } from '../../../shared/contract/coping.ts';
import { PlanContacts } from './ContactList';
import { CrisisLines, type CrisisLinesProps } from './CrisisLines';
import { useHelpPlan } from './use-help-plan';

export interface CrisisHelpProps {
  /** Actions shown beside the "Need help now?" button, always visible (for example "Open coping box"). */
  beside?: ReactNode;
  /** The safety plan when the caller has it already; otherwise it is read here. */
  plan?: SafetyPlanView | null;
  /** The crisis lines' heading, to fit what comes before them. */
  linesHeadingLevel?: CrisisLinesProps['headingLevel'];
  linesTitle?: string;
  /** Extra content at the end of the open panel. */
  children?: ReactNode;
  /** Start open (for screens where help is the point). */
  defaultOpen?: boolean;
  /** Scroll the opened panel into view: for buttons low on the page, not near the top of the coping box. */
  revealOnOpen?: boolean;
}

/**
 * "Need help now?": one press shows the people and crisis lines from the person's safety plan
 * (when it can be read here), the starter crisis lines and the care disclaimer.
 */
export function CrisisHelp({
  beside,
  plan,
  linesHeadingLevel = 2,
  linesTitle = 'People you can call or text',
  children,
  defaultOpen = false,
  revealOnOpen = true,
}: CrisisHelpProps) {
  const [open, setOpen] = useState(defaultOpen);
  const read = useHelpPlan(plan !== undefined);
  const shown = plan === undefined ? read : plan;
  const panelId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The panel opens below the button, often below the fold: bring it into view once opened.
    if (revealOnOpen && open && opened.current) panel.current?.scrollIntoView({ block: 'nearest' });
    opened.current = true;
  }, [open, revealOnOpen]);
  useEffect(() => {
    if (!open) return;
    // Escape closes the panel, as it closes every dialog, and focus goes back to the button.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <div className="crisis-help">
      <div className="crisis-help__row">
        <button
          ref={toggle}
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
      <div id={panelId} ref={panel} className="crisis-help__panel" hidden={!open}>
        <p>You do not have to get through this alone. You can reach a person right now.</p>
        <PlanContacts plan={shown} />
        <CrisisLines headingLevel={linesHeadingLevel} title={linesTitle} plan={shown} fullNames />
        {children}
      </div>
    </div>
  );
}
