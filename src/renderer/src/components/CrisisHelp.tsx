import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { CrisisLines } from './CrisisLines';

export interface CrisisHelpProps {
  /** Actions shown beside the "Need help now?" button, always visible (for example "Open coping box"). */
  beside?: ReactNode;
  /** Extra content at the end of the open panel. */
  children?: ReactNode;
  /** Start open (for screens where help is the point). */
  defaultOpen?: boolean;
}

/** "Need help now?": one press shows the crisis lines and the care disclaimer. */
export function CrisisHelp({ beside, children, defaultOpen = false }: CrisisHelpProps) {
  const [open, setOpen] = useState(defaultOpen);
  const panelId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    // The panel opens below the button, often below the fold: bring it into view once opened.
    if (open && opened.current) panel.current?.scrollIntoView({ block: 'nearest' });
    opened.current = true;
  }, [open]);
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
      <div id={panelId} ref={panel} className="crisis-help__panel" hidden={!open}>
        <p>You do not have to get through this alone. You can reach a person right now.</p>
        <CrisisLines headingLevel={2} title="People you can call or text" />
        {children}
      </div>
    </div>
  );
}
