// Cope-ahead plans (DBT's "cope ahead"): for a day the person expects to be hard, what might
// happen, the skills they will use and the people they will tell, written while they feel steady.
// On the day the plan is shown first in the coping box; while locked only from the locked copy.
import { z } from 'zod';
import { COPING_TITLE_MAX } from '../coping-constants.ts';
import { day } from './journal.ts';

export const COPE_AHEAD_NAME_MAX = 80;
export const COPE_AHEAD_TEXT_MAX = 2000;
export const COPE_AHEAD_LIST_MAX = 12;

const text = (what: string) => z.string().max(COPE_AHEAD_TEXT_MAX, `${what} can be up to 2,000 characters.`);

export const copeAheadSkill = z
  .object({
    title: z.string().trim().min(1, 'Each skill needs a few words, or remove the empty one.').max(COPING_TITLE_MAX, `Keep each skill to ${COPING_TITLE_MAX} characters.`),
    /** The coping box item it was picked from, if any: on the day it starts the urge timer with it. */
    itemId: z.number().int().positive().nullable(),
  })
  .strict();
export type CopeAheadSkill = z.infer<typeof copeAheadSkill>;

export const copeAheadFields = z
  .object({
    day,
    name: z
      .string()
      .trim()
      .min(1, 'Give the day a short name, for example "The exam".')
      .max(COPE_AHEAD_NAME_MAX, `Keep the name to ${COPE_AHEAD_NAME_MAX} characters; the note can hold more.`),
    mightHappen: text('What might happen'),
    skills: z.array(copeAheadSkill).max(COPE_AHEAD_LIST_MAX, `A plan can hold up to ${COPE_AHEAD_LIST_MAX} skills.`),
    people: z
      .array(z.string().trim().min(1, 'Each person needs a name, or remove the empty one.').max(200, 'Keep each name to 200 characters.'))
      .max(COPE_AHEAD_LIST_MAX, `A plan can name up to ${COPE_AHEAD_LIST_MAX} people.`),
    note: text('The note'),
  })
  .strict();
export type CopeAheadFields = z.infer<typeof copeAheadFields>;

export const copeAheadPlan = copeAheadFields.extend({ id: z.number().int().positive(), updatedAt: z.number() });
export type CopeAheadPlan = z.infer<typeof copeAheadPlan>;

const empty = z.object({}).strict();
const planId = z.number().int().positive('That plan was not found.');

export const copeAheadContract = {
  /** Every plan, soonest first; plans for days gone by come after, most recent first. */
  copeAheadList: {
    access: 'unlocked',
    writes: false,
    input: empty,
    output: z.object({ today: day, plans: z.array(copeAheadPlan) }),
  },
  copeAheadSave: {
    access: 'unlocked',
    writes: true,
    input: copeAheadFields.extend({ id: planId.nullable() }).strict(),
    output: copeAheadPlan,
  },
  copeAheadDelete: {
    access: 'unlocked',
    writes: true,
    input: z.object({ id: planId }).strict(),
    output: z.object({ deleted: z.literal(true) }),
  },
  /**
   * Today's plans for the coping box. Unlocked: from the journal. Locked: only from the copy the
   * person allowed while locked (else none).
   */
  copeAheadToday: {
    access: 'open',
    writes: false,
    input: empty,
    output: z.object({ plans: z.array(copeAheadPlan) }),
  },
} as const;
