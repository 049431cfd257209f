// The chain analysis of a lapse: read, saved whole as the person types, and its repairs added to
// the safety plan or the coping box through their own repository functions. Recurring
// vulnerabilities and prompting events are found in SQL across every analysis.
import { SAFETY_SECTION_MAX } from '../../../shared/contract/coping.ts';
import type { ChainAnalysis, ChainContent, ChainLink } from '../../../shared/contract/chain.ts';
import { HarborError } from '../../../shared/result.ts';
import { word } from '../../../shared/vocabulary.ts';
import type { Db } from '../db/database.ts';
import { readSafetyPlan, saveSafetyPlan } from '../coping/safety-plan.ts';
import { addCopingItem, getRelapse } from './relapses.ts';

interface ChainRow {
  vulnerabilities: string;
  prompting_event: string;
  links: string;
  what_happened: string;
  consequences: string;
  updated_at: number;
}

export function readChain(db: Db, relapseId: number): ChainAnalysis {
  const relapse = getRelapse(db, relapseId);
  const row = db.prepare('SELECT * FROM chain_analyses WHERE relapse_id = ?').get(relapseId) as ChainRow | undefined;
  return {
    relapseId,
    day: relapse.day,
    vulnerabilities: row ? (JSON.parse(row.vulnerabilities) as string[]) : [],
    promptingEvent: row?.prompting_event ?? '',
    links: row ? (JSON.parse(row.links) as ChainLink[]) : [],
    whatHappened: row?.what_happened ?? '',
    consequences: row?.consequences ?? '',
    updatedAt: row?.updated_at ?? null,
  };
}

export function saveChain(db: Db, relapseId: number, content: ChainContent, now: number): ChainAnalysis {
  getRelapse(db, relapseId);
  db.prepare(
    `INSERT INTO chain_analyses (relapse_id, vulnerabilities, prompting_event, links, what_happened, consequences, updated_at)
     VALUES (@relapseId, @vulnerabilities, @promptingEvent, @links, @whatHappened, @consequences, @now)
     ON CONFLICT(relapse_id) DO UPDATE SET vulnerabilities = excluded.vulnerabilities, prompting_event = excluded.prompting_event,
       links = excluded.links, what_happened = excluded.what_happened, consequences = excluded.consequences, updated_at = excluded.updated_at`,
  ).run({
    relapseId,
    vulnerabilities: JSON.stringify(content.vulnerabilities),
    promptingEvent: content.promptingEvent,
    links: JSON.stringify(content.links),
    whatHappened: content.whatHappened,
    consequences: content.consequences,
    now,
  });
  return readChain(db, relapseId);
}

/** A repair as a step in "Things I can do on my own", or as an item of the person's own in the coping box. */
export function addRepair(db: Db, relapseId: number, text: string, to: 'safety-plan' | 'coping-box', now: number, discreetMode: boolean): string {
  if (to === 'coping-box') return addCopingItem(db, relapseId, text, 'own', now, discreetMode).message;
  return db.transaction(() => {
    getRelapse(db, relapseId);
    const plan = readSafetyPlan(db);
    const current = plan.sections.alone.trimEnd();
    const lines = current === '' ? [] : current.split('\n');
    const where = `“Things I can do on my own” in your ${word('aSafetyPlan', discreetMode)}`;
    if (lines.some((l) => l.trim().toLowerCase() === text.toLowerCase())) return `“${text}” is already in ${where}.`;
    const body = [...lines, text].join('\n');
    if (body.length > SAFETY_SECTION_MAX) {
      throw new HarborError('invalid_input', `That part of your ${word('aSafetyPlan', discreetMode)} is full (4,000 characters). Shorten it first.`);
    }
    saveSafetyPlan(db, { sections: { ...plan.sections, alone: body }, contacts: plan.contacts }, now);
    return `Added “${text}” to ${where}.`;
  })();
}

type Recurring = { text: string; lapses: number }[];

/** Lines that came up in two or more analyses (compared without case or outer spaces), most frequent first. */
export function recurringInChains(db: Db): { analyses: number; vulnerabilities: Recurring; promptingEvents: Recurring } {
  const analyses = (db.prepare('SELECT count(*) AS n FROM chain_analyses').get() as { n: number }).n;
  const vulnerabilities = db
    .prepare(
      `SELECT min(trim(v.value)) AS text, count(DISTINCT c.relapse_id) AS lapses
         FROM chain_analyses c, json_each(c.vulnerabilities) v
        WHERE trim(v.value) <> ''
        GROUP BY lower(trim(v.value)) HAVING lapses >= 2
        ORDER BY lapses DESC, text LIMIT 10`,
    )
    .all() as Recurring;
  const promptingEvents = db
    .prepare(
      `SELECT min(trim(prompting_event)) AS text, count(*) AS lapses FROM chain_analyses
        WHERE trim(prompting_event) <> ''
        GROUP BY lower(trim(prompting_event)) HAVING lapses >= 2
        ORDER BY lapses DESC, text LIMIT 10`,
    )
    .all() as Recurring;
  return { analyses, vulnerabilities, promptingEvents };
}
