// From a read file and the person's choices to what would be written: one check-in per day
// (several rows of a day are joined), days that already have a check-in get the file's words
// and tags added, rows imported before are left out. Used unchanged by the preview and the import.
import { EARLIEST_DAY, formatDate } from '../../../shared/calendar.ts';
import { MAX_TEXT, type CheckIn, type Entry } from '../../../shared/contract/journal.ts';
import { MAX_BAD_ROWS_LISTED, activityRoles, importFormatNames, type ActivityRole, type ImportChoices, type ImportPreview } from '../../../shared/contract/import.ts';
import type { Db } from '../db/database.ts';
import { readEntry } from '../journal/entries.ts';
import type { ParsedFile, SourceLapse, SourceRow } from './source-rows.ts';
import { knownUseIds, type ImportedUse } from '../coping/uses-transfer.ts';

export interface DayWrite {
  day: string;
  checkIn: CheckIn;
  keys: string[];
  /** Harbor's own export into an empty day: the check-in keeps its original times. */
  times: { createdAt: number; updatedAt: number } | null;
}

export interface ImportPlan {
  preview: Omit<ImportPreview, 'file'>;
  days: DayWrite[];
  lapses: SourceLapse[];
  uses: ImportedUse[];
  plans: NonNullable<ParsedFile['plans']>;
  hope: NonNullable<ParsedFile['hope']>;
}

const empty: CheckIn = {
  mood: null,
  emotions: [],
  peakUrge: null,
  selfHarm: null,
  triggers: [],
  helped: [],
  reflection: '',
  prompts: [],
  extras: { sleepHours: null, ateRegularly: null, medicationTaken: null, exercised: null },
};

export function planImport(db: Db, file: ParsedFile, choices: ImportChoices, today: string): ImportPlan {
  const known = new Set((db.prepare('SELECT source_key FROM import_sources').pluck().all() as string[]));
  const levels = new Map(file.moodDefaults);
  for (const { label, level } of choices.moods) if (levels.has(label)) levels.set(label, level);
  const roles = new Map<string, ActivityRole>();
  const activityRows = new Map<string, number>();
  for (const row of file.rows) for (const a of row.activities) activityRows.set(a, (activityRows.get(a) ?? 0) + 1);
  for (const name of activityRows.keys()) roles.set(name, 'note');
  for (const { name, role } of choices.activities) if (roles.has(name) && activityRoles.includes(role)) roles.set(name, role);

  const bad = [...file.bad];
  const byDay = new Map<string, SourceRow[]>();
  let alreadyImported = 0;
  for (const row of file.rows) {
    if (row.day > today) {
      bad.push({ line: row.line, reason: `${formatDate(row.day)} is after today, so Harbor cannot keep a check-in for it yet.` });
    } else if (row.day < EARLIEST_DAY) {
      bad.push({ line: row.line, reason: `${formatDate(row.day)} is before 1900, so it is probably a slip in the file.` });
    } else if (known.has(row.key)) {
      alreadyImported += 1;
    } else {
      byDay.set(row.day, [...(byDay.get(row.day) ?? []), row]);
    }
  }

  const liveDays = new Set(db.prepare('SELECT day FROM entries WHERE deleted_at IS NULL').pluck().all() as string[]);
  const days: DayWrite[] = [];
  let newDays = 0;
  let mergedDays = 0;
  let unused = file.unused;
  for (const [day, rows] of [...byDay].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const own = rows.find((r) => r.checkIn)?.checkIn;
    const added = own ? withKnownCopingItems(db, own.value) : fromRows(rows, levels, roles);
    if (isEmpty(added)) {
      unused += rows.length;
      continue;
    }
    const existing = liveDays.has(day) ? readEntry(db, day) : null;
    const checkIn = existing ? merge(existing, added) : added;
    if (checkIn.reflection.length > MAX_TEXT) {
      for (const r of rows) bad.push({ line: r.line, reason: `The notes for ${day} together are longer than the 100,000 characters a day can keep.` });
      continue;
    }
    if (existing) mergedDays += 1;
    else newDays += 1;
    days.push({ day, checkIn, keys: rows.map((r) => r.key), times: own && !existing ? { createdAt: own.createdAt, updatedAt: own.updatedAt } : null });
  }
  const lapses = file.lapses.filter((l) => !known.has(l.key) && l.day <= today);
  const useIds = knownUseIds(db);
  const uses = (file.uses ?? []).filter((u) => !useIds.has(u.id));
  const plans = (file.plans ?? []).filter((p) => !known.has(p.key));
  const hope = (file.hope ?? []).filter((h) => !known.has(h.key));
  alreadyImported += (file.uses ?? []).length - uses.length + (file.plans ?? []).length - plans.length + (file.hope ?? []).length - hope.length;
  const allDays = [...file.rows.map((r) => r.day), ...file.lapses.map((l) => l.day)].sort();

  const moodRows = new Map<string, number>();
  for (const row of file.rows) if (row.mood) moodRows.set(row.mood, (moodRows.get(row.mood) ?? 0) + 1);
  bad.sort((a, b) => a.line - b.line);
  return {
    preview: {
      format: file.format,
      formatName: importFormatNames[file.format],
      counts: {
        rows: file.rows.length + file.lapses.length + (file.uses ?? []).length + (file.plans ?? []).length + (file.hope ?? []).length + file.bad.length + file.unused,
        newDays,
        mergedDays,
        alreadyImported,
        badRows: bad.length,
        unused,
        timerUses: uses.length,
        copeAheadPlans: plans.length,
        hopeItems: hope.length,
      },
      range: allDays.length > 0 ? { from: allDays[0]!, to: allDays[allDays.length - 1]! } : null,
      // Ordered by the file's own levels, so a row never moves while the person changes its mapping.
      moods: [...levels]
        .map(([label, level]) => ({ label, level, rows: moodRows.get(label) ?? 0, order: file.moodDefaults.get(label) ?? 0 }))
        .sort((a, b) => b.order - a.order || b.rows - a.rows || a.label.localeCompare(b.label))
        .map(({ order: _order, ...mood }) => mood),
      activities: [...activityRows].map(([name, rows]) => ({ name, role: roles.get(name)!, rows })).sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name)),
      badRows: bad.slice(0, MAX_BAD_ROWS_LISTED),
      badRowsAt: file.format === 'daylio-backup' || file.format === 'harbor-json' ? 'entry' : 'line',
      table: file.table,
    },
    days,
    lapses,
    uses,
    plans,
    hope,
  };
}

/** One check-in from a day's rows, earliest first: moods averaged, tags by role, notes joined. */
function fromRows(rows: SourceRow[], levels: Map<string, number | null>, roles: Map<string, ActivityRole>): CheckIn {
  const ordered = [...rows].sort((a, b) => (a.time ?? '').localeCompare(b.time ?? '') || a.line - b.line);
  const moods = ordered.map((r) => (r.mood ? levels.get(r.mood) : null)).filter((m): m is number => typeof m === 'number');
  const triggers = new Map<string, CheckIn['triggers'][number]>();
  const helped = new Map<string, string>();
  const noted = new Set<string>();
  for (const row of ordered) {
    for (const name of row.activities) {
      const role = roles.get(name) ?? 'note';
      if (role === 'situation' || role === 'thought' || role === 'feeling') {
        const tag = name.slice(0, 80);
        triggers.set(`${role}\u0000${tag.toLowerCase()}`, { name: tag, kind: role });
      } else if (role === 'helped') helped.set(name.toLowerCase(), name.slice(0, 200));
      else if (role === 'note') noted.add(name);
    }
  }
  const withText = ordered.filter((r) => r.note.trim());
  const notes = withText.map((r) => (withText.length > 1 && r.time ? `${r.time}\n${r.note.trim()}` : r.note.trim()));
  if (noted.size > 0) notes.push(`Activities: ${[...noted].join(', ')}`);
  const sleep = ordered.map((r) => r.sleepHours).filter((h): h is number => h !== null);
  return {
    ...empty,
    mood: moods.length > 0 ? Math.round(moods.reduce((a, b) => a + b, 0) / moods.length) : null,
    triggers: [...triggers.values()].slice(0, 100),
    helped: [...helped.values()].slice(0, 50).map((label) => ({ label, rating: null, copingItemId: null })),
    reflection: notes.join('\n\n'),
    extras: { ...empty.extras, sleepHours: sleep.length > 0 ? sleep[sleep.length - 1]! : null },
  };
}

/** "What helped" that named a coping item keeps the words; the link only when the item exists here. */
function withKnownCopingItems(db: Db, checkIn: CheckIn): CheckIn {
  const exists = db.prepare('SELECT 1 FROM coping_items WHERE id = ?');
  return { ...checkIn, helped: checkIn.helped.map((h) => (h.copingItemId !== null && !exists.get(h.copingItemId) ? { ...h, copingItemId: null } : h)) };
}

function isEmpty(c: CheckIn): boolean {
  return (
    c.mood === null && c.triggers.length === 0 && c.helped.length === 0 && c.reflection === '' && c.extras.sleepHours === null &&
    c.emotions.length === 0 && c.prompts.length === 0 && c.peakUrge === null && c.selfHarm === null
  );
}

/** What the person wrote here stays; the file adds what is missing, its tags and its words. */
function merge(existing: Entry, added: CheckIn): CheckIn {
  const triggers = new Map(existing.triggers.map((t) => [`${t.kind}\u0000${t.name.toLowerCase()}`, { name: t.name, kind: t.kind }]));
  for (const t of added.triggers) if (!triggers.has(`${t.kind}\u0000${t.name.toLowerCase()}`)) triggers.set(`${t.kind}\u0000${t.name.toLowerCase()}`, t);
  const helpedLabels = new Set(existing.helped.map((h) => h.label.toLowerCase()));
  const emotions = new Set(existing.emotions.map((e) => e.name.toLowerCase()));
  const prompts = new Set(existing.prompts.map((p) => p.key));
  const x = existing.extras;
  return {
    mood: existing.mood ?? added.mood,
    emotions: [...existing.emotions, ...added.emotions.filter((e) => !emotions.has(e.name.toLowerCase()))].slice(0, 60),
    peakUrge: existing.peakUrge ?? added.peakUrge,
    selfHarm: existing.selfHarm ?? added.selfHarm,
    triggers: [...triggers.values()].slice(0, 100),
    helped: [...existing.helped, ...added.helped.filter((h) => !helpedLabels.has(h.label.toLowerCase()))].slice(0, 50),
    reflection: [existing.reflection.trim(), added.reflection].filter(Boolean).join('\n\n'),
    prompts: [...existing.prompts, ...added.prompts.filter((p) => !prompts.has(p.key))],
    extras: {
      sleepHours: x.sleepHours ?? added.extras.sleepHours,
      ateRegularly: x.ateRegularly ?? added.extras.ateRegularly,
      medicationTaken: x.medicationTaken ?? added.extras.medicationTaken,
      exercised: x.exercised ?? added.extras.exercised,
    },
  };
}
