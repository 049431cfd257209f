// Importing Daylio's CSV export and .daylio backups into a real encrypted journal: the preview's
// counts before anything is written, moods mapped and adjusted, activities as triggers or "helped",
// bad rows by line and reason, every script kept, and a second import of the same file adding nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../src/shared/contract/import.ts';
import type { Entry } from '../../src/shared/contract/journal.ts';
import { unlockedCore } from '../support/core.ts';
import { daylioBackup, daylioCsv } from '../support/import-files.ts';
import { sendFile } from '../support/import-upload.ts';

const now = () => new Date('2025-06-30T20:00:00');
let h: Awaited<ReturnType<typeof unlockedCore>>;
beforeEach(async () => {
  h = await unlockedCore({ now });
});
afterEach(() => h.cleanup());

const dayOf = async (day: string) => (await h.value<{ entry: Entry | null }>('journalGetDay', { day })).entry;
const count = (table: string) => (h.core.vault.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

const polish = 'Zażółć gęślą jaźń — spacer z psem';
const japanese = '今日は静かな一日でした。';
const arabic = 'كان يوماً هادئاً';

// Newest first, as Daylio writes it. Lines: 1 header, 2, 3–4 (a quoted note over two lines), 5, 6, 7, 8, 9, 10.
const csv = daylioCsv(
  [
    { day: '2025-06-12', time: '21:40', mood: 'zmęczona', activities: ['praca', 'arguments'], title: 'Długi dzień', note: polish },
    { day: '2025-06-11', time: '8:15 pm', mood: 'good', activities: ['friends', '散歩'], note: `${japanese}\nSecond line, "quoted"` },
    { day: '2025-06-11', time: '07:30', mood: 'awful', activities: ['arguments'], note: arabic },
    { raw: ['2025-02-30', 'February 30', 'Sunday', '10:00', 'meh', '', '', ''] },
    { day: '2025-06-10', time: '22:00', mood: 'rad', activities: ['exercise', 'friends'] },
    { raw: ['', '', '', '', 'meh', '', '', 'no date here'] },
    { day: '2025-07-02', time: '20:00', mood: 'meh', activities: [] },
    { day: '2025-06-09', time: '20:00', mood: 'meh', activities: ['sleep early'] },
  ],
  { bom: true, crlf: true },
);

describe('Daylio CSV', () => {
  it('previews counts, moods, activities and bad rows by line before writing anything', async () => {
    await sendFile(h.core, 'daylio_export.csv', csv);
    const preview = await h.value<ImportPreview>('importPreview', {});
    expect(preview.format).toBe('daylio-csv');
    expect(preview.file).toEqual({ name: 'daylio_export.csv', sizeBytes: Buffer.byteLength(csv) });
    expect(preview.counts).toEqual({ rows: 8, newDays: 4, mergedDays: 0, alreadyImported: 0, badRows: 3, unused: 0, timerUses: 0, copeAheadPlans: 0, hopeItems: 0 });
    expect(preview.range).toEqual({ from: '2025-06-09', to: '2025-07-02' });
    expect(preview.badRowsAt).toBe('line');
    expect(preview.badRows).toEqual([
      { line: 6, reason: 'The date “2025-02-30” is not a day on the calendar.' },
      { line: 8, reason: 'This row has no date.' },
      { line: 9, reason: '2 July 2025 is after today, so Harbor cannot keep a check-in for it yet.' },
    ]);
    const levels = Object.fromEntries(preview.moods.map((m) => [m.label, m.level]));
    expect(levels).toEqual({ rad: 5, good: 4, meh: 3, awful: 1, zmęczona: null });
    expect(preview.activities.find((a) => a.name === 'arguments')).toEqual({ name: 'arguments', role: 'note', rows: 2 });
    expect(preview.activities.map((a) => a.name)).toContain('散歩');
    expect(count('entries')).toBe(0);
    expect(count('import_sources')).toBe(0);
  });

  it('imports with an adjusted mood and activities marked as triggers or as helped, every script intact', async () => {
    await sendFile(h.core, 'daylio_export.csv', csv);
    const choices = {
      moods: [{ label: 'zmęczona', level: 2 }],
      activities: [
        { name: 'arguments', role: 'situation' },
        { name: 'praca', role: 'feeling' },
        { name: 'exercise', role: 'helped' },
        { name: 'friends', role: 'helped' },
        { name: 'sleep early', role: 'skip' },
      ],
    };
    const preview = await h.value<ImportPreview>('importPreview', choices);
    expect(preview.moods.find((m) => m.label === 'zmęczona')?.level).toBe(2);
    const done = await h.value<{ addedDays: number; message: string }>('importCommit', choices);
    expect(done.addedDays).toBe(4);
    expect(done.message).toBe('4 days added to your journal.');

    const june12 = await dayOf('2025-06-12');
    expect(june12?.mood).toBe(2);
    expect(june12?.reflection).toBe(`Długi dzień\n${polish}`);
    expect(june12?.triggers.map((t) => [t.name, t.kind])).toEqual([['praca', 'feeling'], ['arguments', 'situation']]);

    // Two Daylio entries on one day: one check-in, moods averaged (4 and 1 → 3), notes in time order.
    const june11 = await dayOf('2025-06-11');
    expect(june11?.mood).toBe(3);
    expect(june11?.reflection).toBe(`07:30\n${arabic}\n\n20:15\n${japanese}\nSecond line, "quoted"\n\nActivities: 散歩`);
    expect(june11?.helped.map((x) => x.label)).toEqual(['friends']);
    expect(june11?.triggers.map((t) => t.name)).toEqual(['arguments']);

    const june9 = await dayOf('2025-06-09');
    expect(june9?.reflection).toBe('');
    expect(june9?.mood).toBe(3);
    expect(await dayOf('2025-07-02')).toBeNull();

    // Search finds the imported words in every script (Japanese has no spaces: its run of words is one search word).
    for (const word of ['gęślą', '今日は静かな一日でした', 'هادئاً']) {
      const found = await h.value<{ results: { day: string }[] }>('journalSearch', { query: word });
      expect(found.results.length, word).toBeGreaterThan(0);
    }
  });

  it('adds nothing when the same file is imported again', async () => {
    await sendFile(h.core, 'daylio_export.csv', csv);
    await h.value('importCommit', {});
    const before = h.core.vault.db.prepare('SELECT day, updated_at, text FROM entries ORDER BY day').all();
    await sendFile(h.core, 'daylio_export (1).csv', csv);
    const preview = await h.value<ImportPreview>('importPreview', {});
    expect(preview.counts).toMatchObject({ newDays: 0, mergedDays: 0, alreadyImported: 5, badRows: 3 });
    const again = await h.value<{ addedDays: number; mergedDays: number; message: string }>('importCommit', {});
    expect(again).toMatchObject({ addedDays: 0, mergedDays: 0 });
    expect(again.message).toBe('Everything in this file is already in your journal, so nothing was added.');
    expect(h.core.vault.db.prepare('SELECT day, updated_at, text FROM entries ORDER BY day').all()).toEqual(before);
  });

  it('adds to a day the person already wrote about, keeping their mood, words and open draft', async () => {
    await h.value('journalSaveEntry', { day: '2025-06-10', checkIn: { mood: 2, reflection: 'My own words.', triggers: [{ name: 'Friends', kind: 'situation' }] } });
    await h.value('journalSaveDraft', { day: '2025-06-12', checkIn: { mood: 4, reflection: 'Still typing' } });
    await sendFile(h.core, 'daylio_export.csv', csv);
    const choices = { activities: [{ name: 'friends', role: 'situation' }, { name: 'exercise', role: 'helped' }] };
    const preview = await h.value<ImportPreview>('importPreview', choices);
    expect(preview.counts).toMatchObject({ newDays: 3, mergedDays: 1 });
    const done = await h.value<{ message: string }>('importCommit', choices);
    expect(done.message).toBe('3 days added to your journal; 1 day you had already written about now also hold what the file said.');
    const june10 = await dayOf('2025-06-10');
    expect(june10?.mood).toBe(2);
    expect(june10?.reflection).toBe('My own words.');
    expect(june10?.triggers.map((t) => t.name)).toEqual(['Friends']);
    expect(june10?.helped.map((x) => x.label)).toEqual(['exercise']);
    const draft = await h.value<{ draft: { checkIn: { reflection: string } } | null }>('journalGetDay', { day: '2025-06-12' });
    expect(draft.draft?.checkIn.reflection).toBe('Still typing');
  });

  it('writes nothing at all when the import fails part-way', async () => {
    await sendFile(h.core, 'daylio_export.csv', csv);
    h.core.vault.db.exec(`CREATE TEMP TRIGGER fail_on_june_11 BEFORE INSERT ON main.import_sources WHEN NEW.day = '2025-06-11'
      BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    const result = await h.core.call('importCommit', {});
    expect(result.ok).toBe(false);
    h.core.vault.db.exec('DROP TRIGGER fail_on_june_11');
    expect(count('entries')).toBe(0);
    expect(count('import_sources')).toBe(0);
    expect(count('triggers')).toBe(0);
    // Once the trouble is gone the same file imports whole.
    expect((await h.value<{ addedDays: number }>('importCommit', {})).addedDays).toBe(4);
  });
});

describe('.daylio backup', () => {
  const backup = daylioBackup({
    moods: [
      { id: 1, name: null, predefined: 1, group: 1 },
      { id: 2, name: null, predefined: 2, group: 2 },
      { id: 3, name: null, predefined: 3, group: 3 },
      { id: 4, name: null, predefined: 4, group: 4 },
      { id: 5, name: null, predefined: 5, group: 5 },
      { id: 6, name: 'przytłoczona', predefined: -1, group: 4 },
    ],
    tags: [
      { id: 10, name: 'praca' },
      { id: 11, name: '散歩' },
      { id: 12, name: 'قراءة' },
    ],
    entries: [
      { day: '2025-05-03', hour: 21, minute: 5, mood: 6, tags: [10], title: 'Wieczór', note: `${polish}<br>druga linia &amp; więcej` },
      { day: '2025-05-02', hour: 9, minute: 0, mood: 2, tags: [11, 12], note: `<b>${japanese}</b><br/>${arabic}` },
      { day: '2025-05-01', hour: 20, minute: 0, mood: 99, tags: [] },
    ],
  });

  it('reads moods with their levels, tags and notes from the zip', async () => {
    await sendFile(h.core, 'backup_2025_05_04.daylio', backup);
    const preview = await h.value<ImportPreview>('importPreview', {});
    expect(preview.format).toBe('daylio-backup');
    expect(preview.badRowsAt).toBe('entry');
    expect(preview.counts).toMatchObject({ rows: 3, newDays: 2, badRows: 1 });
    expect(preview.badRows).toEqual([{ line: 3, reason: 'This entry’s mood is not among the backup’s moods.' }]);
    // Daylio's mood groups: 1 is the best; a custom mood has its group's level. Only moods in use are listed.
    expect(Object.fromEntries(preview.moods.map((m) => [m.label, m.level]))).toEqual({ good: 4, przytłoczona: 2 });
    await h.value('importCommit', { activities: [{ name: 'praca', role: 'thought' }] });
    const may3 = await dayOf('2025-05-03');
    expect(may3?.mood).toBe(2);
    expect(may3?.reflection).toBe(`Wieczór\n${polish}\ndruga linia & więcej`);
    expect(may3?.triggers.map((t) => [t.name, t.kind])).toEqual([['praca', 'thought']]);
    const may2 = await dayOf('2025-05-02');
    expect(may2?.reflection).toBe(`${japanese}\n${arabic}\n\nActivities: 散歩, قراءة`);
  });

  it('adds nothing for the same entries later found in a Daylio CSV export', async () => {
    await sendFile(h.core, 'backup.daylio', backup);
    await h.value('importCommit', {});
    const sameAsCsv = daylioCsv([{ day: '2025-05-03', time: '21:05', mood: 'przytłoczona', activities: ['praca'], title: 'Wieczór', note: polish }]);
    await sendFile(h.core, 'daylio_export.csv', sameAsCsv);
    expect((await h.value<ImportPreview>('importPreview', {})).counts).toMatchObject({ newDays: 0, mergedDays: 0, alreadyImported: 1 });
  });

  it('refuses a damaged backup or a zip without Daylio data, in plain words', async () => {
    const damaged = Buffer.from(backup);
    damaged.fill(0, 40, 120);
    for (const [name, bytes] of [
      ['damaged.daylio', damaged],
      ['photos.daylio', (await import('fflate')).zipSync({ 'photo.jpg': new Uint8Array([1, 2, 3]) })],
    ] as const) {
      await sendFile(h.core, name, bytes);
      const result = await h.core.call('importPreview', {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toBe(`Harbor could not read ${name} as a Daylio backup. In Daylio, choose Backup & Restore, make a new backup and choose that file. Nothing was imported.`);
    }
  });
});
