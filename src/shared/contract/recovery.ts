// The recovery journey's part of the IPC contract: the three phases, notes for each
// phase's steps, relapses (kind words, data, never a reset) and exports for a therapist.
import { z } from 'zod';
import { COPING_TITLE_MAX, copingKinds } from './coping.ts';
import { daysBetween } from '../calendar.ts';
import { day, pastDay, triggerKinds } from './journal.ts';

export const phases = ['awareness', 'skills', 'maintenance'] as const;
export type Phase = (typeof phases)[number];

/** Notes the phase steps ask for, stored in the encrypted journal. */
export const recoveryNoteKeys = ['why_change', 'values', 'problem_solving'] as const;
export type RecoveryNoteKey = (typeof recoveryNoteKeys)[number];
export const RECOVERY_NOTE_MAX = 20_000;

/** The optional reflection after a relapse, in the order it is asked. */
export const reflectionQuestions = {
  vulnerable: 'What made you more vulnerable today?',
  trigger: 'What triggered it?',
  thoughts: 'What thoughts did you have?',
  feelings: 'What did you feel?',
  after: 'What happened after?',
  nextTime: 'What could help next time?',
} as const;
export type ReflectionKey = keyof typeof reflectionQuestions;
export const reflectionKeys = Object.keys(reflectionQuestions) as ReflectionKey[];
export const REFLECTION_MAX = 10_000;
/** A warning sign added to the safety plan from a reflection. */
export const WARNING_SIGN_MAX = 500;

export const exportFormats = ['diary-csv', 'diary-pdf', 'journal-md', 'journal-json'] as const;
export type ExportFormat = (typeof exportFormats)[number];
/** A diary card or journal export covers at most about a year, so the file stays readable. */
export const MAX_EXPORT_DAYS = 366;

const id = z.number().int().positive('That note was not found.');
const answer = z.string().max(REFLECTION_MAX, 'Each answer can be up to 10,000 characters.');

export const reflection = z
  .object(Object.fromEntries(reflectionKeys.map((k) => [k, answer])) as Record<ReflectionKey, typeof answer>)
  .strict();
export type Reflection = z.infer<typeof reflection>;

const planChange = z.object({
  kind: z.enum(['warning_sign', 'coping_item']),
  text: z.string(),
  madeAt: z.number(),
});

export const relapse = z.object({
  id: z.number().int(),
  day,
  recordedAt: z.number(),
  reflection,
  reflectedAt: z.number().nullable(),
  planChanges: z.array(planChange),
});
export type Relapse = z.infer<typeof relapse>;

/** "I self-harmed", noted from the coping window while Harbor was locked, waiting for the person's answer. */
export const lockedLapseNote = z.object({ id: z.string(), day, notedAt: z.number() });
export type LockedLapseNote = z.infer<typeof lockedLapseNote>;

/** Measures that never reset: shares and counts over the last 30 days, and the person's own comebacks. */
export const steadyMeasures = z.object({
  from: day,
  to: day,
  windowDays: z.number().int(),
  /** Urge-timer rounds in the window that ran to their end or eased, of all finished rounds. */
  urgesRiddenOut: z.object({ riddenOut: z.number().int(), rounds: z.number().int() }),
  /** Days in the window with a check-in. */
  checkInDays: z.number().int(),
  /** Oldest first: from a day with self-harm to the next check-in with urge 3 or less (null: not yet). */
  comebacks: z.array(z.object({ hardDay: day, calmDay: day.nullable(), days: z.number().int().nullable() })),
});
export type SteadyMeasures = z.infer<typeof steadyMeasures>;

const phaseChange = z.object({ phase: z.enum(phases), day, chosenAt: z.number() });
export type PhaseChange = z.infer<typeof phaseChange>;

export const recoveryOverview = z.object({
  /** The phase the person last chose, or null before they choose. */
  current: phaseChange.nullable(),
  /** Every change, newest first. */
  history: z.array(phaseChange),
  notes: z.object(Object.fromEntries(recoveryNoteKeys.map((k) => [k, z.string()])) as Record<RecoveryNoteKey, z.ZodString>),
  /** The person's most used trigger tags across their check-ins. */
  topTriggers: z.array(z.object({ name: z.string(), kind: z.enum(triggerKinds), uses: z.number() })),
  coping: z.object({
    /** Items shown in the coping box (hidden ones not counted). */
    items: z.number(),
    /** Times the urge timer ran to its end or the urge eased: urges the person waited out. */
    urgesDelayed: z.number(),
  }),
  support: z.object({ people: z.number(), professionals: z.number() }),
  relapses: z.array(relapse),
});
export type RecoveryOverview = z.infer<typeof recoveryOverview>;

const exportRange = z
  .object({
    format: z.enum(exportFormats, 'Choose one of the export formats.'),
    from: pastDay,
    to: pastDay,
    /** Diary card only: add the day's free-text reflection as a row. */
    includeNotes: z.boolean().default(false),
    /** The page shows the "not encrypted" warning first; main refuses without this. */
    understood: z.literal(true, 'Confirm that you understand the exported file is not encrypted.'),
  })
  .strict()
  .refine((r) => r.from <= r.to, { message: 'The start date is after the end date.', path: ['to'] })
  .refine((r) => daysBetween(r.from, r.to) < MAX_EXPORT_DAYS, {
    message: `Choose at most ${MAX_EXPORT_DAYS} days at a time.`,
    path: ['to'],
  });

export const exportResult = z.discriminatedUnion('delivery', [
  /** The browser harness: the page turns the content into a download. */
  z.object({
    delivery: z.literal('download'),
    fileName: z.string(),
    mimeType: z.string(),
    encoding: z.enum(['utf8', 'base64']),
    content: z.string(),
  }),
  /** The desktop app: the person chose a place in a save dialog and the file was written there (its name only: no path reaches the page). */
  z.object({ delivery: z.literal('saved'), fileName: z.string() }),
  z.object({ delivery: z.literal('cancelled') }),
]);
export type ExportResult = z.infer<typeof exportResult>;

const empty = z.object({}).strict();

export const recoveryContract = {
  recoveryOverview: { access: 'unlocked', writes: false, input: empty, output: recoveryOverview },
  recoveryMeasures: { access: 'unlocked', writes: false, input: empty, output: steadyMeasures },
  /** Records the phase the person feels they are in today. Choosing the current phase again changes nothing. */
  recoverySetPhase: { access: 'unlocked', writes: true, input: z.object({ phase: z.enum(phases, 'Choose one of the three phases.') }).strict(), output: recoveryOverview },
  recoverySaveNote: {
    access: 'unlocked',
    writes: true,
    input: z
      .object({
        key: z.enum(recoveryNoteKeys),
        body: z.string().max(RECOVERY_NOTE_MAX, 'A note can be up to 20,000 characters.'),
      })
      .strict(),
    output: z.object({ key: z.enum(recoveryNoteKeys), body: z.string(), updatedAt: z.number() }),
  },
  /** Notes that self-harm happened on a day. Data, never a reset of anything. */
  relapseRecord: { access: 'unlocked', writes: true, input: z.object({ day: pastDay }).strict(), output: relapse },
  relapseReflect: { access: 'unlocked', writes: true, input: z.object({ id, reflection }).strict(), output: relapse },
  /** Adds a warning sign to the safety plan or an item to the coping box, and remembers it came from this reflection. */
  relapseAddToPlan: {
    access: 'unlocked',
    writes: true,
    input: z
      .discriminatedUnion('kind', [
        z.object({
          id,
          kind: z.literal('warning_sign'),
          text: z.string().trim().min(1, 'Write the warning sign in a few words.').max(WARNING_SIGN_MAX, `Keep a warning sign to ${WARNING_SIGN_MAX} characters.`),
        }).strict(),
        z.object({
          id,
          kind: z.literal('coping_item'),
          text: z.string().trim().min(1, 'Give it a short title, for example "Hold an ice cube".').max(COPING_TITLE_MAX, `Keep the title to ${COPING_TITLE_MAX} characters.`),
          copingKind: z.enum(copingKinds, 'Choose one of the kinds.').default('own'),
        }).strict(),
      ]),
    output: z.object({ relapse, message: z.string() }),
  },
  /** Notes made while locked that the person has not answered yet (the journal's quiet card). */
  lockedLapseNotesWaiting: { access: 'unlocked', writes: false, input: empty, output: z.object({ waiting: z.array(lockedLapseNote) }) },
  /** "Add it to my journal" makes an ordinary note for that day; "leave it out" adds nothing. Never automatic. */
  lockedLapseNoteAnswer: {
    access: 'unlocked',
    writes: true,
    input: z
      .object({ id: z.uuid('That note was not found.'), answer: z.enum(['add', 'leave-out'], 'Choose whether to add it.') })
      .strict(),
    output: z.object({ relapse: relapse.nullable(), waiting: z.array(lockedLapseNote) }),
  },
  relapseDelete: { access: 'unlocked', writes: true, input: z.object({ id }).strict(), output: z.object({ deleted: z.boolean() }) },
  /** Makes an unencrypted file for a therapist: a diary card (CSV, PDF) or the journal (Markdown, JSON). */
  recoveryExport: { access: 'unlocked', writes: false, input: exportRange, output: exportResult },
  /** The safety plan as a printable wallet card (PDF, not encrypted): card-sized panels with cut marks. */
  safetyPlanWalletCard: {
    access: 'unlocked',
    writes: false,
    input: z
      .object({ understood: z.literal(true, 'Confirm that you understand the exported file is not encrypted.') })
      .strict(),
    output: exportResult,
  },
} as const;
