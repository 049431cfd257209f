// The person's own urge wave, from the ratings the urge timer asks for (migration 009).
// - urgeWave: Patterns' "How your urges pass": at every 2-minute mark of a round, the median urge
//   across rounds with its spread (the middle half, from the lower to the upper quartile).
// - recentRounds + evidenceSentence: the one sentence of evidence at the timer's start, said only
//   when it is true and rests on at least 3 rounds.
// A round is a use with at least two ratings. Each rating counts at its nearest 2-minute mark (the
// latest one when two share a mark), and holds until the round's next rating: the urge is what the
// person last said it was. A round counts only up to its last rating.
import { MIN_WAVE_ROUNDS, WAVE_STEP_MINUTES, type UrgeWave } from '../../../shared/contract/patterns.ts';
import type { ReadDb } from '../db/statements.ts';
import { sql } from './statements.ts';

export const WAVE_MAX_MINUTES = 60;
/** The least for the sentence, as for a mark of the wave. */
export const MIN_ROUNDS = MIN_WAVE_ROUNDS;

// Counts each round's urge at each mark (coping_use_marks, kept by core/coping/round-marks.ts),
// then reads the median and quartiles off the running count at each mark: the k-th smallest urge
// is the least whose running count reaches k. No round is re-derived on a look.
const WAVE = `
  WITH counted AS (
    SELECT mark, urge, count(*) AS c FROM coping_use_marks
    WHERE mark <= ${WAVE_MAX_MINUTES} AND started_at >= @startMs AND started_at < @endMs
    GROUP BY mark, urge
  ),
  running AS (
    SELECT mark, urge, sum(c) OVER (PARTITION BY mark ORDER BY urge) AS upto, sum(c) OVER (PARTITION BY mark) AS n FROM counted
  )
  SELECT mark AS minute, n AS rounds,
         (min(iif(upto >= (n + 1) / 2, urge, NULL)) + min(iif(upto >= (n + 2) / 2, urge, NULL))) / 2.0 AS median,
         min(iif(upto >= (n + 3) / 4, urge, NULL)) AS lower,
         min(iif(upto >= (3 * n + 3) / 4, urge, NULL)) AS upper
  FROM running GROUP BY mark HAVING n >= ${MIN_ROUNDS} ORDER BY mark`;

const ROUND_COUNT = `SELECT count(*) FROM coping_use_marks WHERE first = 1 AND started_at >= @startMs AND started_at < @endMs`;

/** The median curve with its middle half, for rounds started in [startMs, endMs). */
export function urgeWave(db: ReadDb, bounds: { startMs: number; endMs: number }): UrgeWave {
  const params = { startMs: bounds.startMs, endMs: bounds.endMs };
  return {
    rounds: sql(db, ROUND_COUNT).pluck().get(params) as number,
    points: sql(db, WAVE).all(params) as UrgeWave['points'],
  };
}

/** The levels the sentence may speak of ("fell below 4"), lowest first. */
export const EVIDENCE_LEVELS = [3, 4, 5] as const;
/** The sentence looks at this many of the latest rounds. */
export const EVIDENCE_ROUNDS = 20;

export interface RecentRound {
  /** The first rating, given at the start (within the first 2 minutes). */
  startUrge: number;
  /** For each level, the first minute the urge was rated below it, or null if it never was. */
  below: Record<(typeof EVIDENCE_LEVELS)[number], number | null>;
}

const RECENT = `
  WITH rated AS (
    SELECT use_id, min(minute) AS first_minute FROM coping_use_ratings GROUP BY use_id
    HAVING count(*) >= 2 AND min(minute) <= ${WAVE_STEP_MINUTES}
  ),
  recent AS (
    SELECT u.id, u.started_at, rated.first_minute FROM coping_uses u JOIN rated ON rated.use_id = u.id
    ORDER BY u.started_at DESC, u.id DESC LIMIT ${EVIDENCE_ROUNDS}
  )
  SELECT (SELECT urge FROM coping_use_ratings WHERE use_id = recent.id AND minute = recent.first_minute) AS startUrge,
         ${EVIDENCE_LEVELS.map(
           (level) =>
             `(SELECT min(minute) FROM coping_use_ratings WHERE use_id = recent.id AND minute > recent.first_minute AND urge < ${level}) AS below${level}`,
         ).join(',\n         ')}
  FROM recent ORDER BY started_at DESC, id DESC`;

/** The latest rounds with a rating at the start and at least one after it, newest first. */
export function recentRounds(db: ReadDb): RecentRound[] {
  const rows = sql(db, RECENT).all() as ({ startUrge: number } & Record<`below${(typeof EVIDENCE_LEVELS)[number]}`, number | null>)[];
  return rows.map((row) => ({
    startUrge: row.startUrge,
    below: { 3: row.below3, 4: row.below4, 5: row.below5 },
  }));
}

export interface Evidence {
  level: number;
  minutes: number;
  /** Rounds in which the urge fell below `level` within `minutes`. */
  fell: number;
  /** Rounds looked at: the latest ones that began at `level` or higher. */
  of: number;
  /** True when some of the latest rounds began below `level` and were left out. */
  someLeftOut: boolean;
}

/**
 * The strongest true statement the rounds support, or null. For each level, the rounds that began
 * at or above it; the minutes are the time by which more than half of them had fallen below it
 * (rounded up to a whole minute, so "within" stays true). The lowest level reached within 20
 * minutes is said; else the quickest. Fewer than 3 rounds, or no majority: nothing is said.
 */
export function strongestEvidence(rounds: readonly RecentRound[]): Evidence | null {
  const candidates: Evidence[] = [];
  for (const level of EVIDENCE_LEVELS) {
    const eligible = rounds.filter((r) => r.startUrge >= level);
    if (eligible.length < MIN_ROUNDS) continue;
    const times = eligible.map((r) => r.below[level] ?? Infinity).sort((a, b) => a - b);
    const majority = Math.floor(eligible.length / 2) + 1;
    const at = times[majority - 1]!;
    if (!Number.isFinite(at)) continue;
    const minutes = Math.max(1, Math.ceil(at));
    const fell = times.filter((t) => t <= minutes).length;
    candidates.push({ level, minutes, fell, of: eligible.length, someLeftOut: eligible.length < rounds.length });
  }
  return candidates.find((c) => c.minutes <= 20) ?? [...candidates].sort((a, b) => a.minutes - b.minutes)[0] ?? null;
}

export function evidenceSentence(evidence: Evidence | null): string | null {
  if (!evidence) return null;
  const { level, minutes, fell, of, someLeftOut } = evidence;
  const within = minutes === 1 ? 'within a minute' : `within ${minutes} minutes`;
  const which = someLeftOut ? ` that began at ${level} or higher` : '';
  return `Your urge fell below ${level} ${within} in ${fell} of your last ${of} rounds${which}.`;
}
