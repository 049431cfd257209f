// The chain analysis after a lapse (DBT): what made the person vulnerable, what set it off, the
// links in order, what happened (no detail needed), what followed, and for each link what could
// have broken the chain. Every part is optional and saved as the person types; nothing asks how.
import { z } from 'zod';
import { day } from './journal.ts';

export const chainLinkKinds = ['thought', 'feeling', 'body', 'action'] as const;
export type ChainLinkKind = (typeof chainLinkKinds)[number];
export const chainLinkKindLabels: Record<ChainLinkKind, string> = {
  thought: 'A thought',
  feeling: 'A feeling',
  body: 'A body sensation',
  action: 'Something I did',
};

export const CHAIN_LINE_MAX = 300;
export const CHAIN_TEXT_MAX = 4000;
export const CHAIN_MAX_LINKS = 30;
export const CHAIN_MAX_VULNERABILITIES = 20;

const relapseId = z.number().int().positive('That note was not found.');
const line = z.string().max(CHAIN_LINE_MAX, `Keep each line to ${CHAIN_LINE_MAX} characters.`);
const text = z.string().max(CHAIN_TEXT_MAX, 'Each part can be up to 4,000 characters.');

export const chainLink = z
  .object({
    kind: z.enum(chainLinkKinds, 'Choose what kind of link this is.'),
    text: line,
    /** What could have broken the chain at this link. */
    repair: line,
  })
  .strict();
export type ChainLink = z.infer<typeof chainLink>;

export const chainContent = z
  .object({
    vulnerabilities: z.array(line).max(CHAIN_MAX_VULNERABILITIES, `At most ${CHAIN_MAX_VULNERABILITIES} lines here.`),
    promptingEvent: line,
    links: z.array(chainLink).max(CHAIN_MAX_LINKS, `At most ${CHAIN_MAX_LINKS} links.`),
    whatHappened: text,
    consequences: text,
  })
  .strict();
export type ChainContent = z.infer<typeof chainContent>;

export const chainAnalysis = chainContent.extend({ relapseId: z.number().int(), day, updatedAt: z.number().nullable() });
export type ChainAnalysis = z.infer<typeof chainAnalysis>;

const recurring = z.array(z.object({ text: z.string(), lapses: z.number().int() }));

export const chainContract = {
  chainGet: { access: 'unlocked', writes: false, input: z.object({ relapseId }).strict(), output: chainAnalysis },
  /** Saves the whole analysis as it stands (the page saves as the person types, so nothing typed is lost). */
  chainSave: { access: 'unlocked', writes: true, input: z.object({ relapseId, content: chainContent }).strict(), output: chainAnalysis },
  /** A way to break the chain, added as a step in the safety plan or an item in the coping box. */
  chainAddRepair: {
    access: 'unlocked',
    writes: true,
    input: z
      .object({
        relapseId,
        text: z.string().trim().min(1, 'Write what could help in a few words first.').max(120, 'Keep it to 120 characters.'),
        to: z.enum(['safety-plan', 'coping-box'], 'Choose where to add it.'),
      })
      .strict(),
    output: z.object({ message: z.string() }),
  },
  /** Vulnerabilities and prompting events that came up in two or more chain analyses. */
  chainRecurring: {
    access: 'unlocked',
    writes: false,
    input: z.object({}).strict(),
    output: z.object({ analyses: z.number().int(), vulnerabilities: recurring, promptingEvents: recurring }),
  },
} as const;
