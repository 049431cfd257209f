import { useId, useState, type ReactNode } from 'react';
import { Button } from '../../components';
import { DrawWhenNear } from './DrawWhenNear';

export const EMPTY_TEXT = 'After a few check-ins your patterns will appear here.';

export interface ChartCardProps {
  title: string;
  /** What the chart shows, in a sentence; also the chart's accessible description. */
  description: string;
  /** True when there is nothing to draw: a gentle sentence replaces the chart. */
  empty: boolean;
  emptyText?: string;
  /** The data as a table, for "Show as table" (built only when shown). */
  table: () => ReactNode;
  /** The drawn chart. */
  children: ReactNode;
  /** Shown under the chart or table: lists and plain-words notes. */
  after?: ReactNode;
  /** Choices that change what the chart shows (shown above it). */
  controls?: ReactNode;
  /** A short reading of the chart for screen readers, e.g. "12 weeks, 30 triggers". */
  reading?: string;
}

/** One Patterns chart: a titled card with a description, a chart or table, and a gentle empty state. */
export function ChartCard({ title, description, empty, emptyText = EMPTY_TEXT, table, children, after, controls, reading }: ChartCardProps) {
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const readingId = `${id}-reading`;
  return (
    <section className="card chart-card" aria-labelledby={titleId} aria-describedby={descriptionId}>
      <div className="chart-card__head">
        <h2 id={titleId} className="card__title">
          {title}
        </h2>
        {empty ? null : (
          <Button variant="quiet" className="chart-card__toggle" onClick={() => setAsTable((t) => !t)}>
            {asTable ? 'Show as chart' : 'Show as table'}
          </Button>
        )}
      </div>
      <p id={descriptionId} className="chart-card__description">
        {description}
      </p>
      {controls}
      {empty ? (
        <p className="chart-card__empty">{emptyText}</p>
      ) : asTable ? (
        table()
      ) : (
        <div className="chart-card__chart" role="img" aria-label={`${title}, chart`} aria-describedby={`${descriptionId}${reading ? ` ${readingId}` : ''}`}>
          {reading ? (
            <span id={readingId} className="visually-hidden">
              {reading}
            </span>
          ) : null}
          <DrawWhenNear>{children}</DrawWhenNear>
        </div>
      )}
      {empty ? null : after}
    </section>
  );
}
