// The round's own curve, drawn as plain SVG (no chart library in the coping window's bundle).
import { RERATE_EVERY_MINUTES, type UrgeRating } from '../../../../shared/urge-timer.ts';

const WIDTH = 320;
const HEIGHT = 132;
const PAD = { left: 28, right: 12, top: 10, bottom: 26 };

function when(rating: UrgeRating, first: boolean): string {
  // The first answer, given before the first "again", is the urge at the start.
  if (first && rating.minute < RERATE_EVERY_MINUTES) return 'at the start';
  if (rating.minute < 1) return 'within the first minute';
  const rounded = Math.round(rating.minute);
  return `after ${rounded} ${rounded === 1 ? 'minute' : 'minutes'}`;
}

/** The round in words: the text alternative to the drawing. */
export function describeRound(ratings: readonly UrgeRating[]): string {
  return `Your urge was ${ratings.map((r, i) => `${r.urge} ${when(r, i === 0)}`).join(', ')}.`;
}

export function RoundCurve({ ratings, minutes }: { ratings: readonly UrgeRating[]; minutes: number }) {
  const sorted = [...ratings].sort((a, b) => a.minute - b.minute);
  if (sorted.length === 0) return null;
  const span = Math.max(1, minutes, sorted.at(-1)!.minute);
  const x = (minute: number) => PAD.left + (minute / span) * (WIDTH - PAD.left - PAD.right);
  const y = (urge: number) => PAD.top + (1 - urge / 10) * (HEIGHT - PAD.top - PAD.bottom);
  const points = sorted.map((r) => `${x(r.minute).toFixed(1)},${y(r.urge).toFixed(1)}`).join(' ');
  return (
    <figure className="round-curve">
      {/* The caption says everything the drawing shows. */}
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" aria-hidden="true" focusable="false">
        {[0, 5, 10].map((level) => (
          <g key={level}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(level)} y2={y(level)} className="round-curve__grid" />
            <text x={PAD.left - 8} y={y(level)} dy="0.35em" textAnchor="end" className="round-curve__label">
              {level}
            </text>
          </g>
        ))}
        <text x={PAD.left} y={HEIGHT - 6} className="round-curve__label">
          0 min
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end" className="round-curve__label">
          {Math.round(span)} min
        </text>
        {sorted.length > 1 ? <polyline points={points} className="round-curve__line" /> : null}
        {sorted.map((r) => (
          <circle key={r.minute} cx={x(r.minute)} cy={y(r.urge)} r={4} className="round-curve__dot" />
        ))}
      </svg>
      <figcaption className="round-curve__caption">
        {describeRound(sorted)}
      </figcaption>
    </figure>
  );
}
