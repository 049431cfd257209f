// The Patterns insights. Each is a ChartCard around one shared chart (charts.tsx) and its table;
// the numbers come straight from main's aggregation, nothing is recomputed here.
import type { PatternsOverview } from '../../../../shared/contract/patterns.ts';
import { MIN_DAYS_EACH_SIDE, MIN_USES, MAX_PICKED_EMOTIONS, timeBandHours, timeBands, weekdayNames } from '../../../../shared/contract/patterns.ts';
import { triggerKinds } from '../../../../shared/contract/journal.ts';
import { Button } from '../../components';
import { useNavigate } from '../../api/navigation';
import { useWords } from '../../api/AppearanceProvider';
import { ChartCard } from './ChartCard';
import { DataTable, NoValue } from './DataTable';
import { CategoryBars, LineSeries } from './charts';
import { HeatGrid } from './HeatGrid';
import { longDay, oneDecimal, plural, previousPeriod, rangeLabels } from './format';
import { kindColour, kindLabel, NEUTRAL_MARKER, seriesColours, seriesDashes } from './palette';

interface InsightProps {
  data: PatternsOverview;
}

/** Daily dots are drawn for ranges up to about four months. */
export const DAILY_DOTS_UP_TO = 120;

const value = (n: number | null) => (n === null ? <NoValue /> : n);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export function TriggersPerWeek({ data, rangeWeeks }: InsightProps & { rangeWeeks: number | null }) {
  const { range, triggersPerWeek, topTriggers } = data;
  const weekly = range.weeks.map((week, i) => ({
    week,
    situation: triggersPerWeek.situation[i]!,
    thought: triggersPerWeek.thought[i]!,
    feeling: triggersPerWeek.feeling[i]!,
  }));
  const total = sum(weekly.map((w) => w.situation + w.thought + w.feeling));
  const before = previousPeriod(range, rangeWeeks);
  return (
    <ChartCard
      title="Triggers per week"
      description="How many triggers you noted each week, stacked by kind: situations, thoughts and feelings."
      reading={`${plural(range.weeks.length, 'week', 'weeks')}, ${plural(total, 'trigger', 'triggers')} noted in all.`}
      empty={total === 0}
      emptyText="After a few check-ins with triggers, your patterns will appear here."
      table={() => (
        <DataTable
          caption="Triggers per week"
          rowKey={(w) => w.week}
          rows={weekly}
          columns={[
            { header: 'Week of', cell: (w) => longDay(w.week) },
            ...triggerKinds.map((kind) => ({ header: kindLabel[kind], numeric: true, cell: (w: (typeof weekly)[number]) => w[kind] })),
          ]}
        />
      )}
      after={
        topTriggers.length > 0 ? (
          <div className="top-triggers">
            <h3>Your most noted triggers</h3>
            <ol className="patterns-list">
              {topTriggers.map((t) => (
                <li key={t.id}>
                  <bdi className="top-triggers__name">{t.name}</bdi>{' '}
                  <span className="muted">
                    ({kindLabel[t.kind].toLowerCase().slice(0, -1)}) · {plural(t.count, 'day', 'days')} ·{' '}
                    {t.trend === 'rising'
                      ? `more than ${before} (${t.previous})`
                      : t.trend === 'falling'
                        ? `fewer than ${before} (${t.previous})`
                        : `the same as ${before}`}
                  </span>
                </li>
              ))}
            </ol>
          </div>
        ) : null
      }
    >
      <CategoryBars
        stacked
        labels={rangeLabels(range).weekAxis}
        fullLabels={rangeLabels(range).weekFull}
        series={triggerKinds.map((kind) => ({ key: kind, label: kindLabel[kind], colour: kindColour[kind], values: triggersPerWeek[kind] }))}
      />
    </ChartCard>
  );
}

export function UrgesOverTime({ data }: InsightProps) {
  const { range, urges } = data;
  const { days, dayAxis, dayFull } = rangeLabels(range);
  const noted = urges.strongest.filter((u) => u !== null).length;
  const harmDays = new Set(urges.selfHarmDays);
  const w = useWords();
  return (
    <ChartCard
      title="Urges over time"
      description={`The strongest urge you noted each day (0 to 10), and on each check-in the average of that day and the 6 before, when at least 3 of them have a rating.${
        urges.selfHarmShown ? w('harmMarksNote') : ''
      }`}
      reading={`${plural(noted, 'day', 'days')} with an urge rating out of ${range.days}.`}
      empty={noted === 0}
      table={() => (
        <DataTable
          caption="Urges over time"
          rowKey={(r) => r.day}
          rows={days.map((day, i) => ({ day, strongest: urges.strongest[i]!, average: urges.average[i]! }))}
          columns={[
            { header: 'Day', cell: (r) => longDay(r.day) },
            { header: 'Strongest urge', numeric: true, cell: (r) => value(r.strongest) },
            { header: '7-day average', numeric: true, cell: (r) => (r.average === null ? <NoValue /> : oneDecimal(r.average)) },
            ...(urges.selfHarmShown ? [{ header: w('harmColumn'), cell: (r: { day: string }) => (harmDays.has(r.day) ? 'yes' : '') }] : []),
          ]}
        />
      )}
    >
      <LineSeries
        labels={dayAxis}
        fullLabels={dayFull}
        yMax={10}
        series={[
          // Over long ranges a dot per day would blur into a band: the line alone is calmer.
          { key: 'strongest', label: 'Strongest urge that day', colour: 'var(--chart-1)', values: urges.strongest, width: 1.5, dash: '', dots: range.days <= DAILY_DOTS_UP_TO },
          { key: 'average', label: '7-day average', colour: 'var(--chart-2)', values: urges.average, dots: false, width: 3, dash: '7 4', connect: true },
        ]}
        markers={
          urges.selfHarmShown
            ? { label: w('harmDay'), colour: NEUTRAL_MARKER, indices: days.flatMap((d, i) => (harmDays.has(d) ? [i] : [])) }
            : undefined
        }
      />
    </ChartCard>
  );
}

export function WhenUrgesCome({ data }: InsightProps) {
  const { timeGrid } = data;
  const total = timeGrid.copingUses + timeGrid.checkIns;
  const rows = timeGrid.weekdays.map((weekday, i) => ({ weekday, cells: timeGrid.cells[i]! }));
  const box = useWords()('aCopingBox');
  return (
    <ChartCard
      title="When urges come"
      description={`Each cell counts the times you started the urge timer or used your ${box}, and the evening check-ins where you noted an urge, by weekday and time of day.`}
      reading={`${plural(timeGrid.copingUses, `${box} use`, `${box} uses`)} and ${plural(timeGrid.checkIns, 'check-in', 'check-ins')} with an urge.`}
      empty={total === 0}
      emptyText="When you use the urge timer or note an urge in a check-in, you will see here when your urges tend to come."
      table={() => (
        <DataTable
          caption="When urges come"
          rowKey={(r) => String(r.weekday)}
          rows={rows}
          columns={[
            { header: 'Weekday', cell: (r) => weekdayNames[r.weekday] },
            ...timeBands.map((band, b) => ({ header: `${band} (${timeBandHours[b]})`, numeric: true, cell: (r: (typeof rows)[number]) => r.cells[b] })),
          ]}
        />
      )}
    >
      <HeatGrid weekdays={timeGrid.weekdays} cells={timeGrid.cells} />
    </ChartCard>
  );
}

export function EmotionsOverTime({
  data,
  picked: justPicked,
  onPick,
  saving,
}: InsightProps & { picked?: string[]; onPick: (names: string[]) => void; saving: boolean }) {
  const { range, emotions } = data;
  const picked = justPicked ?? emotions.series.map((s) => s.name);
  const anyValue = emotions.series.some((s) => s.weekly.some((v) => v !== null));
  const toggle = (name: string) => onPick(picked.includes(name) ? picked.filter((p) => p !== name) : [...picked, name]);
  return (
    <ChartCard
      title="Emotions over time"
      description="The weekly average of how strongly you felt each emotion you picked, from 0 to 5."
      empty={emotions.available.length === 0}
      emptyText="After a few check-ins with emotions, your patterns will appear here."
      controls={
        emotions.available.length > 0 ? (
          <fieldset className="emotion-picker" aria-busy={saving || undefined}>
            <legend>Emotions to show (up to {MAX_PICKED_EMOTIONS})</legend>
            {emotions.available.map((name) => (
              <label key={name} className="emotion-picker__option">
                <input
                  type="checkbox"
                  checked={picked.includes(name)}
                  // At least one stays picked; an empty choice would mean "the ones you noted most" again.
                  disabled={picked.includes(name) ? picked.length === 1 : picked.length >= MAX_PICKED_EMOTIONS}
                  onChange={() => toggle(name)}
                />
                {name}
              </label>
            ))}
          </fieldset>
        ) : null
      }
      table={() => (
        <DataTable
          caption="Emotions over time"
          rowKey={(w) => w}
          rows={range.weeks}
          columns={[
            { header: 'Week of', cell: (w) => longDay(w) },
            ...emotions.series.map((s) => ({
              header: s.name,
              numeric: true,
              cell: (w: string) => {
                const v = s.weekly[range.weeks.indexOf(w)]!;
                return v === null ? <NoValue /> : oneDecimal(v);
              },
            })),
          ]}
        />
      )}
    >
      {anyValue ? (
        <LineSeries
          labels={rangeLabels(range).weekAxis}
          fullLabels={rangeLabels(range).weekFull}
          yMax={5}
          series={emotions.series.map((s, i) => ({
            key: `emotion${i}`,
            label: s.name,
            colour: seriesColours[i % seriesColours.length]!,
            dash: seriesDashes[i % seriesDashes.length] ?? '',
            values: s.weekly,
          }))}
        />
      ) : (
        <p className="chart-card__empty">The emotions you picked were not noted in these weeks.</p>
      )}
    </ChartCard>
  );
}

export function WhatHelps({ data }: InsightProps) {
  const { ranked, notEnoughData } = data.whatHelps;
  const all = [...ranked, ...notEnoughData];
  const drop = (n: number) => (n > 0 ? `eased by ${oneDecimal(n)}` : n < 0 ? `rose by ${oneDecimal(-n)}` : 'no change');
  const box = useWords()('aCopingBox');
  return (
    <ChartCard
      title="What helps"
      description={`Your ${box} items, by how much the urge eased on average (your rating before minus after), with ${MIN_USES} or more uses.`}
      empty={all.length === 0}
      emptyText={`When you use the urge timer with an item from your ${box} and rate the urge before and after, you will see here what helps you most.`}
      table={() => (
        <DataTable
          caption="What helps"
          rowKey={(i) => String(i.itemId)}
          rows={all}
          columns={[
            { header: 'Item', cell: (i) => i.title },
            { header: 'Average ease', numeric: true, cell: (i) => oneDecimal(i.averageDrop) },
            { header: 'Before', numeric: true, cell: (i) => oneDecimal(i.averageBefore) },
            { header: 'After', numeric: true, cell: (i) => oneDecimal(i.averageAfter) },
            { header: 'Uses', numeric: true, cell: (i) => (i.uses < MIN_USES ? `${i.uses} (not enough data yet)` : i.uses) },
          ]}
        />
      )}
      after={
        notEnoughData.length > 0 ? (
          <div className="not-enough">
            <h3>Not enough data yet</h3>
            <p className="muted">Fewer than {MIN_USES} uses with a rating before and after, so an average would say little.</p>
            <ul className="patterns-list">
              {notEnoughData.map((i) => (
                <li key={i.itemId}>
                  {i.title} <span className="muted">· based on {plural(i.uses, 'use', 'uses')}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null
      }
    >
      {ranked.length > 0 ? (
        <CategoryBars
          layout="vertical"
          labels={ranked.map((i) => i.title)}
          series={[{ key: 'drop', label: 'Average ease in urge', colour: 'var(--chart-4)', values: ranked.map((i) => Math.max(0, i.averageDrop)) }]}
          endLabels={ranked.map((i) => `${drop(i.averageDrop)}, based on ${plural(i.uses, 'use', 'uses')}`)}
          valueName="points"
        />
      ) : (
        <p className="chart-card__empty">Once an item has {MIN_USES} rated uses, it will be ranked here.</p>
      )}
    </ChartCard>
  );
}

export function TriggersAndUrges({ data }: InsightProps) {
  const list = data.triggerUrges;
  const words = { higher: 'higher', lower: 'lower', same: 'about the same' } as const;
  return (
    <ChartCard
      title="Triggers and urges together"
      description={`For each trigger, your average strongest urge on days with it and on days without it, where each side has at least ${MIN_DAYS_EACH_SIDE} days. This shows what came together, not what causes what.`}
      empty={list.length === 0}
      emptyText={`When a trigger has come up on at least ${MIN_DAYS_EACH_SIDE} days with an urge rating, and there are at least ${MIN_DAYS_EACH_SIDE} rated days without it, you will see here how your urges compared.`}
      table={() => (
        <DataTable
          caption="Triggers and urges together"
          rowKey={(t) => String(t.id)}
          rows={list}
          columns={[
            { header: 'Trigger', cell: (t) => t.name },
            { header: 'Average urge on days with it', numeric: true, cell: (t) => oneDecimal(t.withAverage) },
            { header: 'Days with it', numeric: true, cell: (t) => t.withDays },
            { header: 'Average urge on days without it', numeric: true, cell: (t) => oneDecimal(t.withoutAverage) },
            { header: 'Days without it', numeric: true, cell: (t) => t.withoutDays },
          ]}
        />
      )}
      after={
        <ul className="patterns-list trigger-urges">
          {list.map((t) => (
            <li key={t.id}>
              On days with “<bdi>{t.name}</bdi>” your urges were on average {words[t.direction]}: {oneDecimal(t.withAverage)} on{' '}
              {plural(t.withDays, 'day', 'days')} with it, {oneDecimal(t.withoutAverage)} on {plural(t.withoutDays, 'day', 'days')} without.
            </li>
          ))}
        </ul>
      }
    >
      <CategoryBars
        layout="vertical"
        labels={list.map((t) => t.name)}
        yMax={10}
        series={[
          { key: 'with', label: 'Days with it', colour: 'var(--chart-2)', values: list.map((t) => t.withAverage) },
          { key: 'without', label: 'Days without it', colour: 'var(--chart-1)', values: list.map((t) => t.withoutAverage) },
        ]}
        valueName="average urge"
      />
    </ChartCard>
  );
}

export function WeeklySummary({ data }: InsightProps) {
  const { summary } = data;
  const navigate = useNavigate();
  const w = useWords();
  const title = summary.isCurrentWeek ? 'This week in plain words' : `The week of ${longDay(summary.weekOf)} in plain words`;
  return (
    <section className="card weekly-summary" aria-labelledby="weekly-summary-title">
      <h2 id="weekly-summary-title" className="card__title">
        {title}
      </h2>
      <div data-testid="weekly-summary">
        {summary.sentences.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      {summary.hard ? (
        // The kind sentence says help is one step away: here is that step.
        <div className="actions weekly-summary__help">
          <Button onClick={() => navigate('safety-plan')}>{w('openYourSafetyPlan')}</Button>
          <Button variant="quiet" onClick={() => navigate('coping')}>
            {w('openYourCopingBox')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
