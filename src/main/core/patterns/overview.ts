// The whole Patterns page for one range: every insight, each one small SQL aggregation.
import type { PatternsOverview, WeekStart } from '../../../shared/contract/patterns.ts';
import type { ReadDb } from '../db/statements.ts';
import { emotionsOverTime } from './emotions.ts';
import { readPatternsPreferences } from './preferences.ts';
import { publicRange, resolveRange, type RangeRequest } from './range.ts';
import { timeGrid } from './time-grid.ts';
import { topTriggers } from './top-triggers.ts';
import { triggersPerWeek } from './triggers-per-week.ts';
import { triggerUrges } from './trigger-urges.ts';
import { urgesOverTime } from './urges.ts';
import { weeklySummary } from './weekly-summary.ts';
import { whatHelps } from './what-helps.ts';
import { urgeWave } from './urge-wave.ts';
import { sql } from './statements.ts';

const CHECK_INS = 'SELECT count(*) FROM entries WHERE unixepoch(day) / 86400 BETWEEN @fromDay AND @toDay AND deleted_at IS NULL';

/** `discreetMode` words the weekly summary neutrally. */
export function patternsOverview(db: ReadDb, request: RangeRequest, now: Date, weekStart: WeekStart, discreetMode = false): PatternsOverview {
  const preferences = readPatternsPreferences(db, weekStart);
  const range = resolveRange(request, preferences.weekStart, now);
  const showSelfHarm = preferences.selfHarmDays === 'markers';
  // One read transaction: every chart sees the same snapshot of the journal.
  return db.transaction(() => ({
    range: publicRange(range),
    checkIns: sql(db, CHECK_INS).pluck().get({ fromDay: range.fromDay, toDay: range.toDay }) as number,
    triggersPerWeek: triggersPerWeek(db, range),
    topTriggers: topTriggers(db, range),
    urges: urgesOverTime(db, range, showSelfHarm),
    timeGrid: timeGrid(db, range),
    emotions: emotionsOverTime(db, range, preferences.emotions),
    whatHelps: whatHelps(db, range),
    urgeWave: urgeWave(db, range),
    triggerUrges: triggerUrges(db, range),
    summary: weeklySummary(db, range, showSelfHarm, discreetMode),
    preferences,
  }))();
}
