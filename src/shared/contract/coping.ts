// The coping box, urge timer and safety plan part of the IPC contract.
// Methods marked 'open' also work while Harbor is locked: they read only the coping box and the
// safety plan (never journal data) and may add a sealed use record; nothing else.
import { z } from 'zod';
import {
  CONTACT_COUNTRY_MAX,
  CONTACT_NAME_MAX,
  CONTACT_REACH_MAX,
  COPING_NOTE_MAX,
  COPING_TITLE_MAX,
  SAFETY_SECTION_MAX,
  contactSections,
  copingKinds,
  safetyPlanSections,
  type SafetyPlanSection,
} from '../coping-constants.ts';
import { DIALLABLE } from '../phone-number.ts';

export * from '../coping-constants.ts';

const itemTitle = z
  .string()
  .trim()
  .min(1, 'Give it a short title, for example "Hold an ice cube".')
  .max(COPING_TITLE_MAX, `Keep the title to ${COPING_TITLE_MAX} characters; the note can hold more.`);
const itemNote = z.string().max(COPING_NOTE_MAX, 'A note can be up to 2,000 characters.');
const kind = z.enum(copingKinds, 'Choose one of the kinds.');
export const urgeRating = z
  .number('Rate the urge with a number from 0 to 10.')
  .int('Rate the urge with a whole number from 0 to 10.')
  .min(0, 'Rate the urge from 0 to 10.')
  .max(10, 'Rate the urge from 0 to 10.');
const itemId = z.number().int().positive('That item was not found.');
export const MAX_RATINGS_PER_USE = 200;
const urgeRatingAt = z
  .object({
    minute: z.number().min(0).max(240, 'A rating must fall within the round.'),
    urge: urgeRating,
  })
  .strict();
/** Epoch milliseconds, after the year 2000. */
// From 2000 to the last moment of 9999: a day outside four-digit years cannot be stored.
const instant = z.number().int().min(946_684_800_000, 'That time is not valid.').max(253_402_300_799_999, 'That time is not valid.');

export const copingItem = z.object({
  /** Positive: stored in the journal. Negative: a starter item shown while the box is not readable. */
  id: z.number().int(),
  starterKey: z.string().nullable(),
  kind,
  title: z.string(),
  note: z.string(),
  hidden: z.boolean(),
  favourite: z.boolean(),
});
export type CopingItem = z.infer<typeof copingItem>;

export const boxSource = z.enum(['journal', 'locked-copy', 'starter']);
export type BoxSource = z.infer<typeof boxSource>;

export const copingBoxView = z.object({
  vault: z.enum(['none', 'locked', 'unlocked']),
  source: boxSource,
  canEdit: z.boolean(),
  /** A plain sentence about where this box came from, when it is not the person's own live box. */
  notice: z.string().nullable(),
  items: z.array(copingItem),
});
export type CopingBoxView = z.infer<typeof copingBoxView>;

export const itemRef = z.object({ id: z.number().int(), starterKey: z.string().max(40).nullable() }).strict();

export const copingUse = z
  .object({
    /** Made by the page when the timer starts; saving again with the same id updates that use. */
    id: z.uuid('That use id is not valid.'),
    startedAt: instant,
    endedAt: instant.nullable(),
    minutesPlanned: z.number().int().min(1).max(120, 'The timer runs for at most 120 minutes.'),
    /** The first rating, asked after the timer started; the person may skip it. */
    urgeBefore: urgeRating.nullable(),
    urgeAfter: urgeRating.nullable(),
    /** Every rating of the round, in timer minutes since the start (uses kept before these existed have none). */
    ratings: z.array(urgeRatingAt).max(MAX_RATINGS_PER_USE, 'A round can hold at most 200 ratings.').default([]),
    outcome: z.enum(['eased', 'time-up', 'stopped']).nullable(),
    items: z.array(itemRef).max(20),
    note: z.string().max(COPING_NOTE_MAX, 'A note can be up to 2,000 characters.'),
  })
  .strict()
  .refine((use) => use.endedAt === null || use.endedAt >= use.startedAt, {
    message: 'The end time is before the start time.',
    path: ['endedAt'],
  });
export type CopingUse = z.infer<typeof copingUse>;

export const contact = z
  .object({
    section: z.enum(contactSections),
    name: z.string().trim().min(1, 'Add a name for each person or service, or remove the empty row.').max(CONTACT_NAME_MAX),
    reach: z.string().trim().max(CONTACT_REACH_MAX, `Keep "how to reach" to ${CONTACT_REACH_MAX} characters.`),
    country: z.string().trim().max(CONTACT_COUNTRY_MAX),
  })
  .strict();
export type Contact = z.infer<typeof contact>;

const sectionText = z.string().max(SAFETY_SECTION_MAX, 'Each part of the plan can be up to 4,000 characters.');
export const safetyPlanSectionsSchema = z
  .object(Object.fromEntries(safetyPlanSections.map((s) => [s, sectionText])) as Record<SafetyPlanSection, typeof sectionText>)
  .strict();

export const safetyPlanView = z.object({
  vault: z.enum(['none', 'locked', 'unlocked']),
  source: boxSource,
  canEdit: z.boolean(),
  notice: z.string().nullable(),
  sections: safetyPlanSectionsSchema,
  contacts: z.array(contact),
  updatedAt: z.number().nullable(),
});
export type SafetyPlanView = z.infer<typeof safetyPlanView>;

export const lockedAccessChoice = z.enum(['while-locked', 'after-unlock']);
export const lockedAccessView = z.object({
  choice: lockedAccessChoice,
  /** Whether the person has chosen yet (the default applies until they do). */
  chosen: z.boolean(),
  keychainAvailable: z.boolean(),
  /** How the copy is kept on disk right now. */
  protection: z.enum(['keychain', 'unencrypted', 'none']),
  explanation: z.string(),
});
export type LockedAccessView = z.infer<typeof lockedAccessView>;

export const hotkeyStatus = z.object({
  /** False in the browser harness: only the desktop app has a global hotkey. */
  supported: z.boolean(),
  accelerator: z.string().nullable(),
  /** How to show it to a person on this platform, e.g. "Ctrl+Alt+H". */
  label: z.string().nullable(),
  registered: z.boolean(),
  message: z.string().nullable(),
  /** A combination that is free right now, offered when the current one could not be claimed. */
  suggestion: z.object({ accelerator: z.string(), label: z.string() }).nullable(),
});
export type HotkeyStatus = z.infer<typeof hotkeyStatus>;

/** Which of the optional first-run steps for a crisis are done (read from the plan itself). */
export const crisisSetupStatus = z.object({
  crisisLine: z.boolean(),
  planStarted: z.boolean(),
  lockedAccessChosen: z.boolean(),
  /** The person said "Not now" to the journal's card about the remaining steps. */
  cardDismissed: z.boolean(),
});
export type CrisisSetupStatus = z.infer<typeof crisisSetupStatus>;

const empty = z.object({}).strict();

/** A coping item needs this many rounds after a trigger before Harbor says it helped after it. */
export const MIN_MATCHED_ROUNDS = 3;
/** "What set it off?" offers the person's most common triggers, this many (and today's). */
export const TRIGGER_CHOICES = 5;

export const matchedHelpView = z.object({
  /** Today's triggers first (today: true), then the most common ones. */
  choices: z.array(z.object({ id: z.number().int(), name: z.string(), today: z.boolean() })),
  /** The trigger the help is matched to; null when none was named today, or "Not sure". */
  trigger: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  /** The items that lowered the urge most after that trigger, best first; empty: favourites first. */
  items: z.array(
    z.object({
      itemId: z.number().int(),
      /** Rounds after the trigger in which the urge ended lower than it began. */
      helped: z.number().int(),
      rounds: z.number().int(),
      /** "Helped 4 of 5 times after ‘work stress’". */
      sentence: z.string(),
    }),
  ),
});
export type MatchedHelpView = z.infer<typeof matchedHelpView>;

export const copingContract = {
  copingBox: { access: 'open', writes: false, input: empty, output: copingBoxView },
  copingItemAdd: {
    access: 'unlocked',
    writes: true,
    input: z.object({ kind, title: itemTitle, note: itemNote.default('') }).strict(),
    output: copingItem,
  },
  copingItemUpdate: {
    access: 'unlocked',
    writes: true,
    input: z
      .object({
        id: itemId,
        kind: kind.optional(),
        title: itemTitle.optional(),
        note: itemNote.optional(),
        hidden: z.boolean().optional(),
        favourite: z.boolean().optional(),
      })
      .strict(),
    output: copingItem,
  },
  copingItemMove: {
    access: 'unlocked',
    writes: true,
    input: z.object({ id: itemId, direction: z.enum(['up', 'down']) }).strict(),
    output: z.object({ items: z.array(copingItem) }),
  },
  copingPickOne: {
    access: 'open',
    writes: false,
    input: z.object({ excludeId: z.number().int().nullable().optional() }).strict(),
    output: z.object({ item: copingItem.nullable() }),
  },
  copingUrgeEvidence: {
    access: 'open',
    writes: false,
    input: empty,
    /** One sentence from the person's own rounds, when it is true; null while locked or without enough rounds. */
    output: z.object({ sentence: z.string().nullable() }),
  },
  /**
   * Help matched to the trigger: the coping items that lowered the urge most in the rounds on days
   * the trigger was named. Journal data, so only while unlocked (locked, the box shows favourites first).
   */
  copingMatchedHelp: {
    access: 'unlocked',
    writes: false,
    input: z
      .object({
        /** Left out: today's trigger, if one was named. null: "Not sure". A number: the trigger the person picked. */
        triggerId: z.number().int().positive('That trigger was not found.').nullable().optional(),
      })
      .strict(),
    output: matchedHelpView,
  },
  /** Whether calling or texting a saved number can open an app here (never in the browser harness). */
  copingContactLinks: {
    access: 'open',
    writes: false,
    input: empty,
    output: z.object({
      /** True in the desktop app (which can ask the computer for apps), false in the browser harness. */
      desktop: z.boolean(),
      tel: z.boolean(),
      sms: z.boolean(),
    }),
  },
  copingOpenContact: {
    access: 'open',
    writes: false,
    input: z
      .object({
        scheme: z.enum(['tel', 'sms'], 'Harbor opens only calls and texts.'),
        number: z.string().regex(DIALLABLE, 'That is not a phone number Harbor can open.'),
      })
      .strict(),
    output: z.object({ opened: z.literal(true) }),
  },
  copingUseSave: {
    access: 'open',
    writes: true,
    input: copingUse,
    output: z.object({ stored: z.enum(['journal', 'pending', 'not-kept']), message: z.string() }),
  },
  /**
   * "I self-harmed", noted from the coping window. Unlocked: an ordinary note for today. Locked:
   * sealed like a timer use, and offered on a quiet card after the next unlock (never added on its own).
   * The page makes the id, so pressing again never notes it twice.
   */
  copingNoteLapse: {
    access: 'open',
    writes: true,
    input: z.object({ id: z.uuid('That note id is not valid.') }).strict(),
    output: z.object({ stored: z.enum(['journal', 'pending', 'not-kept']), message: z.string() }),
  },
  safetyPlanGet: { access: 'open', writes: false, input: empty, output: safetyPlanView },
  safetyPlanSave: {
    access: 'unlocked',
    writes: true,
    input: z.object({ sections: safetyPlanSectionsSchema, contacts: z.array(contact).max(60) }).strict(),
    output: safetyPlanView,
  },
  copingLockedAccess: { access: 'unlocked', writes: false, input: empty, output: lockedAccessView },
  copingSetLockedAccess: {
    access: 'unlocked',
    writes: true,
    input: z.object({ choice: lockedAccessChoice }).strict(),
    output: lockedAccessView,
  },
  crisisSetupStatus: { access: 'unlocked', writes: false, input: empty, output: crisisSetupStatus },
  crisisSetupDismissCard: { access: 'unlocked', writes: true, input: empty, output: crisisSetupStatus },
  copingHotkey: { access: 'unlocked', writes: false, input: empty, output: hotkeyStatus },
  copingSetHotkey: {
    access: 'unlocked',
    writes: false,
    input: z.object({ accelerator: z.string().trim().min(1, 'Type a key combination, for example Ctrl+Alt+H.').max(100) }).strict(),
    output: hotkeyStatus,
  },
} as const;
