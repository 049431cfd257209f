// The safety plan's wallet card, made by the real core from a real encrypted journal: the PDF holds
// every word of the plan (read back with a PDF text extractor), long steps continue on the next
// panel instead of being cut, the cut marks outline panels of exactly 85.6 × 54 mm, and discreet
// mode gives the card a neutral heading and file name.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PDFDocument, PDFArray, PDFRawStream, decodePDFRawStream, type PDFPage } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import type { ExportResult } from '../../src/shared/contract/recovery.ts';
import { revealingWords } from '../../src/shared/vocabulary.ts';
import { unlockedCore } from '../support/core.ts';

const MM = 72 / 25.4;
/** Two steps near the 4,000-character limit each: more than one page of panels. */
const long = (what: string) =>
  Array.from({ length: 45 }, (_, i) => `${what} ${i + 1}: I notice I stop answering messages and stay in my room longer`).join('\n');
const LONG = { warning_signs: long('Sign'), alone: long('Step') };
const PLAN = {
  warning_signs: 'I stop answering messages',
  alone: 'Hold an ice cube. Listen to the rain playlist.',
  distractions: 'The library on Hill Street',
  helpers: 'Ask for a walk',
  professionals: 'My therapist on Tuesdays',
  safer_surroundings: 'Give the box in the drawer to Sam',
  reasons: 'My cat Miso, my sister, the sea in summer',
};
const CONTACTS = [
  { section: 'helpers', name: 'Sam', reach: '07700 900123', country: '' },
  { section: 'professionals', name: 'Dr Okafor', reach: '020 7946 0000', country: '' },
];

let h: Awaited<ReturnType<typeof unlockedCore>>;
beforeEach(async () => {
  h = await unlockedCore({ now: () => new Date('2025-03-14T20:00:00') });
});
afterEach(() => h.cleanup());

async function card(): Promise<{ fileName: string; bytes: Uint8Array }> {
  const result = await h.value<ExportResult>('safetyPlanWalletCard', { understood: true });
  if (result.delivery !== 'download') throw new Error('expected a download in the core without a save dialog');
  expect(result.mimeType).toBe('application/pdf');
  return { fileName: result.fileName, bytes: new Uint8Array(Buffer.from(result.content, 'base64')) };
}

async function pagesText(bytes: Uint8Array): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false });
  return text;
}

/** The card's text with panel headers and "(continued)" lines taken out, and spaces made plain. */
function flowing(pages: readonly string[]): string {
  return pages
    .join('\n')
    .replace(/My (safety )?plan · \d+ of \d+/g, ' ')
    .replace(/\d\. [A-Za-z ]+ \(continued\)/g, ' ')
    .replace(/Cut along the marks\. Each card is the size of a bank card\./g, ' ')
    .replace(/\s+/g, ' ');
}

/** Every straight line the page draws (pdf-lib writes "x y m x y l"), from its content stream. */
function drawnLines(page: PDFPage): { x1: number; y1: number; x2: number; y2: number }[] {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  const source = streams
    .map((stream) => (stream instanceof PDFRawStream ? new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode()) : ''))
    .join('\n');
  return [...source.matchAll(/(-?[\d.]+) (-?[\d.]+) m\s+(-?[\d.]+) (-?[\d.]+) l/g)].map((m) => ({
    x1: Number(m[1]),
    y1: Number(m[2]),
    x2: Number(m[3]),
    y2: Number(m[4]),
  }));
}

async function savePlan(sections: Record<string, string>, contacts = CONTACTS): Promise<void> {
  await h.value('safetyPlanSave', { sections, contacts });
}

describe('wallet card', () => {
  it('holds every step, person and crisis line of the plan, in order', async () => {
    await savePlan(PLAN, [...CONTACTS, { section: 'professionals', name: 'Samaritans', reach: 'call 116 123', country: 'United Kingdom and Ireland' }]);
    const { fileName, bytes } = await card();
    expect(fileName).toBe('safety-plan-wallet-card.pdf');
    const text = flowing(await pagesText(bytes));
    const expected = [
      'In danger right now',
      'Call your local emergency number.',
      '1. Warning signs',
      PLAN.warning_signs,
      '2. Things I can do on my own',
      PLAN.alone,
      '3. People and places that take my mind off things',
      PLAN.distractions,
      '4. People I can ask for help',
      PLAN.helpers,
      'Sam 07700 900123',
      '5. Professionals and services',
      PLAN.professionals,
      'Dr Okafor 020 7946 0000',
      'Samaritans call 116 123 (United Kingdom and Ireland)',
      '6. Making my surroundings safer',
      PLAN.safer_surroundings,
      '7. My reasons for living',
      PLAN.reasons,
    ];
    let at = 0;
    for (const piece of expected) {
      const found = text.indexOf(piece, at);
      expect(found, `"${piece}" after position ${at}`).toBeGreaterThanOrEqual(0);
      at = found + piece.length;
    }
    expect((await pagesText(bytes)).join('\n')).toContain('My safety plan · 1 of');
  });

  it('continues a long step on the next panels and never cuts a word', async () => {
    await savePlan({ ...PLAN, ...LONG });
    const pages = await pagesText((await card()).bytes);
    const all = pages.join('\n');
    const panels = Number(/My safety plan · 1 of (\d+)/.exec(all)?.[1]);
    expect(panels).toBeGreaterThan(8); // more than one page of panels
    expect(pages).toHaveLength(Math.ceil(panels / 8));
    expect(all).toContain('1. Warning signs (continued)');
    const text = flowing(pages);
    for (const line of [...LONG.warning_signs.split('\n'), ...LONG.alone.split('\n')]) expect(text, line).toContain(line);
    expect(all).toContain('2. Things I can do on my own (continued)');
    // Line breaks stay line breaks: no character is replaced by "?".
    expect(all).not.toContain('?');
    expect(text).toContain(PLAN.reasons);
  });

  it('draws cut marks around panels of exactly 85.6 × 54 mm, eight to an A4 page', async () => {
    await savePlan({ ...PLAN, ...LONG });
    const doc = await PDFDocument.load((await card()).bytes);
    const page = doc.getPage(0);
    expect(page.getSize()).toEqual({ width: 595.28, height: 841.89 });
    const lines = drawnLines(page);
    // Horizontal marks lie on a panel's top or bottom edge and start 2 pt out from its corner.
    const horizontal = lines.filter((l) => l.y1 === l.y2);
    const vertical = lines.filter((l) => l.x1 === l.x2);
    // Eight panels, each with a horizontal and a vertical mark at each of its four corners.
    expect(horizontal).toHaveLength(8 * 4);
    expect(vertical).toHaveLength(8 * 4);
    const corners = (values: number[]) => [...new Set(values.map((v) => v.toFixed(2)))].map(Number).sort((a, b) => a - b);
    const xs = corners(horizontal.map((l) => l.x1 - Math.sign(l.x2 - l.x1) * 2));
    const ys = corners(vertical.map((l) => l.y1 - Math.sign(l.y2 - l.y1) * 2));
    expect(xs).toHaveLength(4); // two columns: left and right edge each
    expect(ys).toHaveLength(8); // four rows
    for (let i = 0; i < xs.length; i += 2) expect(xs[i + 1]! - xs[i]!).toBeCloseTo(85.6 * MM, 1);
    for (let i = 0; i < ys.length; i += 2) expect(ys[i + 1]! - ys[i]!).toBeCloseTo(54 * MM, 1);
    // The panels fit on the page with room to cut.
    expect(xs[0]).toBeGreaterThan(10);
    expect(xs.at(-1)).toBeLessThan(595.28 - 10);
  });

  it('in discreet mode: a neutral heading and file name, and no revealing word from Harbor', async () => {
    await savePlan(PLAN, [...CONTACTS, { section: 'professionals', name: '988 Suicide & Crisis Lifeline', reach: 'call or text 988', country: 'United States' }]);
    await h.value('settingsUpdate', { discreetMode: true });
    const { fileName, bytes } = await card();
    expect(fileName).toBe('notes-card.pdf');
    const pages = await pagesText(bytes);
    expect(pages.join('\n')).toContain('My plan · 1 of');
    expect(pages.join('\n')).not.toMatch(/safety|Harbor/i);
    expect(pages.join('\n')).not.toMatch(revealingWords);
    expect(flowing(pages)).toContain('988 Lifeline call or text 988 (United States)');
    expect((await PDFDocument.load(bytes)).getTitle()).toBe('My plan');
  });

  it('works with an empty plan, and refuses without the "not encrypted" confirmation', async () => {
    const text = flowing(await pagesText((await card()).bytes));
    expect(text).toContain('Call your local emergency number.');
    expect(text).not.toContain('Warning signs');
    expect(await h.core.call('safetyPlanWalletCard', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
