// The journal for a date range as Markdown (to read) and JSON (to keep or import elsewhere).
// Only live check-ins (not ones in "recently deleted") and relapses noted in the range.
import { moodWords, reflectionPrompts, type DayRecord, type Entry } from '../../../shared/contract/journal.ts';
import { reflectionQuestions, reflectionKeys, type Relapse } from '../../../shared/contract/recovery.ts';
import type { Db } from '../db/database.ts';
import { readEntry } from '../journal/entries.ts';
import { readDayRecords } from '../record/day-record.ts';
import { formatDay } from '../../../shared/calendar.ts';
import { selfHarmWords } from './diary-card.ts';
import { listRelapses } from './relapses.ts';
import { exportPlans, exportUses } from '../coping/uses-transfer.ts';
import { exportHope, type ExportedHope } from '../coping/hope-transfer.ts';

export interface JournalExport {
  from: string;
  to: string;
  entries: Entry[];
  /** Every day in the range with a record (a check-in, a lapse note or an urge-timer rating), oldest first. */
  records: DayRecord[];
  /** Oldest first, like the entries. */
  relapses: Relapse[];
  /** Urge-timer uses of the range's days, with every rating, oldest first. */
  copingUses: ReturnType<typeof exportUses>;
  /** Cope-ahead plans from the range's first day on. */
  copeAheadPlans: ReturnType<typeof exportPlans>;
  /** The whole hope box (it belongs to no day), photos and voice notes as base64. */
  hopeBox: ExportedHope[];
}

export function readJournalRange(db: Db, from: string, to: string): JournalExport {
  const days = (
    db.prepare('SELECT day FROM entries WHERE day >= ? AND day <= ? AND deleted_at IS NULL ORDER BY day').all(from, to) as { day: string }[]
  ).map((r) => r.day);
  return {
    from,
    to,
    entries: days.map((day) => readEntry(db, day)!),
    records: [...readDayRecords(db, from, to).values()],
    relapses: listRelapses(db, { from, to }).reverse(),
    copingUses: exportUses(db, from, to),
    copeAheadPlans: exportPlans(db, from),
    hopeBox: exportHope(db),
  };
}

export function journalJson(data: JournalExport, exportedAt: Date): string {
  const body = {
    format: 'harbor-journal-export',
    version: 1,
    exportedAt: exportedAt.toISOString(),
    from: data.from,
    to: data.to,
    days: data.records,
    // Each entry is the check-in as written; the day's answers are in `days`.
    entries: data.entries.map(({ record: _record, ...e }) => ({ ...e, createdAt: new Date(e.createdAt).toISOString(), updatedAt: new Date(e.updatedAt).toISOString() })),
    relapses: data.relapses.map((r) => ({
      day: r.day,
      recordedAt: new Date(r.recordedAt).toISOString(),
      reflectedAt: r.reflectedAt === null ? null : new Date(r.reflectedAt).toISOString(),
      reflection: r.reflection,
      planChanges: r.planChanges.map((c) => ({ kind: c.kind, text: c.text, madeAt: new Date(c.madeAt).toISOString() })),
    })),
    copingUses: data.copingUses,
    copeAheadPlans: data.copeAheadPlans,
    hopeBox: data.hopeBox,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** Text the person wrote, kept as written but unable to start a heading, quote or list of its own. */
function block(text: string): string {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^(\s*)([#>*+-]|\d+[.)])/, '$1\\$2'))
    .join('  \n');
}

/** Inline text (tags, labels): no line breaks, and Markdown's emphasis characters shown as typed. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|])/g, '\\$1');
}

export function journalMarkdown(data: JournalExport, exportedOn: string): string {
  const out: string[] = [
    '# Journal',
    '',
    `From ${formatDay(data.from)} to ${formatDay(data.to)}. Exported on ${formatDay(exportedOn)}.`,
    '',
    '> This file is not encrypted. Anyone who can open it can read it.',
    '',
  ];
  const relapsesByDay = new Map<string, Relapse[]>();
  for (const r of data.relapses) relapsesByDay.set(r.day, [...(relapsesByDay.get(r.day) ?? []), r]);
  const entriesByDay = new Map(data.entries.map((e) => [e.day, e]));
  if (data.records.length === 0) out.push('There are no check-ins in this range.', '');

  for (const record of data.records) {
    const day = record.day;
    out.push(`## ${formatDay(day)}`, '');
    const facts = recordLines(record);
    if (facts.length > 0) out.push(...facts, '');
    const entry = entriesByDay.get(day);
    if (entry) out.push(...entryLines(entry));
    for (const relapse of relapsesByDay.get(day) ?? []) out.push(...relapseLines(relapse));
  }
  return out.join('\n');
}

/** The day's one self-harm answer and strongest urge, said once per day. */
function recordLines(r: DayRecord): string[] {
  const lines: string[] = [];
  if (r.strongestUrge !== null) {
    lines.push(`- Strongest urge: ${r.strongestUrge} of 10${r.urgeSource === 'timer' ? ' (rated in the urge timer)' : ''}`);
  }
  if (r.selfHarm !== null) lines.push(`- Self-harm: ${selfHarmWords[r.selfHarm]}`);
  return lines;
}

function entryLines(e: Entry): string[] {
  const facts: string[] = [];
  if (e.mood !== null) facts.push(`Mood: ${e.mood} of 5 (${moodWords[e.mood as keyof typeof moodWords]})`);
  if (e.emotions.length > 0) facts.push(`Emotions (0 to 5): ${e.emotions.map((x) => `${inline(x.name)} ${x.rating}`).join(', ')}`);
  if (e.triggers.length > 0) facts.push(`Triggers: ${e.triggers.map((t) => `${inline(t.name)} (${t.kind})`).join(', ')}`);
  if (e.helped.length > 0) {
    facts.push(`What helped: ${e.helped.map((h) => (h.rating === null ? inline(h.label) : `${inline(h.label)} (helped ${h.rating} of 5)`)).join(', ')}`);
  }
  const x = e.extras;
  if (x.sleepHours !== null) facts.push(`Sleep: ${x.sleepHours} hours`);
  const yesNo = (v: boolean) => (v ? 'yes' : 'no');
  if (x.ateRegularly !== null) facts.push(`Ate regularly: ${yesNo(x.ateRegularly)}`);
  if (x.medicationTaken !== null) facts.push(`Medication taken: ${yesNo(x.medicationTaken)}`);
  if (x.exercised !== null) facts.push(`Exercised: ${yesNo(x.exercised)}`);

  const lines = facts.map((f) => `- ${f}`);
  if (lines.length > 0) lines.push('');
  for (const p of e.prompts) {
    if (!p.answer.trim()) continue;
    lines.push(`### ${reflectionPrompts[p.key]}`, '', block(p.answer), '');
  }
  if (e.reflection.trim()) lines.push('### Notes', '', block(e.reflection), '');
  return lines;
}

function relapseLines(r: Relapse): string[] {
  const lines = ['### Self-harm noted', '', 'A setback, not a failure.', ''];
  for (const key of reflectionKeys) {
    const answer = r.reflection[key].trim();
    if (answer) lines.push(`**${reflectionQuestions[key]}**`, '', block(answer), '');
  }
  for (const change of r.planChanges) {
    lines.push(`- Added to ${change.kind === 'warning_sign' ? 'the safety plan as a warning sign' : 'the coping box'}: ${inline(change.text)}`);
  }
  if (r.planChanges.length > 0) lines.push('');
  return lines;
}
