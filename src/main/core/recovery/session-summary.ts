// The session summary's content: for the days chosen, each chosen part in plain words, as blocks
// the PDF lays out (summary-pdf.ts). The data comes from the features that own it: the diary card,
// Patterns' urge wave, top triggers and what helped, chain analyses, the safety plan, and the
// person's "to talk about" list.
import { chainLinkKindLabels } from '../../../shared/contract/chain.ts';
import type { UrgeWave } from '../../../shared/contract/patterns.ts';
import { summarySectionTitles, SUMMARY_DEFAULT_DAYS, type SummarySection } from '../../../shared/contract/summary.ts';
import { safetyPlanSections, safetyPlanSectionTitles } from '../../../shared/coping-constants.ts';
import { crisisServiceName } from '../../../shared/crisis-lines.ts';
import { word } from '../../../shared/vocabulary.ts';
import { readSafetyPlan } from '../coping/safety-plan.ts';
import type { Db } from '../db/database.ts';
import { readMeta, writeMeta } from '../db/meta.ts';
import { addDays, calendarDayOf, dayNumber, formatDay, localMidnightMs } from '../../../shared/calendar.ts';
import { topTriggers } from '../patterns/top-triggers.ts';
import { urgeWave } from '../patterns/urge-wave.ts';
import { rankHelpedItems } from '../patterns/what-helps.ts';
import { readChain } from './chain-analysis.ts';
import { buildDiaryCard, type DiaryCard } from './diary-card.ts';
import { listRelapses } from './relapses.ts';
import { listTalkAbout } from './talk-about.ts';

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'text'; text: string; muted?: boolean; indent?: number }
  | { kind: 'wave'; wave: UrgeWave }
  | { kind: 'diary-card'; card: DiaryCard };

export interface SummaryRequest {
  from: string;
  to: string;
  parts: readonly SummarySection[];
  includeNotes: boolean;
}

const LAST_MADE = 'session_summary_last_made';

/** Since the last summary saved (the day after it), or the last four weeks; never past today. */
export function defaultSummaryRange(db: Db, today: string): { from: string; to: string; lastMadeOn: string | null } {
  const lastMadeOn = readMeta(db, LAST_MADE);
  const from = lastMadeOn && lastMadeOn < today ? addDays(lastMadeOn, 1) : addDays(today, -(SUMMARY_DEFAULT_DAYS - 1));
  return { from, to: today, lastMadeOn };
}

export function rememberSummaryMade(db: Db, today: string): void {
  writeMeta(db, LAST_MADE, today);
}

/** The chosen parts, always in the same order, whatever order they were chosen in. */
export function summaryBlocks(db: Db, request: SummaryRequest, discreetMode: boolean): Block[] {
  const bounds = { startMs: localMidnightMs(request.from), endMs: localMidnightMs(addDays(request.to, 1)) };
  const title = (part: SummarySection) => (part === 'safety-plan' ? word('yourSafetyPlan', discreetMode) : summarySectionTitles[part]);
  const parts: Record<SummarySection, () => Block[]> = {
    'diary-card': () => {
      const card = buildDiaryCard(db, request);
      // The preview is on screen: the self-harm row takes the discreet word too.
      const rows = card.rows.map((row) => (row.kind === 'self-harm' ? { ...row, label: word('harmColumn', discreetMode) } : row));
      return [{ kind: 'diary-card', card: { ...card, rows } }];
    },
    'urge-wave': () => [
      {
        kind: 'text',
        text: 'From the urge timer: how strong the urge was, minute by minute, across the rounds in these days. The line is the middle value; the shaded band holds the middle half of the rounds.',
        muted: true,
      },
      { kind: 'wave', wave: urgeWave(db, bounds) },
    ],
    triggers: () => {
      const from = dayNumber(request.from);
      const to = dayNumber(request.to);
      const triggers = topTriggers(db, { fromDay: from, toDay: to, previousFromDay: from - (to - from + 1) } as Parameters<typeof topTriggers>[1]);
      if (triggers.length === 0) return [{ kind: 'text', text: 'No triggers were noted in these days.', muted: true }];
      return triggers.map((t) => ({ kind: 'text', text: `${t.name}: noted on ${t.count === 1 ? '1 day' : `${t.count} days`}` }));
    },
    helped: () => helpedBlocks(db, request, bounds),
    chains: () => chainBlocks(db, request),
    'safety-plan': () => planBlocks(db, request, discreetMode),
    'talk-about': () => {
      const open = listTalkAbout(db).filter((item) => item.doneAt === null);
      if (open.length === 0) return [{ kind: 'text', text: 'Nothing on the list right now.', muted: true }];
      return open.map((item) => ({ kind: 'text', text: `•  ${item.text}` }));
    },
  };
  const chosen = new Set(request.parts);
  return (Object.keys(parts) as SummarySection[])
    .filter((part) => chosen.has(part))
    .flatMap((part) => [{ kind: 'heading', text: title(part) } as Block, ...parts[part]()]);
}

function helpedBlocks(db: Db, request: SummaryRequest, bounds: { startMs: number; endMs: number }): Block[] {
  const items = rankHelpedItems(db, bounds);
  const blocks: Block[] = items.map((item) => ({
    kind: 'text',
    text: `${item.title}: the urge went from ${item.averageBefore} to ${item.averageAfter} on average (${item.uses === 1 ? 'used once' : `used ${item.uses} times`})`,
  }));
  // What the person said helped in their check-ins, with how often.
  const said = db
    .prepare(
      `SELECT h.label AS label, count(*) AS days FROM entry_helped h JOIN entries e ON e.id = h.entry_id
        WHERE e.day BETWEEN ? AND ? GROUP BY lower(h.label) ORDER BY days DESC, label LIMIT 10`,
    )
    .all(request.from, request.to) as { label: string; days: number }[];
  if (said.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Said to help in check-ins' });
    for (const s of said) blocks.push({ kind: 'text', text: `${s.label}: ${s.days === 1 ? '1 day' : `${s.days} days`}` });
  }
  return blocks.length > 0 ? blocks : [{ kind: 'text', text: 'Nothing was rated as helping in these days.', muted: true }];
}

function chainBlocks(db: Db, request: SummaryRequest): Block[] {
  const chains = listRelapses(db, request)
    .reverse()
    .map((relapse) => readChain(db, relapse.id))
    .filter((chain) => chain.updatedAt !== null);
  if (chains.length === 0) return [{ kind: 'text', text: 'No chain analyses in these days.', muted: true }];
  return chains.flatMap((chain): Block[] => {
    const field = (label: string, text: string): Block[] => (text.trim() ? [{ kind: 'text', text: `${label}: ${text.trim()}` }] : []);
    return [
      { kind: 'subheading', text: formatDay(chain.day) },
      ...field('What made me more vulnerable', chain.vulnerabilities.filter((v) => v.trim()).join('; ')),
      ...field('What set it off', chain.promptingEvent),
      ...chain.links.flatMap((link, i): Block[] => [
        { kind: 'text', text: `${i + 1}. ${chainLinkKindLabels[link.kind]}: ${link.text}`, indent: 1 },
        ...(link.repair.trim() ? [{ kind: 'text', text: `Could have broken the chain: ${link.repair.trim()}`, indent: 2, muted: true } as Block] : []),
      ]),
      ...field('What happened', chain.whatHappened),
      ...field('What followed', chain.consequences),
    ];
  });
}

/** The plan keeps no history, only when it last changed: its current state, with that date. */
function planBlocks(db: Db, request: SummaryRequest, discreetMode: boolean): Block[] {
  const plan = readSafetyPlan(db);
  if (plan.updatedAt === null) return [{ kind: 'text', text: `The ${word('aSafetyPlan', discreetMode)} is not filled in yet.`, muted: true }];
  const changed = calendarDayOf(new Date(plan.updatedAt));
  const inRange = changed >= request.from && changed <= request.to;
  const blocks: Block[] = [
    { kind: 'text', text: `Last changed on ${formatDay(changed)}${inRange ? ', in these days' : ''}. This is how it reads now.`, muted: true },
  ];
  const added = listRelapses(db, request).flatMap((r) => r.planChanges).sort((a, b) => a.madeAt - b.madeAt);
  for (const change of added) {
    const where = change.kind === 'warning_sign' ? 'a warning sign' : `the ${word('aCopingBox', discreetMode)}`;
    blocks.push({ kind: 'text', text: `Added to ${where} after a hard day: ${change.text}`, muted: true });
  }
  safetyPlanSections.forEach((section) => {
    const body = plan.sections[section].trim();
    const contacts = plan.contacts
      .filter((c) => c.section === section)
      .map((c) => [crisisServiceName(c.name, discreetMode), c.reach, c.country ? `(${c.country})` : ''].filter(Boolean).join(' '));
    if (!body && contacts.length === 0) return;
    blocks.push({ kind: 'subheading', text: safetyPlanSectionTitles[section] });
    for (const line of [...body.split('\n'), ...contacts].filter((l) => l.trim())) blocks.push({ kind: 'text', text: line.trim(), indent: 1 });
  });
  return blocks;
}
