// Lays the session summary's blocks out on A4 portrait pages and draws them with the Noto fonts
// (any script). Every line drawn is also kept as text, page by page: the preview the person reads
// before saving is exactly what the pages hold.
import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import type { UrgeWave } from '../../../shared/contract/patterns.ts';
import type { PreviewLine } from '../../../shared/contract/summary.ts';
import type { DiaryCard } from './diary-card.ts';
import { formatDate, formatShortDate, formatShortWeekday, weekStartOf, type WeekStart } from '../../../shared/calendar.ts';
import { wrap } from './pdf.ts';
import { embedScriptFonts, type ScriptFont, type ScriptFonts } from './script-fonts.ts';
import type { Block } from './session-summary.ts';
import { WAVE_MAX_MINUTES } from '../patterns/urge-wave.ts';

const PAGE: [number, number] = [595.28, 841.89];
const MARGIN = 40;
const WIDTH = PAGE[0] - 2 * MARGIN;
const BOTTOM = MARGIN + 24;
const BODY = 10;
const TABLE = 7;
const LABEL_WIDTH = 112;
const MAX_CELL_LINES = { notes: 12, other: 6 } as const;

const ink = rgb(0.13, 0.15, 0.16);
const muted = rgb(0.38, 0.41, 0.43);
const rule = rgb(0.78, 0.8, 0.8);
const shade = rgb(0.93, 0.94, 0.93);
const band = rgb(0.78, 0.87, 0.86);
const line = rgb(0.1, 0.42, 0.42);

export interface SummaryPages {
  bytes: Uint8Array;
  /** Each page's text, top to bottom. */
  pages: { lines: PreviewLine[] }[];
}

export async function sessionSummaryPdf(
  blocks: readonly Block[],
  range: { from: string; to: string },
  madeOn: string,
  weekStart: WeekStart = 'monday',
): Promise<SummaryPages> {
  const doc = await PDFDocument.create();
  const title = `Session summary, ${formatShortDate(range.from)} to ${formatDate(range.to)}`;
  doc.setTitle(title);
  doc.setCreator('Harbor');
  doc.setProducer('Harbor');
  // A fixed date keeps the same summary producing the same file.
  doc.setCreationDate(new Date(`${madeOn}T00:00:00Z`));
  doc.setModificationDate(new Date(`${madeOn}T00:00:00Z`));
  const pager = new Pager(doc, await embedScriptFonts(doc), weekStart);
  pager.text(title, { size: 16, bold: true, role: 'title' });
  pager.text(`Made on ${formatDate(madeOn)}. This file is not encrypted.`, { muted: true });
  for (const block of blocks) pager.block(block);
  pager.footers(title);
  return { bytes: await doc.save(), pages: pager.pages.map((p) => ({ lines: p.lines })) };
}

interface TextStyle {
  size?: number;
  bold?: boolean;
  muted?: boolean;
  indent?: number;
  /** How the preview sets the line; plain text unless said. */
  role?: PreviewLine['style'];
}

class Pager {
  readonly pages: { page: PDFPage; lines: PreviewLine[] }[] = [];
  private y = 0;
  private readonly doc: PDFDocument;
  private readonly fonts: ScriptFonts;
  private readonly weekStart: WeekStart;

  constructor(doc: PDFDocument, fonts: ScriptFonts, weekStart: WeekStart) {
    this.doc = doc;
    this.fonts = fonts;
    this.weekStart = weekStart;
    this.newPage();
  }

  private get current() {
    return this.pages[this.pages.length - 1]!;
  }

  private newPage(): void {
    this.pages.push({ page: this.doc.addPage(PAGE), lines: [] });
    this.y = PAGE[1] - MARGIN;
  }

  /** Starts a new page unless `height` more fits on this one. */
  private room(height: number): void {
    if (this.y - height < BOTTOM) this.newPage();
  }

  private font(bold = false): ScriptFont {
    return bold ? this.fonts.bold : this.fonts.regular;
  }

  block(block: Block): void {
    switch (block.kind) {
      case 'heading':
        this.room(60); // a heading never ends a page alone
        this.y -= 10;
        return this.text(block.text, { size: 13, bold: true, role: 'heading' });
      case 'subheading':
        this.room(36);
        this.y -= 4;
        return this.text(block.text, { bold: true, role: 'subheading' });
      case 'text':
        return this.text(block.text, { muted: block.muted ?? false, indent: block.indent ?? 0 });
      case 'wave':
        return this.wave(block.wave);
      case 'diary-card':
        return this.diaryCard(block.card);
    }
  }

  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? BODY;
    const font = this.font(style.bold);
    const x = MARGIN + (style.indent ?? 0) * 14;
    const lines = wrap(measure(font, size), text, PAGE[0] - MARGIN - x, Number.POSITIVE_INFINITY);
    let previous = null as { page: PDFPage; line: PreviewLine } | null;
    for (const piece of lines) {
      this.room(size * 1.45);
      this.y -= size * 1.45;
      font.draw(this.current.page, piece, { x, y: this.y, size, color: style.muted ? muted : ink });
      // The preview reads a paragraph as one line per page; the page breaks lines where it must.
      if (previous?.page === this.current.page) {
        previous.line.text += text.includes(`${previous.line.text}${piece}`) ? piece : ` ${piece}`;
      } else {
        const line: PreviewLine = { text: piece, style: style.role ?? (style.muted ? 'muted' : 'text'), indent: style.indent ?? 0 };
        this.current.lines.push(line);
        previous = { page: this.current.page, line };
      }
    }
    this.y -= 2;
  }

  /** The median urge by minute as a line over its middle-half band, drawn as vector paths. */
  private wave(wave: UrgeWave): void {
    if (wave.points.length < 2) {
      return this.text('Not enough urge-timer rounds with ratings in these days to draw the wave (it needs at least 3).', { muted: true });
    }
    const chart = { width: WIDTH - 40, height: 150 };
    this.room(chart.height + 56);
    const left = MARGIN + 28;
    const top = this.y - 20;
    const page = this.current.page;
    const font = this.font();
    const sx = (minute: number) => (minute / WAVE_MAX_MINUTES) * chart.width;
    const sy = (urge: number) => ((10 - urge) / 10) * chart.height;
    const points = wave.points;
    const upper = points.map((p) => `${sx(p.minute)} ${sy(p.upper)}`);
    const lower = [...points].reverse().map((p) => `${sx(p.minute)} ${sy(p.lower)}`);
    page.drawSvgPath(`M ${upper.join(' L ')} L ${lower.join(' L ')} Z`, { x: left, y: top, color: band });
    page.drawSvgPath(`M ${points.map((p) => `${sx(p.minute)} ${sy(p.median)}`).join(' L ')}`, { x: left, y: top, borderColor: line, borderWidth: 2 });
    page.drawSvgPath(`M 0 0 L 0 ${chart.height} L ${chart.width} ${chart.height}`, { x: left, y: top, borderColor: muted, borderWidth: 0.6 });
    for (const urge of [0, 5, 10]) {
      font.draw(page, String(urge), { x: left - 14, y: top - sy(urge) - 3, size: TABLE, color: muted });
    }
    for (let minute = 0; minute <= WAVE_MAX_MINUTES; minute += 10) {
      font.draw(page, String(minute), { x: left + sx(minute) - 3, y: top - chart.height - 10, size: TABLE, color: muted });
    }
    font.draw(page, 'urge (0 to 10)', { x: MARGIN, y: top + 4, size: TABLE, color: muted });
    this.y = top - chart.height - 14;
    const first = points[0]!;
    const last = points[points.length - 1]!;
    this.text('minutes since the timer started', { muted: true, size: TABLE, indent: 14, role: 'table' });
    // The chart in words, for the preview and for anyone who reads the PDF aloud.
    this.text(`The middle value was ${first.median} at the start and ${last.median} after ${last.minute} minutes, across ${wave.rounds} rounds.`, { muted: true });
  }

  /** One table per week, the days as columns, as on the diary card PDF. */
  private diaryCard(card: DiaryCard): void {
    const weeks = new Map<string, number[]>();
    card.days.forEach((day, i) => {
      const first = weekStartOf(day, this.weekStart);
      weeks.set(first, [...(weeks.get(first) ?? []), i]);
    });
    const dayWidth = (WIDTH - LABEL_WIDTH) / 7;
    const regular = measure(this.fonts.regular, TABLE);
    const bold = measure(this.fonts.bold, TABLE);
    for (const [first, indexes] of weeks) {
      const days = indexes.map((i) => card.days[i]!);
      this.room(80);
      this.text(`Week of ${formatShortDate(first)}`, { bold: true, role: 'subheading' });
      this.row([''], days.map((d) => [formatShortWeekday(d), formatShortDate(d)]), dayWidth, true);
      for (const row of card.rows) {
        const max = row.kind === 'notes' ? MAX_CELL_LINES.notes : MAX_CELL_LINES.other;
        const cells = indexes.map((i) => wrap(regular, row.values[i] ?? '', dayWidth - 6, max));
        this.row(wrap(bold, row.label, LABEL_WIDTH - 6, MAX_CELL_LINES.other), cells, dayWidth, false);
        // The preview reads the row as a sentence: only the days with something noted.
        const noted = indexes.filter((i) => row.values[i]).map((i) => `${formatShortWeekday(card.days[i]!)} ${formatShortDate(card.days[i]!)}: ${row.values[i]}`);
        this.current.lines.push({ text: `${row.label}: ${noted.length > 0 ? noted.join('; ') : 'nothing noted'}`, style: 'table', indent: 0 });
      }
      this.y -= 8;
    }
  }

  private row(label: readonly string[], cells: readonly (readonly string[])[], dayWidth: number, header: boolean): void {
    const step = TABLE + 2.5;
    const height = Math.max(label.length, ...cells.map((c) => c.length), 1) * step + 6;
    if (this.y - height < BOTTOM) this.newPage();
    const page = this.current.page;
    const top = this.y;
    const width = LABEL_WIDTH + 7 * dayWidth;
    if (header) page.drawRectangle({ x: MARGIN, y: top - height, width, height, color: shade });
    page.drawLine({ start: { x: MARGIN, y: top - height }, end: { x: MARGIN + width, y: top - height }, thickness: 0.5, color: rule });
    const draw = (lines: readonly string[], x: number, font: ScriptFont) =>
      lines.forEach((text, i) => font.draw(page, text, { x: x + 3, y: top - 3 - TABLE - i * step, size: TABLE, color: ink }));
    draw(label, MARGIN, this.fonts.bold);
    cells.forEach((lines, i) => {
      const x = MARGIN + LABEL_WIDTH + i * dayWidth;
      page.drawLine({ start: { x, y: top }, end: { x, y: top - height }, thickness: 0.5, color: rule });
      draw(lines, x, header ? this.fonts.bold : this.fonts.regular);
    });
    this.y -= height;
  }

  footers(title: string): void {
    this.pages.forEach(({ page, lines }, i) => {
      const text = `${title}. Page ${i + 1} of ${this.pages.length}. This file is not encrypted.`;
      this.fonts.regular.draw(page, text, { x: MARGIN, y: MARGIN - 14, size: TABLE, color: muted });
      lines.push({ text, style: 'muted', indent: 0 });
    });
  }
}

/** The measuring side of a font at one size, for wrap(). Control characters are dropped. */
function measure(font: ScriptFont, size: number) {
  return {
    clean: (text: string) => text.replace(/\t/g, ' ').replace(/\p{Cc}/gu, ''),
    width: (text: string) => font.width(text, size),
  };
}
