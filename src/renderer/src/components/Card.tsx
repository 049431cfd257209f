import { useId, type ReactNode } from 'react';

export interface CardProps {
  /** When given, the card is a labelled region with this heading. */
  title?: string;
  headingLevel?: 2 | 3;
  className?: string;
  children: ReactNode;
}

export function Card({ title, headingLevel = 2, className, children }: CardProps) {
  const headingId = useId();
  const classes = ['card', className].filter(Boolean).join(' ');
  if (!title) return <div className={classes}>{children}</div>;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={classes} aria-labelledby={headingId}>
      <Heading id={headingId} className="card__title">
        {title}
      </Heading>
      {children}
    </section>
  );
}
