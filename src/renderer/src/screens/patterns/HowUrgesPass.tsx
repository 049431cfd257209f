// "How your urges pass": the person's own urge wave from the urge timer's ratings, as main
// computed it (core/patterns/urge-wave.ts): at each 2-minute mark, the median urge across rounds
// and the middle half of them. Drawn only from 3 rounds on; before that, one calm sentence.
import type { PatternsOverview, UrgeWave } from '../../../../shared/contract/patterns.ts';
import { MIN_WAVE_ROUNDS, WAVE_STEP_MINUTES } from '../../../../shared/contract/patterns.ts';
import { useWords } from '../../api/AppearanceProvider';
import { ChartCard } from './ChartCard';
import { DataTable } from './DataTable';
import { MedianBand } from './charts';
import { plural } from './format';

type WavePoint = UrgeWave['points'][number];

/** A median can fall between two ratings: "7.5", otherwise a whole number. */
const urge = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** "at the start", "after 2 minutes" */
export function markWords(minute: number): string {
  return minute === 0 ? 'at the start' : `after ${plural(minute, 'minute', 'minutes')}`;
}

/** Every mark from the first point to the last, with null where too few rounds reached it. */
function marks(points: WavePoint[]): { minute: number; point: WavePoint | null }[] {
  if (points.length === 0) return [];
  const byMinute = new Map(points.map((p) => [p.minute, p]));
  const all: { minute: number; point: WavePoint | null }[] = [];
  for (let m = points[0]!.minute; m <= points.at(-1)!.minute; m += WAVE_STEP_MINUTES) all.push({ minute: m, point: byMinute.get(m) ?? null });
  return all;
}

/** The chart's reading for screen readers: where the wave starts and where it ends. */
function reading(wave: UrgeWave): string {
  const first = wave.points[0]!;
  const last = wave.points.at(-1)!;
  const start = `${plural(wave.rounds, 'round', 'rounds')}. Your typical urge was ${urge(first.median)} ${markWords(first.minute)}`;
  return last === first ? `${start}.` : `${start} and ${urge(last.median)} ${markWords(last.minute)}.`;
}

export function HowUrgesPass({ data }: { data: PatternsOverview }) {
  const wave = data.urgeWave;
  const w = useWords();
  const rows = marks(wave.points);
  const empty = wave.rounds < MIN_WAVE_ROUNDS || wave.points.length === 0;
  return (
    <ChartCard
      title="How your urges pass"
      description={`Each time you use the urge timer in your ${w('aCopingBox')}, it asks how strong the urge is every ${WAVE_STEP_MINUTES} minutes. The line is your typical urge (the median, 0 to 10) at each minute of a round; the shaded band holds the middle half of your rounds. A minute is shown when at least ${MIN_WAVE_ROUNDS} rounds reached it.`}
      reading={empty ? undefined : reading(wave)}
      empty={empty}
      emptyText={`After ${MIN_WAVE_ROUNDS} rounds of the urge timer where you rated the urge more than once, you will see here how your urges tend to pass.`}
      table={() => (
        <DataTable
          caption="How your urges pass"
          rowKey={(r) => String(r.minute)}
          rows={wave.points}
          columns={[
            { header: 'Minutes since the start', cell: (r) => r.minute },
            { header: 'Typical urge (median)', numeric: true, cell: (r) => urge(r.median) },
            { header: 'Middle half of rounds', numeric: true, cell: (r) => `${r.lower} to ${r.upper}` },
            { header: 'Rounds', numeric: true, cell: (r) => r.rounds },
          ]}
        />
      )}
      after={<p className="muted">Based on {plural(wave.rounds, 'round', 'rounds')} in these dates with at least two ratings.</p>}
    >
      <MedianBand
        labels={rows.map((r) => `${r.minute} min`)}
        fullLabels={rows.map((r) => `${markWords(r.minute).replace(/^./, (c) => c.toUpperCase())}${r.point ? `, ${plural(r.point.rounds, 'round', 'rounds')}` : ''}`)}
        median={rows.map((r) => r.point?.median ?? null)}
        band={rows.map((r) => (r.point ? [r.point.lower, r.point.upper] : null))}
        medianLabel="Your typical urge"
        bandLabel="Middle half of your rounds"
        yMax={10}
      />
    </ChartCard>
  );
}
