// Measures that never reset: each is a share or a count over the last 30 days, or the person's own
// history, so a hard day only adds to them. Nothing here counts days since anything.
//  - urges ridden out: urge-timer rounds in the window that ran to their end or eased, of all
//    rounds finished in it ("9 of 11");
//  - check-ins: days in the window with a check-in;
//  - coming back: for each day with self-harm, the days until the next check-in whose day's
//    strongest urge was 3 or less (null while that day has not come yet).
import type { SteadyMeasures } from '../../../shared/contract/recovery.ts';
import type { ReadDb } from '../db/statements.ts';
import { addDays, daysBetween } from '../../../shared/calendar.ts';
import { queryCache } from '../db/statements.ts';

// Measures only read.
const sql = queryCache();

export const MEASURE_WINDOW_DAYS = 30;
/** A calm day after a hard one: the day's strongest urge at most this. */
export const CALM_URGE = 3;
/** How many comebacks the trend shows, newest last. */
export const COMEBACKS_SHOWN = 8;

export function steadyMeasures(db: ReadDb, today: string): SteadyMeasures {
  const from = addDays(today, -(MEASURE_WINDOW_DAYS - 1));
  const rounds = sql(
    db,
    `SELECT count(*) AS rounds, coalesce(sum(outcome IN ('eased', 'time-up')), 0) AS riddenOut
       FROM coping_uses WHERE day BETWEEN ? AND ? AND outcome IS NOT NULL`,
  ).get(from, today) as { rounds: number; riddenOut: number };
  const checkIns = sql(db, `SELECT count(DISTINCT day) AS days FROM entries WHERE deleted_at IS NULL AND day BETWEEN ? AND ?`).get(
    from,
    today,
  ) as { days: number };
  // The newest comebacks, each from a day with self-harm to the next calm day with a check-in.
  // Hard days come from the lapse notes (a check-in that says "yes" always has one); each calm day
  // is found by walking that day's later check-ins in order, reading each day's record by its day.
  const comebacks = sql(
    db,
    `SELECT hard.day AS hardDay,
            (SELECT e.day FROM entries e
              WHERE e.deleted_at IS NULL AND e.day > hard.day AND e.day <= ?
                AND (SELECT strongest_urge FROM day_record WHERE day = e.day) <= ?
              ORDER BY e.day LIMIT 1) AS calmDay
       FROM (SELECT DISTINCT day FROM relapses WHERE day <= ? ORDER BY day DESC LIMIT ?) hard`,
  ).all(today, CALM_URGE, today, COMEBACKS_SHOWN) as { hardDay: string; calmDay: string | null }[];
  comebacks.sort((a, b) => (a.hardDay < b.hardDay ? -1 : 1));
  return {
    from,
    to: today,
    urgesRiddenOut: { riddenOut: rounds.riddenOut, rounds: rounds.rounds },
    checkInDays: checkIns.days,
    windowDays: MEASURE_WINDOW_DAYS,
    comebacks: comebacks.map(({ hardDay, calmDay }) => ({ hardDay, calmDay, days: calmDay === null ? null : daysBetween(hardDay, calmDay) })),
  };
}
