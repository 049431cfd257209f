// Exports for a therapist, checked against a seeded week: the diary card's values per day (CSV
// parsed back with a separate reader), the journal in Markdown and JSON (every entry in the range
// and nothing outside it), the PDF's pages, and delivery through a save dialog.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CopingBoxView } from '../../src/shared/contract/coping.ts';
import type { ExportResult, Relapse } from '../../src/shared/contract/recovery.ts';
import { csvField } from '../../src/main/core/recovery/csv.ts';
import { saveFileWithDialog, writeExport } from '../../src/main/electron/export-file.ts';
import { unlockedCore } from '../support/core.ts';

/** RFC 4180 reader written for this test, independent of the exporter. */
function parseCsv(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"') {
      expect(field).toBe(''); // a quote may only open a field
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r') {
      expect(text[i + 1]).toBe('\n'); // records end with CRLF
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (ch === '\n') {
      throw new Error(`bare LF outside quotes at ${i}`);
    } else field += ch;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

const WEEK = ['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14', '2025-03-15', '2025-03-16'];
const NOTE = 'Walked, then "rested".\nSecond line, with comma';
let h: Awaited<ReturnType<typeof unlockedCore>>;
let itemTitle: string;

async function exportOf(format: string, from: string, to: string, includeNotes = false): Promise<Extract<ExportResult, { delivery: 'download' }>> {
  const result = await h.value<ExportResult>('recoveryExport', { format, from, to, includeNotes, understood: true });
  if (result.delivery !== 'download') throw new Error('expected a download');
  return result;
}

beforeAll(async () => {
  h = await unlockedCore({ now: () => new Date(2025, 2, 24, 20, 0) });
  const save = (day: string, checkIn: Record<string, unknown>) => h.value('journalSaveEntry', { day, checkIn });
  await save('2025-03-09', { mood: 1, triggers: [{ name: 'Outside-before', kind: 'situation' }], reflection: 'before the week' });
  await save('2025-03-10', {
    mood: 2,
    emotions: [
      { name: 'Sadness', rating: 4 },
      { name: 'Anger', rating: 1 },
    ],
    peakUrge: 6,
    selfHarm: 'no',
    triggers: [
      { name: 'Argument at work', kind: 'situation' },
      { name: 'Not good enough, "really"', kind: 'thought' },
    ],
    helped: [{ label: 'Cold water', rating: 4 }],
    reflection: NOTE,
  });
  await save('2025-03-12', {
    mood: 3,
    emotions: [
      { name: 'Sadness', rating: 2 },
      { name: 'Shame', rating: 3 },
    ],
    peakUrge: 8,
    selfHarm: 'yes',
    triggers: [{ name: 'Lonely', kind: 'feeling' }],
    helped: [{ label: 'Music', rating: null }],
    prompts: [{ key: 'kind', answer: 'I got through it.' }],
  });
  await save('2025-03-14', { peakUrge: 0, selfHarm: 'unsaid' });
  await save('2025-03-16', { mood: 4, emotions: [{ name: 'Calm', rating: 3 }] });
  await save('2025-03-17', { mood: 5, triggers: [{ name: 'Outside-after', kind: 'situation' }], reflection: 'after the week' });
  // A check-in in "recently deleted" is not exported.
  await save('2025-03-15', { mood: 1, reflection: 'deleted day' });
  await h.value('journalDeleteEntry', { day: '2025-03-15' });

  const relapse = await h.value<Relapse>('relapseRecord', { day: '2025-03-13' });
  await h.value('relapseReflect', {
    id: relapse.id,
    reflection: { vulnerable: 'No sleep', trigger: '', thoughts: '', feelings: '', after: '', nextTime: 'Call Sam' },
  });
  await h.value('relapseRecord', { day: '2025-03-18' });

  const box = await h.value<CopingBoxView>('copingBox');
  const item = box.items[0]!;
  itemTitle = item.title;
  await h.value('copingUseSave', {
    id: crypto.randomUUID(),
    startedAt: new Date(2025, 2, 12, 22, 0).getTime(),
    endedAt: new Date(2025, 2, 12, 22, 15).getTime(),
    minutesPlanned: 15,
    urgeBefore: 8,
    urgeAfter: 3,
    outcome: 'time-up',
    items: [{ id: item.id, starterKey: item.starterKey }],
    note: '',
  });
  // The next day's use is outside the week's last column only if it is outside the range.
  await h.value('copingUseSave', {
    id: crypto.randomUUID(),
    startedAt: new Date(2025, 2, 17, 9, 0).getTime(),
    endedAt: null,
    minutesPlanned: 5,
    urgeBefore: 5,
    urgeAfter: null,
    outcome: null,
    items: [],
    note: '',
  });
});

afterAll(() => h.cleanup());

describe('diary card', () => {
  it('CSV: days as columns, values per day for the seeded week, and it parses back', async () => {
    const file = await exportOf('diary-csv', WEEK[0]!, WEEK[6]!, true);
    expect(file).toMatchObject({ fileName: 'diary-card-2025-03-10-to-2025-03-16.csv', mimeType: 'text/csv;charset=utf-8', encoding: 'utf8' });
    const rows = parseCsv(file.content);
    expect(rows).toEqual([
      ['Diary card', ...WEEK],
      ['Day', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
      ['Mood (1 very low to 5 very good)', '2', '', '3', '', '', '', '4'],
      ['Sadness (0 to 5)', '4', '', '2', '', '', '', ''],
      ['Anger (0 to 5)', '1', '', '', '', '', '', ''],
      ['Shame (0 to 5)', '', '', '3', '', '', '', ''],
      ['Calm (0 to 5)', '', '', '', '', '', '', '3'],
      ['Strongest urge (0 to 10)', '6', '', '8', '', '0', '', ''],
      // Thursday has no check-in, but a relapse was noted that day.
      ['Self-harm', 'no', '', 'yes', 'yes', 'not said', '', ''],
      ['Triggers', 'Argument at work; Not good enough, "really"', '', 'Lonely', '', '', '', ''],
      ['Coping used (how much it helped, 0 to 5)', 'Cold water (4)', '', `Music; Urge timer with ${itemTitle} (urge 8 to 3)`, '', '', '', ''],
      ['Notes', NOTE, '', '', '', '', '', ''],
    ]);
    // Every row has one field per day plus the label.
    for (const row of rows) expect(row).toHaveLength(8);
  });

  it('CSV leaves notes out unless asked, and covers only the chosen days', async () => {
    const rows = parseCsv((await exportOf('diary-csv', '2025-03-12', '2025-03-13')).content);
    expect(rows[0]).toEqual(['Diary card', '2025-03-12', '2025-03-13']);
    expect(rows.map((r) => r[0])).not.toContain('Notes');
    expect(rows.find((r) => r[0] === 'Mood (1 very low to 5 very good)')).toEqual(['Mood (1 very low to 5 very good)', '3', '']);
    // Only emotions rated in these days get a row.
    expect(rows.filter((r) => r[0]!.endsWith('(0 to 5)') && !r[0]!.startsWith('Coping')).map((r) => r[0])).toEqual([
      'Sadness (0 to 5)',
      'Shame (0 to 5)',
    ]);
  });

  it('quotes fields the RFC 4180 way', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('PDF: starts with %PDF and has one page per week', async () => {
    const pages = async (from: string, to: string) => {
      const file = await exportOf('diary-pdf', from, to, true);
      expect(file).toMatchObject({ mimeType: 'application/pdf', encoding: 'base64', fileName: `diary-card-${from}-to-${to}.pdf` });
      const bytes = Buffer.from(file.content, 'base64');
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      return (await PDFDocument.load(bytes)).getPageCount();
    };
    expect(await pages('2025-03-10', '2025-03-16')).toBe(1);
    expect(await pages('2025-03-10', '2025-03-23')).toBe(2);
    // Wednesday to Tuesday spans two calendar weeks.
    expect(await pages('2025-03-12', '2025-03-18')).toBe(2);
    expect(await pages('2025-03-01', '2025-03-31')).toBe(6);
  });

  it('PDF copes with characters Helvetica cannot draw', async () => {
    await h.value('journalSaveEntry', {
      day: '2025-03-20',
      checkIn: { triggers: [{ name: 'Ärger 😊 Злость ő', kind: 'feeling' }], reflection: 'x'.repeat(5000) },
    });
    const file = await exportOf('diary-pdf', '2025-03-20', '2025-03-20', true);
    expect((await PDFDocument.load(Buffer.from(file.content, 'base64'))).getPageCount()).toBe(1);
    await h.value('journalDeleteEntry', { day: '2025-03-20' });
  });
});

describe('journal export', () => {
  it('Markdown has every check-in and relapse in the range and nothing outside it', async () => {
    const file = await exportOf('journal-md', WEEK[0]!, WEEK[6]!);
    expect(file).toMatchObject({ fileName: 'journal-2025-03-10-to-2025-03-16.md', encoding: 'utf8' });
    const md = file.content;
    expect(md.match(/^## .*$/gm)).toEqual([
      '## Monday, 10 March 2025',
      '## Wednesday, 12 March 2025',
      '## Thursday, 13 March 2025',
      '## Friday, 14 March 2025',
      '## Sunday, 16 March 2025',
    ]);
    expect(md).toContain('not encrypted');
    expect(md).toContain('- Mood: 2 of 5 (Low)');
    expect(md).toContain('- Triggers: Argument at work (situation), Not good enough, "really" (thought)');
    expect(md).toContain('Walked, then "rested".  \nSecond line, with comma');
    expect(md).toContain('### One kind thing you can say to yourself\n\nI got through it.');
    expect(md).toContain('### Self-harm noted');
    expect(md).toContain('**What could help next time?**\n\nCall Sam');
    for (const outside of ['Outside-before', 'Outside-after', 'before the week', 'after the week', 'deleted day', '18 March']) {
      expect(md).not.toContain(outside);
    }
  });

  it('JSON has exactly the check-ins and relapses in the range', async () => {
    const file = await exportOf('journal-json', WEEK[0]!, WEEK[6]!);
    expect(file.mimeType).toBe('application/json');
    const data = JSON.parse(file.content) as {
      format: string;
      from: string;
      to: string;
      entries: { day: string; mood: number | null; triggers: { name: string }[]; reflection: string }[];
      relapses: { day: string; reflection: { nextTime: string } }[];
    };
    expect(data).toMatchObject({ format: 'harbor-journal-export', from: '2025-03-10', to: '2025-03-16' });
    expect(data.entries.map((e) => e.day)).toEqual(['2025-03-10', '2025-03-12', '2025-03-14', '2025-03-16']);
    expect(data.entries[0]).toMatchObject({ mood: 2, reflection: NOTE });
    expect(data.entries[0]!.triggers.map((t) => t.name)).toEqual(['Argument at work', 'Not good enough, "really"']);
    // The check-in of the 12th said "yes", so that day has a lapse note too (one story per day).
    expect(data.relapses.map((r) => r.day)).toEqual(['2025-03-12', '2025-03-13']);
    expect(data.relapses[1]!.reflection.nextTime).toBe('Call Sam');
  });

  it('an empty range says so', async () => {
    const md = (await exportOf('journal-md', '2025-01-01', '2025-01-07')).content;
    expect(md).toContain('There are no check-ins in this range.');
    expect(JSON.parse((await exportOf('journal-json', '2025-01-01', '2025-01-07')).content).entries).toEqual([]);
  });
});

describe('export requests and delivery', () => {
  it('refuses an export without the "not encrypted" acknowledgement, a reversed range or more than a year', async () => {
    const base = { format: 'diary-csv', from: '2025-03-10', to: '2025-03-16', includeNotes: false };
    expect(await h.core.call('recoveryExport', base)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await h.core.call('recoveryExport', { ...base, understood: false })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/not encrypted/) },
    });
    expect(await h.core.call('recoveryExport', { ...base, from: '2025-03-17', understood: true })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/start date is after the end date/) },
    });
    expect(await h.core.call('recoveryExport', { ...base, from: '2024-01-01', understood: true })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/at most 366 days/) },
    });
  });

  it('in the desktop app, a save dialog writes the file, and a cancelled dialog writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbor-export-'));
    const closeLater: (() => void)[] = [];
    try {
      let answer: { canceled: boolean; filePath?: string } = { canceled: false, filePath: join(dir, 'card.csv') };
      const asked: string[] = [];
      const port = saveFileWithDialog({
        dialog: {
          showSaveDialog: (async (...args: unknown[]) => {
            asked.push((args.at(-1) as { defaultPath: string }).defaultPath);
            return answer;
          }) as never,
        },
        window: () => null,
        defaultFolder: () => '/home/someone/Documents',
      });
      // The desktop app's core, with its save dialog (the page-download core above has none).
      const desktop = await unlockedCore({ now: () => new Date(2025, 2, 24, 20, 0), platform: { saveFile: port } });
      closeLater.push(() => desktop.cleanup());
      const saved = await desktop.value<ExportResult>('recoveryExport', { format: 'diary-csv', from: WEEK[0], to: WEEK[6], understood: true });
      expect(saved).toEqual({ delivery: 'saved', fileName: 'card.csv' });
      expect(asked).toEqual(['/home/someone/Documents/diary-card-2025-03-10-to-2025-03-16.csv']);
      expect(parseCsv(readFileSync(join(dir, 'card.csv'), 'utf8'))[0]).toEqual(['Diary card', ...WEEK]);

      answer = { canceled: true };
      expect(await desktop.value('recoveryExport', { format: 'journal-md', from: WEEK[0], to: WEEK[6], understood: true })).toEqual({
        delivery: 'cancelled',
      });

      // A "folder" that is really a file cannot take the export: a clear message, nothing written.
      writeFileSync(join(dir, 'not-a-folder'), 'x');
      answer = { canceled: false, filePath: join(dir, 'not-a-folder', 'card.pdf') };
      const refused = await desktop.core.call('recoveryExport', { format: 'diary-pdf', from: WEEK[0], to: WEEK[6], understood: true });
      expect(refused).toMatchObject({ ok: false, error: { code: 'read_only', message: expect.stringMatching(/Nothing was saved. Choose another folder/) } });
    } finally {
      for (const close of closeLater.splice(0)) close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writing into a missing folder says what to do', async () => {
    await expect(writeExport('/nonexistent-harbor-folder/x/card.csv', new Uint8Array([1]))).rejects.toMatchObject({
      code: 'read_only',
      message: expect.stringMatching(/does not exist/),
    });
  });
});
