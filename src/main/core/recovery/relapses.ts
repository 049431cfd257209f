// Relapses: a day on which self-harm happened, kept as data with kind words around it. An
// optional reflection can be added later, and from it a warning sign or a coping item, using the
// coping box's own repository functions so the plan stays exactly what the Safety plan screen shows.
import { SAFETY_SECTION_MAX, type CopingKind } from '../../../shared/contract/coping.ts';
import { reflectionKeys, type Reflection, type Relapse } from '../../../shared/contract/recovery.ts';
import { HarborError } from '../../../shared/result.ts';
import type { Db } from '../db/database.ts';
import { addItem } from '../coping/box.ts';
import { readSafetyPlan, saveSafetyPlan } from '../coping/safety-plan.ts';
import { word, wordsFor } from '../../../shared/vocabulary.ts';

/** Reflection keys to their columns ("trigger" is an SQL keyword). */
const columns: Record<keyof Reflection, string> = {
  vulnerable: 'vulnerable',
  trigger: 'trigger_text',
  thoughts: 'thoughts',
  feelings: 'feelings',
  after: 'after',
  nextTime: 'next_time',
};

interface RelapseRow {
  id: number;
  day: string;
  recorded_at: number;
  reflected_at: number | null;
  vulnerable: string;
  trigger_text: string;
  thoughts: string;
  feelings: string;
  after: string;
  next_time: string;
}

function toRelapse(db: Db, row: RelapseRow): Relapse {
  const reflection = Object.fromEntries(reflectionKeys.map((k) => [k, row[columns[k] as keyof RelapseRow]])) as Reflection;
  const planChanges = db
    .prepare('SELECT kind, text, made_at AS madeAt FROM relapse_plan_changes WHERE relapse_id = ? ORDER BY made_at, id')
    .all(row.id) as Relapse['planChanges'];
  return { id: row.id, day: row.day, recordedAt: row.recorded_at, reflection, reflectedAt: row.reflected_at, planChanges };
}

export function getRelapse(db: Db, id: number): Relapse {
  const row = db.prepare('SELECT * FROM relapses WHERE id = ?').get(id) as RelapseRow | undefined;
  if (!row) throw new HarborError('not_found', 'That note was not found. It may have been removed in another window.');
  return toRelapse(db, row);
}

/** Newest day first. */
export function listRelapses(db: Db, range?: { from: string; to: string }): Relapse[] {
  const rows = db
    .prepare('SELECT * FROM relapses WHERE day >= ? AND day <= ? ORDER BY day DESC, id DESC')
    .all(range?.from ?? '0000-00-00', range?.to ?? '9999-99-99') as RelapseRow[];
  return rows.map((row) => toRelapse(db, row));
}

export function recordRelapse(db: Db, day: string, now: number): Relapse {
  const id = Number(db.prepare('INSERT INTO relapses (day, recorded_at) VALUES (?, ?)').run(day, now).lastInsertRowid);
  return getRelapse(db, id);
}

export function saveReflection(db: Db, id: number, reflection: Reflection, now: number): Relapse {
  getRelapse(db, id);
  const assignments = reflectionKeys.map((k) => `${columns[k]} = @${k}`).join(', ');
  const empty = reflectionKeys.every((k) => reflection[k].trim() === '');
  db.prepare(`UPDATE relapses SET ${assignments}, reflected_at = @reflectedAt WHERE id = @id`).run({
    ...reflection,
    reflectedAt: empty ? null : now,
    id,
  });
  return getRelapse(db, id);
}

export function deleteRelapse(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM relapses WHERE id = ?').run(id).changes > 0;
}

/** Appends a warning sign (one per line) to the safety plan, in the same transaction as the note of it. */
export function addWarningSign(db: Db, id: number, text: string, now: number, discreetMode = false): { relapse: Relapse; message: string } {
  const w = wordsFor(discreetMode);
  return db.transaction(() => {
    getRelapse(db, id);
    const plan = readSafetyPlan(db);
    const current = plan.sections.warning_signs.trimEnd();
    const lines = current === '' ? [] : current.split('\n');
    if (lines.some((line) => line.trim().toLowerCase() === text.toLowerCase())) {
      return { relapse: getRelapse(db, id), message: `“${text}” is already one of your warning signs.` };
    }
    const body = [...lines, text].join('\n');
    if (body.length > SAFETY_SECTION_MAX) {
      throw new HarborError('invalid_input', `Your warning signs are full (4,000 characters). Shorten them on the ${w('safetyPlan')} screen first.`);
    }
    saveSafetyPlan(db, { sections: { ...plan.sections, warning_signs: body }, contacts: plan.contacts }, now);
    db.prepare('INSERT INTO relapse_plan_changes (relapse_id, kind, text, made_at) VALUES (?, ?, ?, ?)').run(id, 'warning_sign', text, now);
    return { relapse: getRelapse(db, id), message: `Added “${text}” to the warning signs in your ${w('aSafetyPlan')}.` };
  })();
}

export function addCopingItem(
  db: Db,
  id: number,
  text: string,
  kind: CopingKind,
  now: number,
  discreetMode = false,
): { relapse: Relapse; message: string } {
  return db.transaction(() => {
    getRelapse(db, id);
    const item = addItem(db, { kind, title: text, note: '' }, now);
    db.prepare('INSERT INTO relapse_plan_changes (relapse_id, kind, text, coping_item_id, made_at) VALUES (?, ?, ?, ?, ?)').run(
      id,
      'coping_item',
      item.title,
      item.id,
      now,
    );
    return { relapse: getRelapse(db, id), message: `Added “${item.title}” to your ${word('aCopingBox', discreetMode)}.` };
  })();
}
