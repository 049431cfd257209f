import { useCallback, useEffect, useRef, useState } from 'react';
import type { PatternsOverview, PatternsPreferences } from '../../../../shared/contract/patterns.ts';
import type { Result } from '../../../../shared/result.ts';
import { harbor } from '../../api/harbor';
import { Notice } from '../../components';
import { useWords } from '../../api/AppearanceProvider';
import { RangePicker, type RangeChoice } from './RangePicker';
import { PatternSettings } from './PatternSettings';
import { EmotionsOverTime, TriggersAndUrges, TriggersPerWeek, UrgesOverTime, WeeklySummary, WhatHelps, WhenUrgesCome } from './insights';
import { HowUrgesPass } from './HowUrgesPass';
import { RecurringInChains } from './RecurringInChains';
import { longDay, plural } from './format';
import { DEFAULT_RANGE } from './default-range';
import { SteadyMeasuresCard } from '../recovery/SteadyMeasuresCard';
import './patterns.css';

export interface PatternsPageProps {
  /** The default range's payload, already asked for while this page's code loaded. */
  first?: Promise<Result<PatternsOverview>>;
}

/** The Patterns page: one range, every insight from one aggregated payload. */
export default function PatternsPage({ first }: PatternsPageProps) {
  const w = useWords();
  const [choice, setChoice] = useState<RangeChoice>(DEFAULT_RANGE);
  const pendingFirst = useRef(first);
  const [data, setData] = useState<PatternsOverview | null>(null);
  const [loading, setLoading] = useState(true);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A choice shows at once, before main has saved it and sent the redrawn payload.
  const [chosen, setChosen] = useState<Partial<PatternsPreferences>>({});

  useEffect(() => {
    let current = true;
    // The loading flag and results are set around the awaited round trip.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setLoading(true);
    const request = pendingFirst.current ?? harbor.patternsOverview(choice);
    pendingFirst.current = undefined;
    void request.then((result) => {
      if (!current) return;
      setLoading(false);
      if (result.ok) {
        setData(result.value);
        setChosen({});
        setError(null);
      } else {
        setError(result.error.message);
      }
    });
    return () => {
      current = false;
    };
  }, [choice]);

  const savePreferences = useCallback(async (change: Partial<Pick<PatternsPreferences, 'weekStart' | 'selfHarmDays' | 'emotions'>>) => {
    setSaving(true);
    setChosen((previous) => ({ ...previous, ...change }));
    // Saved and redrawn in one round trip.
    const result = await harbor.patternsSetPreferences({ ...change, range: choice });
    setSaving(false);
    setChosen({});
    if (!result.ok) return setError(result.error.message);
    setData(result.value);
    setError(null);
  }, [choice]);

  const rangeWeeks = 'weeks' in choice ? choice.weeks : null;
  return (
    <section aria-labelledby="screen-title" className="screen patterns">
      <h1 id="screen-title">Patterns</h1>
      <p className="patterns__intro">
        A calm look back at your check-ins and {w('aCopingBox')}. These are patterns, not verdicts: they show what came together, not what causes what.
      </p>
      <RangePicker choice={choice} shown={data?.range ?? null} onChoose={setChoice} />
      <p className="patterns__range" role="status">
        {loading && !data
          ? 'Loading your patterns…'
          : data
            ? `${longDay(data.range.from)} to ${longDay(data.range.to)} · ${plural(data.range.days, 'day', 'days')} · ${plural(data.checkIns, 'check-in', 'check-ins')}`
            : ''}
      </p>
      {error ? (
        <Notice tone="warning" live="alert">
          <p>{error}</p>
        </Notice>
      ) : null}
      {data ? (
        <div className="patterns__content" aria-busy={loading || undefined} data-state={loading ? 'loading' : 'ready'}>
          <WeeklySummary data={data} />
          <RecurringInChains />
          {/* Always the last 30 days, whatever the range: measures that never reset. */}
          <SteadyMeasuresCard />
          <TriggersPerWeek data={data} rangeWeeks={rangeWeeks} />
          <UrgesOverTime data={data} />
          <WhenUrgesCome data={data} />
          <EmotionsOverTime data={data} picked={chosen.emotions} saving={saving} onPick={(emotions) => void savePreferences({ emotions })} />
          <WhatHelps data={data} />
          <HowUrgesPass data={data} />
          <TriggersAndUrges data={data} />
          <PatternSettings preferences={{ ...data.preferences, ...chosen }} onChange={(change) => void savePreferences(change)} />
        </div>
      ) : null}
    </section>
  );
}
