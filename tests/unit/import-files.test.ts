// Importing Bearable's CSV and any other app's table, and the checks every file passes first:
// byte-order marks, UTF-16, text that is not text, quotes that never close, the size cap, parts
// sent out of order, and the chosen file dropped when Harbor locks.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDialog } from '../../src/main/electron/import-dialog.ts';
import type { ImportPreview } from '../../src/shared/contract/import.ts';
import type { Entry } from '../../src/shared/contract/journal.ts';
import { TEST_PASSPHRASE, unlockedCore } from '../support/core.ts';
import { bearableCsv, csvLines } from '../support/import-files.ts';
import { sendFile } from '../support/import-upload.ts';

const now = () => new Date('2025-06-30T20:00:00');
let h: Awaited<ReturnType<typeof unlockedCore>>;
beforeEach(async () => {
  h = await unlockedCore({ now });
});
afterEach(() => h.cleanup());

const dayOf = async (day: string) => (await h.value<{ entry: Entry | null }>('journalGetDay', { day })).entry;
const previewError = async () => {
  const result = await h.core.call('importPreview', {});
  if (result.ok) throw new Error('expected the preview to refuse the file');
  return result.error.message;
};

describe('Bearable CSV', () => {
  const file = bearableCsv(
    [
      { day: '2025-04-02', category: 'Mood', amount: '8', detail: 'Calm, Hopeful', notes: '' },
      { day: '2025-04-02', category: 'Sleep', amount: '7.5', detail: '', notes: '' },
      { day: '2025-04-02', category: 'Energy', amount: '3', detail: '', notes: '' },
      { day: '2025-04-02', category: 'Factors', amount: '', detail: 'Spacer w parku', notes: '' },
      { day: '2025-04-02', category: 'Notes', amount: '', detail: '', notes: 'Rozmowa z siostrą.\nدرس اللغة' },
      { day: '2025-04-01', category: 'Mood', amount: '3', detail: '', notes: '' },
      { day: '2025-04-01', category: 'Symptoms', amount: '2', detail: 'Headache (Mild)', notes: '' },
      { day: '2025-04-01', category: 'Mood', amount: 'n/a', detail: '', notes: '' },
    ],
    { bom: true, crlf: true },
  );

  it('reads mood out of 10, sleep hours, notes and factors; unused and bad rows are counted', async () => {
    await sendFile(h.core, 'bearable-export.csv', file);
    const preview = await h.value<ImportPreview>('importPreview', {});
    expect(preview.format).toBe('bearable-csv');
    expect(preview.counts).toEqual({ rows: 8, newDays: 2, mergedDays: 0, alreadyImported: 0, badRows: 1, unused: 1, timerUses: 0, copeAheadPlans: 0, hopeItems: 0 });
    expect(preview.badRows).toEqual([{ line: 10, reason: 'The mood “n/a” is not a number Harbor can read.' }]);
    expect(Object.fromEntries(preview.moods.map((m) => [m.label, m.level]))).toEqual({ '8': 4, '3': 2 });
    await h.value('importCommit', {
      moods: [{ label: '3', level: 1 }],
      activities: [{ name: 'Headache (Mild)', role: 'feeling' }, { name: 'Spacer w parku', role: 'helped' }],
    });
    const april2 = await dayOf('2025-04-02');
    expect(april2).toMatchObject({ mood: 4, extras: { sleepHours: 7.5 } });
    expect(april2?.helped.map((x) => x.label)).toEqual(['Spacer w parku']);
    expect(april2?.reflection).toBe('Rozmowa z siostrą.\nدرس اللغة\n\nActivities: Calm, Hopeful');
    const april1 = await dayOf('2025-04-01');
    expect(april1?.mood).toBe(1);
    expect(april1?.triggers).toMatchObject([{ name: 'Headache (Mild)', kind: 'feeling' }]);
    await sendFile(h.core, 'bearable-export.csv', file);
    expect((await h.value<ImportPreview>('importPreview', {})).counts).toMatchObject({ newDays: 0, alreadyImported: 6 });
  });
});

describe('a table from another app', () => {
  const table = '\uFEFFDatum;Stimmung;Notiz;Tags\n2025-03-01;4;"Gut geschlafen; dann Arbeit";Arbeit, Sport\n01.03.2025x;2;kaputt;\n02.03.2025;2;"Zweite\nZeile";Streit\n';

  it('guesses the columns, reads semicolons and day-first dates, and takes a mapping the person chose', async () => {
    await sendFile(h.core, 'mood-log.csv', table);
    const preview = await h.value<ImportPreview>('importPreview', {});
    expect(preview.format).toBe('generic-csv');
    expect(preview.table).toEqual({ headers: ['Datum', 'Stimmung', 'Notiz', 'Tags'], columns: { date: 'Datum', mood: 'Stimmung', note: 'Notiz', tags: 'Tags', tagSeparator: ',' } });
    expect(preview.badRows).toEqual([{ line: 3, reason: 'The date “01.03.2025x” is not one Harbor can read. Dates like 2024-03-14 or 14.03.2024 work.' }]);
    expect(preview.counts).toMatchObject({ newDays: 2, badRows: 1 });

    // The person says the tags are the note instead, and leaves the mood out.
    const columns = { date: 'Datum', mood: null, note: 'Tags', tags: null, tagSeparator: ',' };
    const remapped = await h.value<ImportPreview>('importPreview', { columns });
    expect(remapped.moods).toEqual([]);
    await h.value('importCommit', { columns });
    expect(await dayOf('2025-03-01')).toMatchObject({ mood: null, reflection: 'Arbeit, Sport' });
    expect(await dayOf('2025-03-02')).toMatchObject({ mood: null, reflection: 'Streit' });
  });
});

describe('checking a file before use', () => {
  it('reads UTF-16 with its byte-order mark', async () => {
    const text = 'date,mood,note\n2025-01-05,5,Żółw 亀 سلحفاة\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    await sendFile(h.core, 'utf16.csv', utf16);
    await h.value('importCommit', {});
    expect(await dayOf('2025-01-05')).toMatchObject({ mood: 5, reflection: 'Żółw 亀 سلحفاة' });
  });

  it('refuses bytes that are not text, and a quote that never closes, in plain words', async () => {
    await sendFile(h.core, 'photo.csv', Buffer.from([0x66, 0x6f, 0xc3, 0x28, 0x0a]));
    expect(await previewError()).toBe('photo.csv is not a text file Harbor can read. Export it again from the app as CSV (UTF-8), or choose a .daylio backup. Nothing was imported.');
    await sendFile(h.core, 'nul.csv', 'date,note\n2025-01-01,a\0b\n');
    expect(await previewError()).toContain('nul.csv is not a text file');
    await sendFile(h.core, 'open-quote.csv', csvLines([['date', 'note'], ['2025-01-01', 'fine']]) + '2025-01-02,"never closed\n2025-01-03,x\n');
    expect(await previewError()).toBe('Harbor could not read open-quote.csv as a table (a quote opened on line 3 is never closed). Export it again from the app and choose it here. Nothing was imported.');
  });

  it('refuses a file over 32 MB, parts out of order, and previewing before a file is chosen', async () => {
    const tooBig = await h.core.call('importAddBytes', { name: 'huge.csv', totalBytes: 33 * 1024 * 1024, offset: 0, base64: '' });
    expect(tooBig).toMatchObject({ ok: false, error: { message: 'That file is larger than 32 MB, more than any journal Harbor can import.' } });
    expect(await previewError()).toBe('Choose a file to import first.');
    await h.value('importAddBytes', { name: 'a.csv', totalBytes: 10, offset: 0, base64: Buffer.from('date,').toString('base64') });
    const skipped = await h.core.call('importAddBytes', { name: 'a.csv', totalBytes: 10, offset: 7, base64: Buffer.from('abc').toString('base64') });
    expect(skipped).toMatchObject({ ok: false, error: { message: 'Part of the file went missing on its way. Choose the file again.' } });
    expect(await previewError()).toBe('Choose a file to import first.');
  });

  it('forgets the chosen file when Harbor locks', async () => {
    await sendFile(h.core, 'a.csv', 'date,note\n2025-01-01,hello\n');
    await h.value('importPreview', {});
    await h.value('vaultLock', {});
    await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    expect(await previewError()).toBe('Choose a file to import first.');
  });
});

describe("the desktop app's own open dialog", () => {
  it('reads the chosen file itself; a pipe, a link or a cancelled dialog gives nothing to import', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'harbor-import-dialog-'));
    let desktop: Awaited<ReturnType<typeof unlockedCore>> | null = null;
    try {
      const csv = join(folder, 'daylio_export.csv');
      writeFileSync(csv, 'full_date,date,weekday,time,mood,activities,note_title,note\n2025-01-02,January 2,Thursday,20:00,good,work,,\n');
      symlinkSync(csv, join(folder, 'link.csv'));
      execFileSync('mkfifo', [join(folder, 'pipe.csv')]);
      let answer: string | null = null;
      const shown: unknown[] = [];
      // The desktop app's core, with its open dialog.
      const ready = await unlockedCore({
        now,
        platform: {
          importDialog: importDialog({
            dialog: { showOpenDialog: async (options: unknown) => (shown.push(options), answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answer] }) } as never,
            window: () => null,
            defaultFolder: () => folder,
          }),
        },
      });
      desktop = ready;
      expect(await ready.value('importChooseFile', { open: false })).toEqual({ supported: true, file: null });
      expect(shown).toHaveLength(0);
      expect(await ready.value('importChooseFile', {})).toEqual({ supported: true, file: null });
      answer = csv;
      expect(await ready.value('importChooseFile', {})).toEqual({ supported: true, file: { name: 'daylio_export.csv', sizeBytes: statSync(csv).size } });
      expect(await ready.value<ImportPreview>('importPreview', {})).toMatchObject({ format: 'daylio-csv', counts: { newDays: 1 } });
      for (const name of ['pipe.csv', 'link.csv']) {
        answer = join(folder, name);
        const refused = await ready.core.call('importChooseFile', {});
        expect(refused).toMatchObject({ ok: false, error: { message: `Harbor could not read ${name} to import. Choose the file itself (a .csv, .json or .daylio file of at most 32 MB). Nothing was imported.` } });
      }
      expect(shown[0]).toMatchObject({ title: 'Choose a file to import', defaultPath: folder, properties: ['openFile'] });
    } finally {
      desktop?.cleanup();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
