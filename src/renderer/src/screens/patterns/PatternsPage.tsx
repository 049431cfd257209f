import { useCallback, useEffect, useState } from 'react';
import type { PatternsOverview, PatternsPreferences } from '../../../../shared/contract/patterns.ts';
import { harbor } from '../../harbor';
import { Notice } from '../../components';
import { RangePicker, type RangeChoice } from './RangePicker';
import { PatternSettings } from './PatternSettings';
import { EmotionsOverTime, TriggersAndUrges, TriggersPerWeek, UrgesOverTime, WeeklySummary, WhatHelps, WhenUrgesCome } from './insights';
import { longDay, plural } from './format';
import './patterns.css';

/** The Patterns page: one range, every insight from one aggregated payload. */
export default function PatternsPage() {
  const [choice, setChoice] = useState<RangeChoice>({ weeks: 12 });
  const [data, setData] = useState<PatternsOverview | null>(null);
  const [loading, setLoading] = useState(true);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    // The loading flag and results are set around the awaited round trip.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setLoading(true);
    void harbor.patternsOverview(choice).then((result) => {
      if (!current) return;
      setLoading(false);
      if (result.ok) {
        setData(result.value);
        setError(null);
      } else {
        setError(result.error.message);
      }
    });
    return () => {
      current = false;
    };
  }, [choice, version]);

  const savePreferences = useCallback(async (change: Partial<Pick<PatternsPreferences, 'weekStart' | 'selfHarmDays' | 'emotions'>>) => {
    setSaving(true);
    const result = await harbor.patternsSetPreferences(change);
    setSaving(false);
    if (!result.ok) return setError(result.error.message);
    setVersion((v) => v + 1);
  }, []);

  const rangeWeeks = 'weeks' in choice ? choice.weeks : null;
  return (
    <section aria-labelledby="screen-title" className="screen patterns">
      <h1 id="screen-title">Patterns</h1>
      <p className="patterns__intro">
        A calm look back at your check-ins and coping box. These are patterns, not verdicts: they show what came together, not what causes what.
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
          <TriggersPerWeek data={data} rangeWeeks={rangeWeeks} />
          <UrgesOverTime data={data} />
          <WhenUrgesCome data={data} />
          <EmotionsOverTime data={data} saving={saving} onPick={(emotions) => void savePreferences({ emotions })} />
          <WhatHelps data={data} />
          <TriggersAndUrges data={data} />
          <PatternSettings preferences={data.preferences} onChange={(change) => void savePreferences(change)} />
        </div>
      ) : null}
    </section>
  );
}
