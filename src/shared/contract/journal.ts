// The journal's part of the IPC contract: evening check-ins, drafts, history, search,
// trigger tags, the person's emotion list and journal preferences.
import { z } from 'zod';
import { calendarDayOf, dayProblem, EVENING_CUTOFF_HOUR, EARLIEST_DAY, isCalendarDay } from '../calendar.ts';

export { EVENING_CUTOFF_HOUR, isCalendarDay };
/** Deleted check-ins can be restored for this many days, then they are removed for good. */
export const RESTORE_DAYS = 30;
export const MAX_TEXT = 100_000;
export const SEARCH_MAX = 500;

/** Gentle rotating reflection prompts. Keys are stored; the words can change. */
export const reflectionPrompts = {
  happened: 'What happened today?',
  felt: 'What did you feel?',
  helped: 'What helped, even a little?',
  kind: 'One kind thing you can say to yourself',
} as const;
export type PromptKey = keyof typeof reflectionPrompts;
export const promptKeys = Object.keys(reflectionPrompts) as PromptKey[];

export const moodWords = { 1: 'Very low', 2: 'Low', 3: 'Okay', 4: 'Good', 5: 'Very good' } as const;
export const triggerKinds = ['situation', 'thought', 'feeling'] as const;
export type TriggerKind = (typeof triggerKinds)[number];

/** A calendar day written YYYY-MM-DD, from 1900 on (the calendar's rules and words). */
export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date written like 2025-03-14.')
  .refine(isCalendarDay, 'That date does not exist on the calendar.')
  .refine((value) => value >= EARLIEST_DAY, 'Choose a day in 1900 or later.');
/** A day the person chooses or writes about: also refused when it has not happened yet. */
export const pastDay = day.refine(
  (value) => dayProblem(value, calendarDayOf(new Date())) === null,
  'That day has not happened yet. Choose today or an earlier day.',
);
/** What a saved check-in's free text may hold; a draft may hold more, so nothing typed is ever cut. */
export const TAG_MAX = 80;
export const HELPED_LABEL_MAX = 200;
/** A draft keeps whatever was typed, far past what a check-in can save, until the person shortens it. */
export const MAX_DRAFT_TEXT = 1_000_000;
const tagName = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'A tag needs at least one letter.')
    .max(max, `Keep a tag to ${TAG_MAX} characters.`);
export const EMOTION_NAME_MAX = 40;
const emotionName = z
  .string()
  .trim()
  .min(1, 'An emotion needs a name.')
  .max(EMOTION_NAME_MAX, `Keep an emotion name to ${EMOTION_NAME_MAX} characters.`);
const rating0to5 = z.number().int().min(0).max(5);
const yesNo = z.boolean().nullable();
const id = z.number().int().positive();

const extras = z
  .object({
    sleepHours: z.number().min(0).max(24).multipleOf(0.5, 'Use whole or half hours.').nullable().default(null),
    ateRegularly: yesNo.default(null),
    medicationTaken: yesNo.default(null),
    exercised: yesNo.default(null),
  })
  .strict();

interface TextLimits {
  text: number;
  tag: number;
  label: number;
}

function checkInSchema(max: TextLimits) {
  const longText = z.string().max(max.text);
  return z
    .object({
      mood: z.number().int().min(1).max(5).nullable().default(null),
      emotions: z.array(z.object({ name: emotionName, rating: rating0to5 }).strict()).max(60).default([]),
      peakUrge: z.number().int().min(0).max(10).nullable().default(null),
      selfHarm: z.enum(['yes', 'no', 'unsaid']).nullable().default(null),
      triggers: z.array(z.object({ name: tagName(max.tag), kind: z.enum(triggerKinds) }).strict()).max(100).default([]),
      helped: z
        .array(
          z
            .object({
              label: z.string().trim().min(1, 'Say what helped in a word or two.').max(max.label),
              rating: rating0to5.nullable().default(null),
              /** Set when the strategy comes from the coping box. */
              copingItemId: id.nullable().default(null),
            })
            .strict(),
        )
        .max(50)
        .default([]),
      reflection: longText.default(''),
      prompts: z
        .array(z.object({ key: z.enum(promptKeys as [PromptKey, ...PromptKey[]]), answer: longText }).strict())
        .max(promptKeys.length)
        .default([]),
      extras: extras.default({ sleepHours: null, ateRegularly: null, medicationTaken: null, exercised: null }),
    })
    .strict();
}

/** What a person fills in. Everything is optional: a check-in with only a mood, or nothing, is fine. */
export const checkInInput = checkInSchema({ text: MAX_TEXT, tag: TAG_MAX, label: HELPED_LABEL_MAX });
/** The form as the person left it: the same fields, with room for text longer than a check-in can save. */
export const checkInDraft = checkInSchema({ text: MAX_DRAFT_TEXT, tag: MAX_DRAFT_TEXT, label: MAX_DRAFT_TEXT });
export type CheckInInput = z.input<typeof checkInInput>;
export type CheckIn = z.output<typeof checkInInput>;

const triggerTag = z.object({ id, name: z.string(), kind: z.enum(triggerKinds) });
export type TriggerTag = z.infer<typeof triggerTag>;

/**
 * The day's one answer to each fact that two places record (core/record/day-record.ts reads it
 * for every screen and export): self-harm is "yes" when a lapse was noted for the day, otherwise
 * what the check-in said; the strongest urge is the highest the person rated that day, in the
 * check-in or the urge timer, with where it came from.
 */
export const dayRecord = z.object({
  day,
  selfHarm: z.enum(['yes', 'no', 'unsaid']).nullable(),
  /** How many lapse notes the day has (the Recovery screen lists each). */
  lapseNotes: z.number().int().min(0),
  strongestUrge: z.number().int().min(0).max(10).nullable(),
  urgeSource: z.enum(['check-in', 'timer']).nullable(),
});
export type DayRecord = z.infer<typeof dayRecord>;

/** A check-in as stored. Its selfHarm is the day's answer (see dayRecord); peakUrge is what the check-in itself said. */
export const entry = checkInInput.extend({
  day,
  triggers: z.array(triggerTag),
  record: dayRecord,
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Entry = z.infer<typeof entry>;

const draft = z.object({ checkIn: checkInDraft, savedAt: z.number() });
export type Draft = z.infer<typeof draft>;

const entrySummary = z.object({
  day,
  /** Monday of the entry's week, for grouping. */
  weekOf: day,
  mood: z.number().nullable(),
  /** The day's record: its self-harm answer and strongest urge (check-in or timer). */
  record: dayRecord,
  triggers: z.array(z.string()),
  excerpt: z.string(),
});
export type EntrySummary = z.infer<typeof entrySummary>;

const snippetPart = z.object({ text: z.string(), mark: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPart>;

const preferences = z.object({
  promptsEnabled: z.boolean(),
  dbtExtrasEnabled: z.boolean(),
  emotions: z.array(z.object({ id, name: z.string(), hidden: z.boolean() })),
});
export type JournalPreferences = z.infer<typeof preferences>;

const reminder = z.object({
  enabled: z.boolean(),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 21:00.'),
});
export type ReminderSettings = z.infer<typeof reminder>;

const empty = z.object({}).strict();
const byDay = z.object({ day: pastDay }).strict();

export const journalContract = {
  /** Which day "today's check-in" is, by the person's clock and the after-midnight rule. */
  journalToday: {
    access: 'unlocked',
    writes: false,
    input: empty,
    output: z.object({ day, calendarDay: day, afterMidnight: z.boolean(), cutoffHour: z.number() }),
  },
  journalGetDay: {
    access: 'unlocked',
    writes: false,
    input: byDay,
    output: z.object({
      day,
      entry: entry.nullable(),
      /** The day's record, also for a day with only a lapse note or an urge-timer rating. */
      record: dayRecord,
      draft: draft.nullable(),
      /** Set when this day's check-in was deleted and can still be restored. */
      deleted: z.object({ deletedAt: z.number(), restorableUntil: z.number() }).nullable(),
    }),
  },
  journalSaveEntry: {
    access: 'unlocked',
    writes: true,
    input: z
      .object({
        day: pastDay,
        checkIn: checkInInput,
        /** When the check-in no longer says "yes": keep the day's lapse notes (the day stays "yes") or remove them. */
        lapseNotes: z.enum(['keep', 'remove']).default('keep'),
      })
      .strict(),
    output: entry,
  },
  journalSaveDraft: {
    access: 'unlocked',
    writes: true,
    input: z.object({ day: pastDay, checkIn: checkInDraft }).strict(),
    output: z.object({ savedAt: z.number() }),
  },
  journalDiscardDraft: { access: 'unlocked', writes: true, input: byDay, output: z.object({ discarded: z.boolean() }) },
  journalDeleteEntry: {
    access: 'unlocked',
    writes: true,
    input: byDay,
    output: z.object({ day, restorableUntil: z.number() }),
  },
  journalRestoreEntry: { access: 'unlocked', writes: true, input: byDay, output: entry },
  journalRecentlyDeleted: {
    access: 'unlocked',
    writes: false,
    input: empty,
    output: z.object({ entries: z.array(z.object({ day, deletedAt: z.number(), restorableUntil: z.number() })) }),
  },
  /** Newest first. `before` pages back; `from`/`to` (inclusive) pick a range such as one week. */
  journalHistory: {
    access: 'unlocked',
    // Reading history first purges entries deleted longer ago than the undo period.
    writes: true,
    input: z
      .object({
        before: day.optional(),
        from: day.optional(),
        to: day.optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({ entries: z.array(entrySummary), more: z.boolean() }),
  },
  /** Plain words only: quotes, *, NEAR, - and brackets are treated as ordinary text. Newest first. */
  journalSearch: {
    access: 'unlocked',
    writes: false,
    input: z
      .object({
        query: z.string().max(SEARCH_MAX),
        before: day.optional(),
        limit: z.number().int().min(1).max(100).default(20),
      })
      .strict(),
    output: z.object({
      results: z.array(
        z.object({
          day,
          weekOf: day,
          /** Which part of the check-in the snippet comes from. */
          where: z.enum(['reflection', 'answers', 'tags', 'helped']),
          snippet: z.array(snippetPart),
          record: dayRecord,
        }),
      ),
      more: z.boolean(),
    }),
  },
  /** The person's trigger tags (with how often each was used) and earlier "what helped" words. */
  journalTags: {
    access: 'unlocked',
    writes: false,
    input: empty,
    output: z.object({
      triggers: z.array(triggerTag.extend({ uses: z.number(), lastUsed: day.nullable() })),
      helped: z.array(z.string()),
    }),
  },
  journalRenameTrigger: {
    access: 'unlocked',
    writes: true,
    input: z.object({ id, name: tagName(TAG_MAX) }).strict(),
    output: triggerTag,
  },
  /** Moves every use of `fromId` onto `intoId` and removes `fromId`. */
  journalMergeTriggers: {
    access: 'unlocked',
    writes: true,
    input: z.object({ fromId: id, intoId: id }).strict(),
    output: triggerTag,
  },
  journalPreferences: { access: 'unlocked', writes: false, input: empty, output: preferences },
  journalSetPreferences: {
    access: 'unlocked',
    writes: true,
    input: z.object({ promptsEnabled: z.boolean().optional(), dbtExtrasEnabled: z.boolean().optional() }).strict(),
    output: preferences,
  },
  journalAddEmotion: { access: 'unlocked', writes: true, input: z.object({ name: emotionName }).strict(), output: preferences },
  journalUpdateEmotion: {
    access: 'unlocked',
    writes: true,
    input: z.object({ id, name: emotionName.optional(), hidden: z.boolean().optional() }).strict(),
    output: preferences,
  },
  /** The evening reminder (off until turned on). Kept outside the encrypted database so it can fire while locked. */
  journalReminder: { access: 'unlocked', writes: false, input: empty, output: reminder },
  journalSetReminder: { access: 'unlocked', writes: false, input: reminder.strict(), output: reminder },
} as const;

/** True when a check-in holds nothing the person filled in (such a check-in is not saved). */
export function isEmptyCheckIn(c: CheckIn): boolean {
  const extrasEmpty = Object.values(c.extras).every((v) => v === null);
  return (
    c.mood === null &&
    c.peakUrge === null &&
    c.selfHarm === null &&
    c.emotions.length === 0 &&
    c.triggers.length === 0 &&
    c.helped.length === 0 &&
    c.reflection.trim() === '' &&
    c.prompts.every((p) => p.answer.trim() === '') &&
    extrasEmpty
  );
}
