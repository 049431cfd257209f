// The Patterns part of the IPC contract. Everything here is an aggregate computed in
// SQL in main: counts, averages and labels (trigger names, coping item titles, emotion names),
// never journal text. Series are compact arrays aligned with `range.weeks` or `range.days`.
import { z } from 'zod';
import { daysBetween, weekStarts, type WeekStart } from '../calendar.ts';
import { day, isCalendarDay, pastDay, triggerKinds } from './journal.ts';

export { weekStarts, type WeekStart };

export const RANGE_WEEKS = [4, 12, 26, 52] as const;
export type RangeWeeks = (typeof RANGE_WEEKS)[number];
/** Custom ranges are capped so the daily chart stays readable and quick. */
export const MAX_RANGE_DAYS = 3 * 366;
/** An urge of this strength or more is "strong" in the weekly summary. */
export const STRONG_URGE = 7;
/** Fewer uses than this and an item's average says little: listed as "not enough data yet". */
export const MIN_USES = 3;
/** "Triggers and urges together" needs at least this many days on each side. */
export const MIN_DAYS_EACH_SIDE = 3;
/** The 7-day average of the strongest urge needs at least this many check-ins in its window. */
export const MIN_DAYS_FOR_AVERAGE = 3;
export const TOP_TRIGGERS = 8;
/** "How your urges pass": ratings count at marks this many minutes apart (the timer asks every 2). */
export const WAVE_STEP_MINUTES = 2;
/** A mark of the urge wave is drawn only when at least this many rounds reached it; the chart needs as many rounds. */
export const MIN_WAVE_ROUNDS = 3;
export const MAX_PICKED_EMOTIONS = 5;


/** Weekday numbers as SQLite's strftime('%w') gives them: 0 = Sunday. */
export const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** Local hours split in four: 0–6, 6–12, 12–18, 18–24. */
export const timeBands = ['Night', 'Morning', 'Afternoon', 'Evening'] as const;
export const timeBandHours = ['00:00–06:00', '06:00–12:00', '12:00–18:00', '18:00–24:00'] as const;

const count = z.number().int().min(0);
const average = z.number().nullable();
const triggerKind = z.enum(triggerKinds);

export const patternsPreferences = z.object({
  /** The app setting `weekStart`, shared with the journal's history. */
  weekStart: z.enum(weekStarts),
  /** Days with self-harm on the urge chart and in the summary: small neutral markers, or hidden. */
  selfHarmDays: z.enum(['markers', 'hidden']),
  /** Emotions picked for the emotion chart; empty means "the ones you noted most". */
  emotions: z.array(z.string()),
});
export type PatternsPreferences = z.infer<typeof patternsPreferences>;

const rangeInput = z
  .object({
    weeks: z
      .number()
      .int()
      .refine((n) => (RANGE_WEEKS as readonly number[]).includes(n), 'Choose 4, 12, 26 or 52 weeks.')
      .optional(),
    from: pastDay.optional(),
    to: pastDay.optional(),
  })
  .strict()
  .superRefine((range, issues) => {
    const hasWeeks = range.weeks !== undefined;
    const hasDates = range.from !== undefined || range.to !== undefined;
    if (hasWeeks === hasDates) {
      issues.addIssue({ code: 'custom', message: 'Choose a number of weeks, or a start and an end date.' });
      return;
    }
    if (!hasDates) return;
    if (range.from === undefined || range.to === undefined) {
      issues.addIssue({ code: 'custom', message: 'Choose both a start and an end date.' });
      return;
    }
    if (!isCalendarDay(range.from) || !isCalendarDay(range.to)) return;
    if (range.from > range.to) {
      issues.addIssue({ code: 'custom', path: ['from'], message: 'The start date is after the end date.' });
    } else if (daysBetween(range.from, range.to) + 1 > MAX_RANGE_DAYS) {
      issues.addIssue({ code: 'custom', path: ['to'], message: 'Choose a range of at most three years.' });
    }
  });
export type PatternsRangeInput = z.input<typeof rangeInput>;

const resolvedRange = z.object({
  from: day,
  to: day,
  weekStart: z.enum(weekStarts),
  /** The first day of each week shown, in order (the first and last week may be partial). */
  weeks: z.array(day),
  /** Number of days from `from` to `to`, inclusive; daily series have this length. */
  days: z.number().int().positive(),
  /** The period of the same length just before, for "rising" and "falling". */
  previousFrom: day,
  previousTo: day,
  /** The calendar day on the person's clock when this was computed. */
  today: day,
});
export type PatternsRange = z.infer<typeof resolvedRange>;

const triggersPerWeek = z.object({
  /** Per kind, one count per week: how many times a trigger of that kind was noted. */
  situation: z.array(count),
  thought: z.array(count),
  feeling: z.array(count),
});

const topTrigger = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: triggerKind,
  /** Days in the range with this trigger. */
  count,
  /** Days with it in the period before. */
  previous: count,
  trend: z.enum(['rising', 'falling', 'steady']),
});
export type TopTrigger = z.infer<typeof topTrigger>;

const urges = z.object({
  /** One value per day of the range: the strongest urge noted that day, or null. */
  strongest: z.array(z.number().int().min(0).max(10).nullable()),
  /** One value per day: the average over that day and the 6 before, when at least 3 were noted. */
  average: z.array(average),
  /** Days with self-harm (only when the person shows them); empty when hidden. */
  selfHarmDays: z.array(day),
  selfHarmShown: z.boolean(),
});

const timeGrid = z.object({
  /** Weekday numbers (0 = Sunday) in display order, following the week start. */
  weekdays: z.array(z.number().int().min(0).max(6)).length(7),
  /** cells[row][band]: rows follow `weekdays`, bands follow `timeBands`. */
  cells: z.array(z.array(count).length(4)).length(7),
  copingUses: count,
  checkIns: count,
});

const emotions = z.object({
  /** Emotions noted in the range, most often noted first. */
  available: z.array(z.string()),
  series: z.array(z.object({ name: z.string(), weekly: z.array(average) })),
});

const helpedItem = z.object({
  itemId: z.number().int(),
  title: z.string(),
  uses: count,
  /** Average of (urge before − urge after), one decimal. */
  averageDrop: z.number(),
  averageBefore: z.number(),
  averageAfter: z.number(),
});
export type HelpedItem = z.infer<typeof helpedItem>;

const whatHelps = z.object({
  ranked: z.array(helpedItem),
  notEnoughData: z.array(helpedItem),
});

const wavePoint = z.object({
  /** Minutes since the round started: 0, 2, 4, … */
  minute: z.number().int().min(0),
  /** Rounds that reached this minute (at least 3, or the point is left out). */
  rounds: count,
  median: z.number(),
  /** The middle half of the rounds lies between these (lower and upper quartile). */
  lower: z.number(),
  upper: z.number(),
});
const urgeWave = z.object({
  /** Rounds in the range with at least two ratings. */
  rounds: count,
  points: z.array(wavePoint),
});
export type UrgeWave = z.infer<typeof urgeWave>;

const triggerUrge = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: triggerKind,
  withDays: count,
  withAverage: z.number(),
  withoutDays: count,
  withoutAverage: z.number(),
  direction: z.enum(['higher', 'lower', 'same']),
});
export type TriggerUrge = z.infer<typeof triggerUrge>;

const weeklySummary = z.object({
  weekOf: day,
  isCurrentWeek: z.boolean(),
  checkIns: count,
  strongUrgeDays: count,
  commonTrigger: z.string().nullable(),
  helped: z.array(z.string()),
  /** Null when days with self-harm are hidden. */
  selfHarmDays: count.nullable(),
  answeredDays: count,
  hard: z.boolean(),
  /** The summary in plain words, one sentence per item. */
  sentences: z.array(z.string()),
});
export type WeeklySummary = z.infer<typeof weeklySummary>;

export const patternsOverview = z.object({
  range: resolvedRange,
  /** Check-ins in the range; 0 means every chart shows its gentle empty state. */
  checkIns: count,
  triggersPerWeek,
  topTriggers: z.array(topTrigger),
  urges,
  timeGrid,
  emotions,
  whatHelps,
  urgeWave,
  triggerUrges: z.array(triggerUrge),
  summary: weeklySummary,
  preferences: patternsPreferences,
});
export type PatternsOverview = z.infer<typeof patternsOverview>;

export const patternsContract = {
  /** Every Patterns chart for one range, in one round trip. */
  patternsOverview: { access: 'unlocked', writes: false, input: rangeInput, output: patternsOverview },
  patternsPreferences: { access: 'unlocked', writes: false, input: z.object({}).strict(), output: patternsPreferences },
  /** Saves a choice and answers with the redrawn page for `range`: one round trip. */
  patternsSetPreferences: {
    access: 'unlocked',
    writes: true,
    input: z
      .object({
        range: rangeInput,
        weekStart: z.enum(weekStarts).optional(),
        selfHarmDays: z.enum(['markers', 'hidden']).optional(),
        emotions: z
          .array(z.string().trim().min(1).max(40))
          .max(MAX_PICKED_EMOTIONS, `Pick up to ${MAX_PICKED_EMOTIONS} emotions at a time.`)
          .optional(),
      })
      .strict(),
    output: patternsOverview,
  },
} as const;
