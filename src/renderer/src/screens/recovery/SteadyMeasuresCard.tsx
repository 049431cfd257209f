import { useEffect, useState } from 'react';
import type { SteadyMeasures } from '../../../../shared/contract/recovery.ts';
import { harbor } from '../../api/harbor';
import { Card } from '../../components';
import { formatDay as longDate } from '../../../../shared/calendar.ts';
import './measures.css';

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/**
 * Measures that never go back to zero, on Recovery and Patterns: urges ridden out and check-ins
 * over the last 30 days, and how long it took to come back after each hard day. Nothing counts
 * days since anything, and a hard day only adds.
 */
export function SteadyMeasuresCard() {
  const [measures, setMeasures] = useState<SteadyMeasures | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void harbor.recoveryMeasures({}).then((result) => (result.ok ? setMeasures(result.value) : setError(result.error.message)));
  }, []);

  return (
    <Card title="Over the last 30 days" className="measures">
      {error ? <p>{error}</p> : null}
      {!measures && !error ? <p aria-busy="true">Opening…</p> : null}
      {measures ? <MeasuresBody measures={measures} /> : null}
    </Card>
  );
}

function MeasuresBody({ measures }: { measures: SteadyMeasures }) {
  const { urgesRiddenOut, checkInDays, windowDays, comebacks } = measures;
  return (
    <>
      <dl className="measures__list">
        <div>
          <dt>Urges you rode out with the urge timer</dt>
          <dd>
            {urgesRiddenOut.rounds === 0
              ? 'No rounds yet'
              : `${urgesRiddenOut.riddenOut} of ${urgesRiddenOut.rounds}`}
          </dd>
        </div>
        <div>
          <dt>Days you checked in</dt>
          <dd>{`${checkInDays} of ${windowDays}`}</dd>
        </div>
      </dl>
      <h3 className="measures__subtitle">Coming back after a hard day</h3>
      {comebacks.length === 0 ? (
        <p>Nothing to show here. If a hard day comes, this shows how long it took you to reach a calmer day again.</p>
      ) : (
        <>
          <p>The days from a hard day to your next check-in with an urge of 3 or less.</p>
          <ol className="measures__comebacks">
            {comebacks.map((c) => (
              <li key={c.hardDay}>
                <span className="measures__day">After {longDate(c.hardDay)}</span>
                <span className="measures__value">{c.days === null ? 'on the way; there is no hurry' : days(c.days)}</span>
              </li>
            ))}
          </ol>
          <ComebackTrend comebacks={comebacks} />
        </>
      )}
      <p className="measures__note">These never go back to zero. A hard day adds to them; it takes nothing away.</p>
    </>
  );
}

/** One sentence from the person's own comebacks, only when it is true and kind. */
function ComebackTrend({ comebacks }: { comebacks: SteadyMeasures['comebacks'] }) {
  const done = comebacks.map((c) => c.days).filter((d): d is number => d !== null);
  if (done.length < 2) return null;
  const latest = done[done.length - 1]!;
  const earlier = done.slice(0, -1);
  const typical = [...earlier].sort((a, b) => a - b)[Math.floor((earlier.length - 1) / 2)]!;
  if (latest >= typical) return null;
  return (
    <p className="measures__trend">
      Last time you came back in {days(latest)}; before that it usually took {days(typical)}.
    </p>
  );
}
