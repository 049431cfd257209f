// The diary card as a PDF, one landscape A4 page per week (a week that does not fit continues on
// the next page). pdf-lib writes it in plain JavaScript with the standard Helvetica font, so no
// font file is shipped and the same bytes come out under Node and in Electron. Helvetica covers
// Western European letters only: other characters are simplified (é stays, ő becomes o) or shown
// as "?", and the export screen says so; CSV, Markdown and JSON keep every character.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { DiaryCard } from './diary-card.ts';
import { formatDate, formatShortDate, formatShortWeekday, weekStartOf, type WeekStart } from '../../../shared/calendar.ts';

const PAGE: [number, number] = [841.89, 595.28];
const MARGIN = 36;
const LABEL_WIDTH = 150;
const DAY_WIDTH = (PAGE[0] - 2 * MARGIN - LABEL_WIDTH) / 7;
const SIZE = 8;
const LINE = 10;
const PAD = 4;
/** A cell never grows past this many lines; longer text ends with "…" (the CSV keeps it whole). */
const MAX_LINES = { notes: 16, other: 8 } as const;

const ink = rgb(0.13, 0.15, 0.16);
const muted = rgb(0.38, 0.41, 0.43);
const rule = rgb(0.78, 0.8, 0.8);
const shade = rgb(0.93, 0.94, 0.93);

export async function diaryCardPdf(card: DiaryCard, exportedOn: string, weekStart: WeekStart = 'monday'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Diary card, ${card.from} to ${card.to}`);
  doc.setCreator('Harbor');
  doc.setProducer('Harbor');
  // A fixed date keeps the same card producing the same file.
  doc.setCreationDate(new Date(`${exportedOn}T00:00:00Z`));
  doc.setModificationDate(new Date(`${exportedOn}T00:00:00Z`));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const fonts = { font: winAnsi(font), bold: winAnsi(bold) };

  const weeks = new Map<string, number[]>();
  // One page per week of the person's own week (Monday, Sunday or Saturday first).
  card.days.forEach((day, index) => {
    const week = weekStartOf(day, weekStart);
    weeks.set(week, [...(weeks.get(week) ?? []), index]);
  });

  for (const [firstDay, indexes] of weeks) {
    const days = indexes.map((i) => card.days[i]!);
    const title = `Diary card: week of ${formatDate(firstDay)}`;
    let page = newPage(doc, title, fonts);
    let y = drawHeaderRow(page, days, fonts, PAGE[1] - MARGIN - 44);
    for (const row of card.rows) {
      const maxLines = row.kind === 'notes' ? MAX_LINES.notes : MAX_LINES.other;
      const label = wrap(fonts.bold, row.label, LABEL_WIDTH - 2 * PAD, MAX_LINES.other);
      const cells = indexes.map((i) => wrap(fonts.font, row.values[i] ?? '', DAY_WIDTH - 2 * PAD, maxLines));
      const height = Math.max(label.length, ...cells.map((c) => c.length), 1) * LINE + 2 * PAD;
      if (y - height < MARGIN + 20) {
        page = newPage(doc, `${title} (continued)`, fonts);
        y = drawHeaderRow(page, days, fonts, PAGE[1] - MARGIN - 44);
      }
      drawRow(page, label, cells, fonts, y, height, false);
      y -= height;
    }
  }

  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const text = fonts.font.clean(`Diary card, ${formatDate(card.from)} to ${formatDate(card.to)}. Made on ${formatDate(exportedOn)}. This file is not encrypted. Page ${i + 1} of ${pages.length}.`);
    page.drawText(text, { x: MARGIN, y: MARGIN - 14, size: 7, font: fonts.font.pdf, color: muted });
  });
  return doc.save();
}

export interface Font {
  pdf: PDFFont;
  /** The text with characters Helvetica cannot show simplified or replaced. */
  clean(text: string): string;
  width(text: string): number;
}

/** Helvetica at the diary card's 8 pt, with text it cannot show simplified. */
export function winAnsi(pdf: PDFFont): Font {
  const known = new Set(pdf.getCharacterSet());
  const clean = (text: string): string =>
    Array.from(text.normalize('NFC'), (ch) => {
      if (known.has(ch.codePointAt(0)!)) return ch;
      if (ch === '\t') return ' ';
      // Letters with marks Helvetica lacks: keep the base letter.
      const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      return base && Array.from(base).every((c) => known.has(c.codePointAt(0)!)) ? base : '?';
    }).join('');
  return { pdf, clean, width: (text) => pdf.widthOfTextAtSize(text, SIZE) };
}

function newPage(doc: PDFDocument, title: string, fonts: { font: Font; bold: Font }): PDFPage {
  const page = doc.addPage(PAGE);
  page.drawText(fonts.bold.clean(title), { x: MARGIN, y: PAGE[1] - MARGIN - 14, size: 14, font: fonts.bold.pdf, color: ink });
  page.drawText('Days are columns. An empty cell means nothing was noted that day.', {
    x: MARGIN,
    y: PAGE[1] - MARGIN - 30,
    size: SIZE,
    font: fonts.font.pdf,
    color: muted,
  });
  return page;
}

function drawHeaderRow(page: PDFPage, days: readonly string[], fonts: { font: Font; bold: Font }, top: number): number {
  const height = 2 * LINE + 2 * PAD;
  const cells = days.map((day) => [formatShortWeekday(day), formatShortDate(day)]);
  drawRow(page, [''], cells, fonts, top, height, true);
  return top - height;
}

function drawRow(
  page: PDFPage,
  label: readonly string[],
  cells: readonly (readonly string[])[],
  fonts: { font: Font; bold: Font },
  top: number,
  height: number,
  header: boolean,
): void {
  const width = LABEL_WIDTH + cells.length * DAY_WIDTH;
  if (header) page.drawRectangle({ x: MARGIN, y: top - height, width, height, color: shade });
  page.drawLine({ start: { x: MARGIN, y: top - height }, end: { x: MARGIN + width, y: top - height }, thickness: 0.5, color: rule });
  if (header) page.drawLine({ start: { x: MARGIN, y: top }, end: { x: MARGIN + width, y: top }, thickness: 0.5, color: rule });
  const drawLines = (lines: readonly string[], x: number, font: Font) =>
    lines.forEach((line, i) =>
      page.drawText(line, { x: x + PAD, y: top - PAD - SIZE - i * LINE, size: SIZE, font: font.pdf, color: ink }),
    );
  drawLines(label, MARGIN, fonts.bold);
  cells.forEach((lines, i) => {
    const x = MARGIN + LABEL_WIDTH + i * DAY_WIDTH;
    page.drawLine({ start: { x, y: top }, end: { x, y: top - height }, thickness: 0.5, color: rule });
    drawLines(lines, x, header ? fonts.bold : fonts.font);
  });
}

/** Word-wraps `text` to `width`, breaking words longer than a line, at most `maxLines` lines. */
export function wrap(font: Pick<Font, 'clean' | 'width'>, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  // One line more than fits is enough to know the cell needs "…"; long notes stop there.
  const full = () => lines.length > maxLines;
  // Split before cleaning: clean() would turn line breaks into "?".
  for (const paragraph of text.split(/\r\n|\r|\n/).map(font.clean)) {
    let line = '';
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      if (full()) break;
      const candidate = line ? `${line} ${word}` : word;
      if (font.width(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (font.width(rest) > width && !full()) {
        const cut = longestFit(font, rest, width);
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    if (line && !full()) lines.push(line);
    if (full()) break;
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && font.width(`${last}…`) > width) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** How many leading characters of `text` fit in `width` (at least one), by binary search. */
function longestFit(font: Pick<Font, 'width'>, text: string, width: number): number {
  let low = 1;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (font.width(text.slice(0, mid)) <= width) low = mid;
    else high = mid - 1;
  }
  return low;
}
