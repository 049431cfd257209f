// One story per day. Random sequences of real writes through the core (check-ins, lapse notes,
// urge-timer ratings, edits, deletes, restores, note removals) are replayed on a small model of the
// rule, and after every write each view must tell the model's story for every day: the day's entry,
// history, search, Patterns (urge line, self-harm markers, weekly summary, Patterns' stored copies),
// the Recovery screen, and the CSV, Markdown and JSON exports. (The PDF lays out the very diary card
// the CSV is made from; export.test.ts checks its pages.)
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey } from '../../src/main/core/db/database.ts';
import { migrate } from '../../src/main/core/db/migrations/index.ts';
import { readDayRecords } from '../../src/main/core/record/day-record.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { addDays } from '../../src/shared/calendar.ts';
import type { DayRecord, EntrySummary } from '../../src/shared/contract/journal.ts';
import { STRONG_URGE, type PatternsOverview } from '../../src/shared/contract/patterns.ts';
import type { ExportResult, RecoveryOverview } from '../../src/shared/contract/recovery.ts';
import { unlockedCore } from '../support/core.ts';

const FIRST_DAY = '2025-03-03'; // a Monday
const DAYS = 10;
const LAST_DAY = addDays(FIRST_DAY, DAYS - 1);
const WORD = 'harbourmark';
type Answer = 'yes' | 'no' | 'unsaid' | null;

/** The rule, written again independently of the SQL. */
class Model {
  checkIns = new Map<string, { said: Answer; urge: number | null; live: boolean }>();
  notes = new Map<string, number>();
  timer = new Map<string, number[]>();

  private noteIfSaid(day: string): void {
    const c = this.checkIns.get(day);
    if (c?.live && c.said === 'yes' && !this.notes.get(day)) this.notes.set(day, 1);
  }
  save(day: string, said: Answer, urge: number | null, lapseNotes: 'keep' | 'remove'): void {
    if (lapseNotes === 'remove' && said !== 'yes') this.notes.delete(day);
    this.checkIns.set(day, { said, urge, live: true });
    this.noteIfSaid(day);
  }
  note(day: string): void {
    this.notes.set(day, (this.notes.get(day) ?? 0) + 1);
  }
  removeNote(day: string): void {
    const left = (this.notes.get(day) ?? 0) - 1;
    if (left > 0) return void this.notes.set(day, left);
    this.notes.delete(day);
    const c = this.checkIns.get(day);
    if (c?.said === 'yes') c.said = null;
  }
  delete(day: string): void {
    const c = this.checkIns.get(day);
    if (c) c.live = false;
  }
  restore(day: string): void {
    const c = this.checkIns.get(day);
    if (!c || c.live) return;
    c.live = true;
    this.noteIfSaid(day);
  }
  rate(day: string, urge: number): void {
    this.timer.set(day, [...(this.timer.get(day) ?? []), urge]);
  }
  live(day: string) {
    const c = this.checkIns.get(day);
    return c?.live ? c : undefined;
  }
  record(day: string): DayRecord | null {
    const c = this.live(day);
    const notes = this.notes.get(day) ?? 0;
    const rated = this.timer.get(day) ?? [];
    if (!c && notes === 0 && rated.length === 0) return null;
    const timer = rated.length > 0 ? Math.max(...rated) : null;
    const own = c?.urge ?? null;
    const strongest = own === null ? timer : timer === null ? own : Math.max(own, timer);
    const source = strongest === null ? null : own !== null && own >= (timer ?? -1) ? 'check-in' : 'timer';
    return { day, selfHarm: notes > 0 ? 'yes' : (c?.said ?? null), lapseNotes: notes, strongestUrge: strongest, urgeSource: source };
  }
}

const dayIndex = fc.integer({ min: 0, max: DAYS - 1 });
// Few values, so the check-in and the timer often rate a day the same (a tie is the check-in's).
const urgeRating = fc.constantFrom(0, 4, 7, 9);
const answer = fc.constantFrom<Answer>('yes', 'no', 'unsaid', null);
const operation = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('save' as const),
      day: dayIndex,
      said: answer,
      urge: fc.option(urgeRating),
      tagged: fc.boolean(),
      lapseNotes: fc.constantFrom<'keep' | 'remove'>('keep', 'remove'),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('note' as const), day: dayIndex }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('remove-note' as const), which: fc.nat() }) },
  // A timer use in the evening, or at 01:30 the night after (before 04:00: still that evening).
  { weight: 2, arbitrary: fc.record({ op: fc.constant('timer' as const), day: dayIndex, late: fc.boolean(), urge: urgeRating }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), day: dayIndex }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('restore' as const), day: dayIndex }) },
);

function atLocal(day: string, hour: number, minute: number): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour, minute).getTime();
}

/** The cells of one labelled row of the CSV diary card (its values hold no comma or quote). */
function csvRow(csv: string, label: string): string[] {
  const line = csv.split('\r\n').find((l) => l.startsWith(`${label},`));
  if (!line) throw new Error(`no CSV row ${label}`);
  return line.split(',').slice(1);
}

describe('one record per day', () => {
  it('every view tells the same story for every day, through any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 4, maxLength: 16 }), async (operations) => {
        const h = await unlockedCore();
        const model = new Model();
        const days = Array.from({ length: DAYS }, (_, i) => addDays(FIRST_DAY, i));
        try {
          for (const o of operations) {
            if (o.op === 'save') {
              const day = days[o.day]!;
              await h.value('journalSaveEntry', {
                day,
                checkIn: { selfHarm: o.said, peakUrge: o.urge, reflection: `${WORD} on ${day}`, triggers: o.tagged ? [{ name: 'Work', kind: 'situation' }] : [] },
                lapseNotes: o.lapseNotes,
              });
              model.save(day, o.said, o.urge, o.lapseNotes);
            } else if (o.op === 'note') {
              await h.value('relapseRecord', { day: days[o.day]! });
              model.note(days[o.day]!);
            } else if (o.op === 'remove-note') {
              const { relapses } = await h.value<RecoveryOverview>('recoveryOverview');
              if (relapses.length === 0) continue;
              const note = relapses[o.which % relapses.length]!;
              await h.value('relapseDelete', { id: note.id });
              model.removeNote(note.day);
            } else if (o.op === 'timer') {
              const day = days[o.day]!;
              const startedAt = o.late ? atLocal(addDays(day, 1), 1, 30) : atLocal(day, 20, 0);
              await h.value('copingUseSave', {
                id: randomUUID(),
                startedAt,
                endedAt: startedAt + 600_000,
                minutesPlanned: 10,
                urgeBefore: o.urge,
                urgeAfter: null,
                outcome: 'time-up',
                items: [],
                note: '',
              });
              model.rate(day, o.urge);
            } else if (o.op === 'delete') {
              if ((await h.core.call('journalDeleteEntry', { day: days[o.day]! })).ok) model.delete(days[o.day]!);
            } else {
              if ((await h.core.call('journalRestoreEntry', { day: days[o.day]! })).ok) model.restore(days[o.day]!);
            }
            await expectOneStory(h, model, days);
          }
        } finally {
          h.cleanup();
        }
      }),
      { numRuns: 20 },
    );
  }, 180_000);
});

describe('migration 008 on an existing journal', () => {
  it('gives every "yes" check-in its lapse note, every timer use its evening, and one record per day', () => {
    const temp = makeTempDir();
    const db = new Database(join(temp.dir, 'harbor.db'));
    try {
      applyKey(db, randomBytes(32));
      db.pragma('foreign_keys = ON');
      migrate(db, 7);
      const add = db.prepare('INSERT INTO entries (day, peak_urge, self_harm, created_at, updated_at, deleted_at) VALUES (?, ?, ?, 0, 0, ?)');
      add.run('2025-03-03', 5, 'yes', null); // said yes, never noted
      add.run('2025-03-04', 2, 'no', null); // said no, noted later with "I self-harmed"
      add.run('2025-03-05', 6, 'unsaid', null);
      add.run('2025-03-06', 8, 'yes', 1); // deleted: no note for it
      db.prepare('INSERT INTO relapses (day, recorded_at) VALUES (?, 0)').run('2025-03-04');
      const use = db.prepare('INSERT INTO coping_uses (started_at, urge_before, urge_after) VALUES (?, ?, ?)');
      use.run(atLocal('2025-03-06', 1, 30), 9, 3); // 01:30: the evening of the 5th
      use.run(atLocal('2025-03-03', 21, 0), 4, 1); // below that evening's check-in
      db.exec(`INSERT INTO triggers (id, name, kind, name_key) VALUES (1, 'Work', 'situation', 'work');
               INSERT INTO entry_triggers (entry_id, trigger_id) SELECT id, 1 FROM entries;`);
      migrate(db);

      expect(db.prepare('SELECT day FROM coping_uses ORDER BY started_at').pluck().all()).toEqual(['2025-03-03', '2025-03-05']);
      expect(db.prepare('SELECT day FROM relapses ORDER BY day').pluck().all()).toEqual(['2025-03-03', '2025-03-04']);
      expect([...readDayRecords(db, '2025-03-01', '2025-03-10').values()]).toEqual([
        { day: '2025-03-03', selfHarm: 'yes', lapseNotes: 1, strongestUrge: 5, urgeSource: 'check-in' },
        { day: '2025-03-04', selfHarm: 'yes', lapseNotes: 1, strongestUrge: 2, urgeSource: 'check-in' },
        { day: '2025-03-05', selfHarm: 'unsaid', lapseNotes: 0, strongestUrge: 9, urgeSource: 'timer' },
      ]);
      // Patterns' copies follow the day's strongest urge.
      expect(db.prepare('SELECT e.day, et.peak_urge FROM entry_triggers et JOIN entries e ON e.id = et.entry_id WHERE et.day_number IS NOT NULL ORDER BY e.day').raw().all()).toEqual([
        ['2025-03-03', 5],
        ['2025-03-04', 2],
        ['2025-03-05', 9],
      ]);
      expect(db.prepare('SELECT urge_sum, urge_days FROM urge_windows ORDER BY day_number').raw().all()).toEqual([
        [5, 1],
        [7, 2],
        [16, 3],
      ]);
    } finally {
      db.close();
      temp.cleanup();
    }
  });
});

type Harness = Awaited<ReturnType<typeof unlockedCore>>;

async function expectOneStory(h: Harness, model: Model, days: string[]): Promise<void> {
  const expected = days.map((day) => model.record(day));
  const orEmpty = (day: string, r: DayRecord | null): DayRecord => r ?? { day, selfHarm: null, lapseNotes: 0, strongestUrge: null, urgeSource: null };

  // The day's entry and record.
  for (const [i, day] of days.entries()) {
    const got = await h.value<{ entry: { selfHarm: Answer; record: DayRecord } | null; record: DayRecord }>('journalGetDay', { day });
    expect(got.record, `record of ${day}`).toEqual(orEmpty(day, expected[i]!));
    expect(got.entry === null, `entry of ${day}`).toBe(!model.live(day));
    if (got.entry) {
      expect(got.entry.selfHarm).toBe(expected[i]!.selfHarm);
      expect(got.entry.record).toEqual(expected[i]);
    }
  }

  // History and search list the live check-ins, each with the day's record.
  const liveDays = days.filter((d) => model.live(d)).reverse();
  const history = await h.value<{ entries: EntrySummary[] }>('journalHistory', { limit: 200 });
  expect(history.entries.map((e) => e.day)).toEqual(liveDays);
  for (const e of history.entries) expect(e.record).toEqual(model.record(e.day));
  const search = await h.value<{ results: { day: string; record: DayRecord }[] }>('journalSearch', { query: WORD, limit: 100 });
  expect(search.results.map((r) => r.day)).toEqual(liveDays);
  for (const r of search.results) expect(r.record).toEqual(model.record(r.day));

  // Patterns: the urge line, the self-harm markers and the weekly summary.
  const patterns = await h.value<PatternsOverview>('patternsOverview', { from: FIRST_DAY, to: LAST_DAY });
  expect(patterns.urges.strongest).toEqual(expected.map((r) => r?.strongestUrge ?? null));
  const yesDays = days.filter((_, i) => expected[i]?.selfHarm === 'yes');
  expect(patterns.urges.selfHarmDays).toEqual(yesDays);
  const week = days.filter((d) => d >= patterns.summary.weekOf);
  const inWeek = week.map((d) => model.record(d));
  expect(patterns.summary.selfHarmDays).toBe(inWeek.filter((r) => r?.selfHarm === 'yes').length);
  expect(patterns.summary.answeredDays).toBe(inWeek.filter((r) => r?.selfHarm === 'yes' || r?.selfHarm === 'no').length);
  expect(patterns.summary.strongUrgeDays).toBe(inWeek.filter((r) => (r?.strongestUrge ?? -1) >= STRONG_URGE).length);
  // The copies Patterns reads (migrations 007 and 008): each live trigger row's urge and the 7-day windows.
  const db = h.core.vault.db;
  const windows = db.prepare('SELECT day_number AS n, urge_sum AS sum, urge_days AS rated FROM urge_windows ORDER BY day_number').all();
  const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  const expectedWindows = days
    .filter((d) => model.live(d) || model.record(d)?.strongestUrge != null)
    .map((d) => {
      const urges = [0, 1, 2, 3, 4, 5, 6].map((back) => model.record(addDays(d, -back))?.strongestUrge).filter((u): u is number => u != null);
      return { n: dayNumber(d), sum: urges.reduce((a, b) => a + b, 0), rated: urges.length };
    });
  expect(windows).toEqual(expectedWindows);
  const tagged = db
    .prepare('SELECT e.day, et.peak_urge AS urge FROM entry_triggers et JOIN entries e ON e.id = et.entry_id WHERE et.day_number IS NOT NULL ORDER BY e.day')
    .all() as { day: string; urge: number | null }[];
  for (const row of tagged) expect(row.urge, `trigger row of ${row.day}`).toBe(model.record(row.day)?.strongestUrge ?? null);

  // Recovery lists exactly the days that say "yes", each as often as it was noted.
  const recovery = await h.value<RecoveryOverview>('recoveryOverview');
  const noted = [...model.notes].flatMap(([day, n]) => Array<string>(n).fill(day)).sort();
  expect(recovery.relapses.map((r) => r.day).sort()).toEqual(noted);
  expect([...new Set(noted)]).toEqual(yesDays);

  // The exports.
  const exported = async (format: string) => {
    const result = await h.value<ExportResult>('recoveryExport', { format, from: FIRST_DAY, to: LAST_DAY, includeNotes: false, understood: true });
    if (result.delivery !== 'download') throw new Error('expected a download');
    return result.content;
  };
  const csv = await exported('diary-csv');
  const words = { yes: 'yes', no: 'no', unsaid: 'not said' } as const;
  expect(csvRow(csv, 'Self-harm')).toEqual(expected.map((r) => (r?.selfHarm ? words[r.selfHarm] : '')));
  expect(csvRow(csv, 'Strongest urge (0 to 10)')).toEqual(
    expected.map((r) => (r?.strongestUrge == null ? '' : r.urgeSource === 'timer' ? `${r.strongestUrge} (urge timer)` : String(r.strongestUrge))),
  );
  const json = JSON.parse(await exported('journal-json')) as { days: DayRecord[] };
  expect(json.days).toEqual(expected.filter((r) => r !== null));
  const sections = (await exported('journal-md')).split('\n## ').slice(1);
  expect(sections).toHaveLength(json.days.length);
  sections.forEach((section, i) => {
    const r = json.days[i]!;
    const harm = /^- Self-harm: (.*)$/m.exec(section)?.[1] ?? null;
    expect(harm).toBe(r.selfHarm ? words[r.selfHarm] : null);
    const urge = /^- Strongest urge: (\d+) of 10( \(rated in the urge timer\))?$/m.exec(section);
    expect(urge ? [Number(urge[1]), urge[2] ? 'timer' : 'check-in'] : null).toEqual(r.strongestUrge === null ? null : [r.strongestUrge, r.urgeSource]);
    expect(section.match(/^- Self-harm:/gm)?.length ?? 0).toBeLessThanOrEqual(1);
  });
}
