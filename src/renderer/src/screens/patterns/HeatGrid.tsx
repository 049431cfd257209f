import { timeBands, weekdayNames } from '../../../../shared/contract/patterns.ts';

export interface HeatGridProps {
  weekdays: number[];
  cells: number[][];
}

/** Five steps of the accent colour; every cell also shows its number, so colour is never needed. */
function level(count: number, max: number): number {
  if (count === 0 || max === 0) return 0;
  return Math.max(1, Math.ceil((count / max) * 4));
}

/** Weekday × time of day, drawn as a grid of cells whose shade follows how many events fell there. */
export function HeatGrid({ weekdays, cells }: HeatGridProps) {
  const max = Math.max(0, ...cells.flat());
  return (
    <div className="heat-grid" aria-hidden="true">
      <span />
      {timeBands.map((band) => (
        <span key={band} className="heat-grid__band">
          {band}
        </span>
      ))}
      {weekdays.map((weekday, row) => (
        <div key={weekday} className="heat-grid__row">
          <span className="heat-grid__day">{weekdayNames[weekday]!.slice(0, 3)}</span>
          {cells[row]!.map((count, band) => (
            <span key={band} className={`heat-grid__cell heat-grid__cell--${level(count, max)}`}>
              {count}
            </span>
          ))}
        </div>
      ))}
    </div>
  );
}
