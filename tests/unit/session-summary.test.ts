// The session summary for a therapist, made by the real core from a real encrypted journal: the PDF
// (read back with a PDF text extractor) holds Polish, Japanese and Arabic words as written, holds
// only the parts chosen, matches the preview page by page, and starts by default where the last
// summary ended. The "to talk about" list: add, edit, tick off, remove, encrypted at rest.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import type { ExportResult } from '../../src/shared/contract/recovery.ts';
import type { SummaryPreview, TalkAboutItem } from '../../src/shared/contract/summary.ts';
import { summarySections } from '../../src/shared/contract/summary.ts';
import type { Relapse } from '../../src/shared/contract/recovery.ts';
import { unlockedCore } from '../support/core.ts';

const POLISH = 'Zażółć gęślą jaźń';
const JAPANESE = '今日は穏やかな一日でした';
const ARABIC = 'كان يومًا هادئًا';

let clock = new Date(2025, 2, 30, 20, 0);
let h: Awaited<ReturnType<typeof unlockedCore>>;
beforeEach(async () => {
  clock = new Date(2025, 2, 30, 20, 0);
  h = await unlockedCore({ now: () => clock });
});
afterEach(() => h.cleanup());

type List = { items: TalkAboutItem[] };
const save = (day: string, checkIn: Record<string, unknown>) => h.value('journalSaveEntry', { day, checkIn });

async function summary(parts: readonly string[], extra: Record<string, unknown> = {}) {
  const request = { from: '2025-03-03', to: '2025-03-30', parts, includeNotes: true, ...extra };
  const preview = await h.value<SummaryPreview>('summaryPreview', request);
  const result = await h.value<ExportResult>('summaryExport', { ...request, understood: true });
  if (result.delivery !== 'download') throw new Error('expected a download in the core without a save dialog');
  expect(result.mimeType).toBe('application/pdf');
  const bytes = new Uint8Array(Buffer.from(result.content, 'base64'));
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: false });
  return { preview, fileName: result.fileName, pages: text, all: text.join('\n') };
}

/** A finished urge-timer round on `day`, with ratings every few minutes. */
async function round(day: number, ratings: { minute: number; urge: number }[]) {
  const startedAt = new Date(2025, 2, day, 18, 0).getTime();
  await h.value('copingUseSave', {
    id: crypto.randomUUID(),
    startedAt,
    endedAt: startedAt + ratings.at(-1)!.minute * 60_000,
    minutesPlanned: 20,
    urgeBefore: ratings[0]!.urge,
    urgeAfter: ratings.at(-1)!.urge,
    outcome: 'time-up',
    ratings,
    items: [],
    note: '',
  });
}

describe('the session summary', () => {
  it('shows Polish, Japanese and Arabic as written, in the diary card, the chain analysis and the list', async () => {
    await save('2025-03-10', { mood: 3, peakUrge: 4, triggers: [{ name: 'Praca', kind: 'situation' }], reflection: POLISH });
    await save('2025-03-11', { mood: 4, triggers: [{ name: 'Praca', kind: 'situation' }], reflection: JAPANESE });
    await save('2025-03-12', { mood: 4, helped: [{ label: 'Spacer', rating: 4 }], reflection: ARABIC });
    const relapse = await h.value<Relapse>('relapseRecord', { day: '2025-03-20' });
    await h.value('chainSave', {
      relapseId: relapse.id,
      content: {
        vulnerabilities: [POLISH],
        promptingEvent: JAPANESE,
        links: [{ kind: 'feeling', text: ARABIC, repair: 'Call Sam' }],
        whatHappened: '',
        consequences: '',
      },
    });
    for (const text of [POLISH, JAPANESE, ARABIC]) await h.value<List>('talkAboutAdd', { text });
    for (const day of [14, 15, 16]) await round(day, [{ minute: 0, urge: 8 }, { minute: 10, urge: 5 }, { minute: 20, urge: 3 }]);

    const { all, preview, pages } = await summary(summarySections);
    // Whole lines (the list, the chain analysis) come back exactly.
    for (const phrase of [POLISH, JAPANESE, ARABIC]) {
      expect(all).toContain(phrase);
      expect(preview.pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n')).toContain(phrase);
    }
    expect(all).toContain(`What set it off: ${JAPANESE}`);
    expect(all).toContain('Things I want to talk about');
    // In the narrow diary-card cells the words wrap; joined up they are all there.
    const squeezed = all.replace(/\s+/g, '');
    for (const phrase of [POLISH, JAPANESE, ARABIC]) expect(squeezed).toContain(phrase.replace(/\s+/g, ''));
    expect(all).toContain('Praca: noted on 2 days');
    expect(all).toMatch(/Spacer: 1 day/);
    expect(all).toContain('How my urges passed');
    expect(all).not.toContain('Not enough urge-timer rounds');
    // The preview is the PDF, page by page.
    expect(preview.pages).toHaveLength(pages.length);
    preview.pages.forEach((page, i) => {
      expect(pages[i]).toContain(page.lines.at(-1)!.text);
      // Every line of running text on the page is in the preview, word for word.
      const squeeze = (text: string) => text.replace(/\s+/g, '');
      for (const line of page.lines.filter((l) => l.style !== 'table')) expect(squeeze(pages[i]!)).toContain(squeeze(line.text));
    });
    expect(preview.pages[0]!.lines[0]).toEqual({ text: 'Session summary, 3 Mar to 30 March 2025', style: 'title', indent: 0 });
  });

  it('holds only the parts chosen, in a fixed order', async () => {
    await save('2025-03-10', { mood: 3, helped: [{ label: 'Spacer', rating: 4 }], reflection: 'Riverwalk' });
    await h.value('talkAboutAdd', { text: 'Sleep before exams' });

    const onlyList = await summary(['talk-about']);
    expect(onlyList.all).toContain('Things I want to talk about');
    expect(onlyList.all).toContain('Sleep before exams');
    for (const other of ['Diary card', 'What helped', 'How my urges passed', 'Looking back at hard moments', 'Your safety plan', 'Riverwalk']) {
      expect(onlyList.all).not.toContain(other);
    }

    const two = await summary(['talk-about', 'diary-card']);
    expect(two.all).toContain('Riverwalk');
    expect(two.all.indexOf('Week of')).toBeLessThan(two.all.indexOf('Things I want to talk about'));
    expect(two.all).not.toContain('What helped');

    const withoutNotes = await summary(['diary-card'], { includeNotes: false });
    expect(withoutNotes.all).not.toContain('Riverwalk');

    const none = await h.core.call('summaryPreview', { from: '2025-03-03', to: '2025-03-30', parts: [] });
    expect(none).toMatchObject({ ok: false, error: { message: expect.stringContaining('Choose at least one part') } });
  });

  it('starts where the last summary ended, or four weeks back; discreet mode names the file "notes"', async () => {
    expect(await h.value('summaryDefaultRange')).toEqual({ from: '2025-03-03', to: '2025-03-30', lastMadeOn: null });
    const first = await summary(['talk-about']);
    expect(first.fileName).toBe('session-summary-2025-03-03-to-2025-03-30.pdf');
    clock = new Date(2025, 3, 6, 9, 0);
    expect(await h.value('summaryDefaultRange')).toEqual({ from: '2025-03-31', to: '2025-04-06', lastMadeOn: '2025-03-30' });

    await h.value('settingsUpdate', { discreetMode: true });
    const discreet = await summary(['safety-plan', 'diary-card']);
    expect(discreet.fileName).toMatch(/^notes-/);
    expect(discreet.all).toContain('Your plan');
    expect(discreet.all).toContain('Acted on an urge');
    const shown = discreet.preview.pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n');
    for (const text of [discreet.all, shown]) expect(text).not.toMatch(/safety plan|self-harm/i);
  });
});

describe('the "to talk about" list', () => {
  it('adds, edits, ticks off and back, and removes; ticked items leave the summary', async () => {
    const first = (await h.value<List>('talkAboutAdd', { text: '  The new medication  ' })).items[0]!;
    expect(first).toMatchObject({ text: 'The new medication', doneAt: null });
    await h.value<List>('talkAboutAdd', { text: 'Weekends alone' });

    let list = await h.value<List>('talkAboutUpdate', { id: first.id, text: 'The new medication and sleep' });
    expect(list.items.map((i) => i.text)).toEqual(['The new medication and sleep', 'Weekends alone']);

    list = await h.value<List>('talkAboutUpdate', { id: first.id, done: true });
    expect(list.items[0]!.doneAt).toBe(clock.getTime());
    expect((await summary(['talk-about'])).all).not.toContain('The new medication and sleep');
    list = await h.value<List>('talkAboutUpdate', { id: first.id, done: false });
    expect(list.items[0]!.doneAt).toBeNull();

    list = await h.value<List>('talkAboutRemove', { id: first.id });
    expect(list.items.map((i) => i.text)).toEqual(['Weekends alone']);
    expect(await h.value<List>('talkAboutList')).toEqual(list);

    expect(await h.core.call('talkAboutRemove', { id: first.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await h.core.call('talkAboutAdd', { text: '   ' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('a few words') } });
    expect(await h.core.call('talkAboutAdd', { text: 'x'.repeat(501) })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('is encrypted at rest', async () => {
    const marker = `talk-${crypto.randomUUID()}`;
    await h.value('talkAboutAdd', { text: marker });
    h.core.close();
    const files = readdirSync(h.dataDir).map((name) => join(h.dataDir, name)).filter((p) => statSync(p).isFile());
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(readFileSync(file).includes(Buffer.from(marker, 'utf8'))).toBe(false);
  });
});
