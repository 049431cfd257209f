import { useEffect, useRef, type ReactNode } from 'react';
import { useAppName } from '../api/AppearanceProvider';

export interface CenteredPageProps {
  title: string;
  /** Move focus to the heading on arrival (for pages without a field to start in). */
  focusTitle?: boolean;
  children: ReactNode;
}

/** The single-column page used before the app opens (setup, lock, errors). */
export function CenteredPage({ title, focusTitle = false, children }: CenteredPageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const name = useAppName(); // "Notes" in discreet mode
  useEffect(() => {
    if (focusTitle) heading.current?.focus();
  }, [focusTitle]);
  return (
    <main className="centered-page">
      <div className="centered-page__inner">
        <p className="brand" aria-hidden="true">
          {name}
        </p>
        <h1 id="screen-title" tabIndex={-1} ref={heading}>
          {title}
        </h1>
        {children}
      </div>
    </main>
  );
}
