// Writes a planned import in one transaction: if anything fails, nothing of the file is kept.
// A draft the person has open on an imported day is kept as it was (saving a check-in clears it).
import type { Db } from '../db/database.ts';
import { readDraft, saveDraft } from '../journal/drafts.ts';
import { writeEntry } from '../journal/entries.ts';
import type { ImportPlan } from './plan.ts';
import { insertImportedPlan, insertImportedUse } from '../coping/uses-transfer.ts';
import { insertImportedHope } from '../coping/hope-transfer.ts';

const reflectionColumns = ['vulnerable', 'trigger_text', 'thoughts', 'feelings', 'after', 'next_time'] as const;

export function writeImport(db: Db, plan: ImportPlan, now: number): void {
  db.transaction(() => {
    const remember = db.prepare('INSERT INTO import_sources (source_key, day, imported_at) VALUES (?, ?, ?)');
    // Lapse notes first, so a check-in that says "yes" finds its note and adds no second one.
    const addLapse = db.prepare(
      `INSERT INTO relapses (day, recorded_at, reflected_at, ${reflectionColumns.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const addChange = db.prepare('INSERT INTO relapse_plan_changes (relapse_id, kind, text, made_at) VALUES (?, ?, ?, ?)');
    for (const lapse of plan.lapses) {
      const r = lapse.reflection;
      const id = addLapse.run(lapse.day, lapse.recordedAt, lapse.reflectedAt, r.vulnerable, r.trigger, r.thoughts, r.feelings, r.after, r.nextTime).lastInsertRowid;
      for (const change of lapse.planChanges) addChange.run(id, change.kind, change.text, change.madeAt);
      remember.run(lapse.key, lapse.day, now);
    }
    const keepTimes = db.prepare('UPDATE entries SET created_at = ?, updated_at = ? WHERE day = ? AND deleted_at IS NULL');
    const draftDays = new Set(db.prepare('SELECT day FROM journal_drafts').pluck().all() as string[]);
    for (const write of plan.days) {
      const draft = draftDays.has(write.day) ? readDraft(db, write.day) : null;
      writeEntry(db, write.day, write.checkIn, now);
      if (draft) saveDraft(db, write.day, draft.checkIn, draft.savedAt);
      if (write.times) keepTimes.run(write.times.createdAt, write.times.updatedAt, write.day);
      for (const key of write.keys) remember.run(key, write.day, now);
    }
    // Uses are known by their own id; plans are remembered like rows.
    for (const use of plan.uses) insertImportedUse(db, use);
    for (const p of plan.plans) {
      insertImportedPlan(db, p);
      remember.run(p.key, p.day, now);
    }
    for (const h of plan.hope) {
      insertImportedHope(db, h.item, h.media);
      remember.run(h.key, h.item.createdAt.slice(0, 10), now);
    }
  })();
}
