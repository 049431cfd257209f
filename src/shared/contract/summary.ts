// The session summary for a therapist (a PDF of chosen sections over a range of days) and the
// person's own "to talk about" list that it carries.
import { z } from 'zod';
import { daysBetween } from '../calendar.ts';
import { day, pastDay } from './journal.ts';
import { MAX_EXPORT_DAYS, exportResult } from './recovery.ts';

export const summarySections = ['diary-card', 'urge-wave', 'triggers', 'helped', 'chains', 'safety-plan', 'talk-about'] as const;
export type SummarySection = (typeof summarySections)[number];
export const summarySectionTitles: Record<SummarySection, string> = {
  'diary-card': 'Diary card',
  'urge-wave': 'How my urges passed',
  triggers: 'Triggers that came up most',
  helped: 'What helped',
  chains: 'Looking back at hard moments',
  'safety-plan': 'Safety plan',
  'talk-about': 'Things I want to talk about',
};
/** With no summary made before, it covers this many days up to today. */
export const SUMMARY_DEFAULT_DAYS = 28;
export const TALK_ABOUT_MAX = 500;

export const talkAboutItem = z.object({
  id: z.number().int(),
  text: z.string(),
  /** When it was ticked off (talked about), or null while it is still to talk about. */
  doneAt: z.number().nullable(),
  createdAt: z.number(),
});
export type TalkAboutItem = z.infer<typeof talkAboutItem>;

const id = z.number().int().positive('That item was not found.');
const text = z
  .string()
  .trim()
  .min(1, 'Write it in a few words.')
  .max(TALK_ABOUT_MAX, `Keep it under ${TALK_ABOUT_MAX} characters.`);
const talkAboutList = z.object({ items: z.array(talkAboutItem) });

const summaryRequest = z
  .object({
    from: pastDay,
    to: pastDay,
    parts: z.array(z.enum(summarySections, 'Choose from the listed parts.')).min(1, 'Choose at least one part to include.'),
    /** The diary card's notes row: what the person wrote about each day. */
    includeNotes: z.boolean().default(false),
  })
  .strict();

const refineRange = <T extends z.ZodType<{ from: string; to: string }>>(schema: T) =>
  schema
    .refine((r) => r.from <= r.to, { message: 'The start date is after the end date.', path: ['to'] })
    .refine((r) => daysBetween(r.from, r.to) < MAX_EXPORT_DAYS, {
      message: `Choose at most ${MAX_EXPORT_DAYS} days at a time.`,
      path: ['to'],
    });

export const previewLineStyles = ['title', 'heading', 'subheading', 'text', 'muted', 'table'] as const;
const previewLine = z.object({ text: z.string(), style: z.enum(previewLineStyles), indent: z.number().int() });
export type PreviewLine = z.infer<typeof previewLine>;

export const summaryPreview = z.object({
  fileName: z.string(),
  /** Each page's text, top to bottom, as it is drawn; `style` says how it is set on the page. */
  pages: z.array(z.object({ lines: z.array(previewLine) })),
});
export type SummaryPreview = z.infer<typeof summaryPreview>;

const empty = z.object({}).strict();

export const summaryContract = {
  /** The range a new summary starts with: since the last one saved, or the last four weeks. */
  summaryDefaultRange: {
    access: 'unlocked',
    writes: false,
    input: empty,
    output: z.object({ from: day, to: day, lastMadeOn: day.nullable() }),
  },
  summaryPreview: { access: 'unlocked', writes: false, input: refineRange(summaryRequest), output: summaryPreview },
  /** Makes the PDF (not encrypted) and saves or downloads it; remembers the day, for the next default range. */
  summaryExport: {
    access: 'unlocked',
    writes: true,
    input: refineRange(
      summaryRequest.extend({ understood: z.literal(true, 'Confirm that you understand the exported file is not encrypted.') }),
    ),
    output: exportResult,
  },
  talkAboutList: { access: 'unlocked', writes: false, input: empty, output: talkAboutList },
  talkAboutAdd: { access: 'unlocked', writes: true, input: z.object({ text }).strict(), output: talkAboutList },
  /** Changes the words, or ticks it off (done: true) or back (done: false). */
  talkAboutUpdate: {
    access: 'unlocked',
    writes: true,
    input: z.object({ id, text: text.optional(), done: z.boolean().optional() }).strict(),
    output: talkAboutList,
  },
  talkAboutRemove: { access: 'unlocked', writes: true, input: z.object({ id }).strict(), output: talkAboutList },
} as const;
