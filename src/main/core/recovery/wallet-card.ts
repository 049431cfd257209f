// The safety plan as a wallet card: credit-card-sized panels (85.6 × 54 mm) on A4 pages, with cut
// marks at every corner, to print, cut out and keep. The plan's steps in order, with their people
// and services and the person's own crisis line. Text that does not fit a panel continues on the
// next one, headed "(continued)"; nothing is ever cut off. Empty steps are left out: a card in a
// wallet has no room for "not filled in yet".
import { PDFDocument, StandardFonts, rgb, type PDFPage } from 'pdf-lib';
import { safetyPlanSections, safetyPlanSectionTitles } from '../../../shared/coping-constants.ts';
import type { Contact } from '../../../shared/contract/coping.ts';
import { crisisServiceName } from '../../../shared/crisis-lines.ts';
import { word } from '../../../shared/vocabulary.ts';
import type { SafetyPlanData } from '../coping/safety-plan.ts';
import { winAnsi, wrap, type Font } from './pdf.ts';

const MM = 72 / 25.4;
/** ISO/IEC 7810 ID-1, the size of a bank card, in points. */
export const PANEL = { width: 85.6 * MM, height: 54 * MM } as const;
export const PAGE: [number, number] = [595.28, 841.89]; // A4 portrait
const COLUMNS = 2;
const ROWS = 4;
/** Room between panels for the cut marks. */
const GAP = 18;
const PAD = 9;
const SIZE = 8;
const LINE = 10;
const HEADER = 16;
const LINES_PER_PANEL = Math.floor((PANEL.height - 2 * PAD - HEADER) / LINE);
const TEXT_WIDTH = PANEL.width - 2 * PAD;

const ink = rgb(0.13, 0.15, 0.16);
const muted = rgb(0.38, 0.41, 0.43);
const mark = rgb(0.2, 0.2, 0.2);

export interface WalletCardInput {
  /** The plan, whose "Professionals and services" hold the person's crisis line. */
  plan: Pick<SafetyPlanData, 'sections' | 'contacts'>;
  discreetMode: boolean;
  /** The day it was made (YYYY-MM-DD): a fixed date keeps the same plan producing the same file. */
  madeOn: string;
}

interface Line {
  text: string;
  bold: boolean;
  /** The step this line belongs to, repeated as "(continued)" when a panel breaks inside it. */
  step: string | null;
}

/** A block that starts on a fresh line: a step's title with what is under it. */
interface Block {
  title: string;
  lines: string[];
}

export function walletCardFileName(discreetMode: boolean): string {
  return `${word('walletCardFile', discreetMode)}.pdf`;
}

export async function walletCardPdf(input: WalletCardInput): Promise<Uint8Array> {
  const heading = word('walletCardHeading', input.discreetMode);
  const doc = await PDFDocument.create();
  doc.setTitle(heading);
  doc.setCreator(word('appName', input.discreetMode));
  doc.setProducer(word('appName', input.discreetMode));
  doc.setCreationDate(new Date(`${input.madeOn}T00:00:00Z`));
  doc.setModificationDate(new Date(`${input.madeOn}T00:00:00Z`));
  const fonts = { font: winAnsi(await doc.embedFont(StandardFonts.Helvetica)), bold: winAnsi(await doc.embedFont(StandardFonts.HelveticaBold)) };

  const panels = layOut(blocksOf(input), fonts);
  const perPage = COLUMNS * ROWS;
  for (let first = 0; first < panels.length; first += perPage) {
    const page = doc.addPage(PAGE);
    page.drawText('Cut along the marks. Each card is the size of a bank card.', {
      x: gridLeft(),
      y: PAGE[1] - gridTop() + GAP,
      size: 7,
      font: fonts.font.pdf,
      color: muted,
    });
    panels.slice(first, first + perPage).forEach((lines, i) => {
      const index = first + i;
      drawPanel(page, i, lines, `${heading} · ${index + 1} of ${panels.length}`, fonts);
    });
  }
  return doc.save();
}

/** The plan's filled-in steps in order, each with its contacts, then the emergency line. */
function blocksOf({ plan, discreetMode }: WalletCardInput): Block[] {
  const contact = (c: Pick<Contact, 'name' | 'reach' | 'country'>) =>
    [crisisServiceName(c.name, discreetMode), c.reach, c.country ? `(${c.country})` : ''].filter(Boolean).join(' ').trim();
  const blocks: Block[] = [{ title: 'In danger right now', lines: ['Call your local emergency number.'] }];
  safetyPlanSections.forEach((section, i) => {
    const contacts = plan.contacts.filter((c) => c.section === section).map(contact);
    const body = plan.sections[section].trim();
    if (!body && contacts.length === 0) return;
    blocks.push({ title: `${i + 1}. ${safetyPlanSectionTitles[section]}`, lines: [...(body ? [body] : []), ...contacts] });
  });
  return blocks;
}

/** Fills panels line by line; a step never starts on a panel's last line, and a broken step says "(continued)". */
function layOut(blocks: readonly Block[], fonts: { font: Font; bold: Font }): Line[][] {
  const panels: Line[][] = [[]];
  const current = () => panels[panels.length - 1]!;
  const push = (line: Line) => {
    if (current().length >= LINES_PER_PANEL) {
      panels.push([]);
      if (line.step && !line.bold) current().push({ text: `${line.step} (continued)`, bold: true, step: line.step });
    }
    current().push(line);
  };
  for (const block of blocks) {
    const body = block.lines.flatMap((text) => wrap(fonts.font, text, TEXT_WIDTH, Number.POSITIVE_INFINITY));
    const title = wrap(fonts.bold, block.title, TEXT_WIDTH, Number.POSITIVE_INFINITY);
    // A gap before each step, except at the top of a panel; the title keeps its first line with it.
    const gap = current().length > 0 ? 1 : 0;
    if (current().length + gap + title.length + Math.min(1, body.length) > LINES_PER_PANEL) panels.push([]);
    else if (gap) current().push({ text: '', bold: false, step: null });
    for (const text of title) push({ text, bold: true, step: block.title });
    for (const text of body) push({ text, bold: false, step: block.title });
  }
  return panels;
}

function gridLeft(): number {
  return (PAGE[0] - (COLUMNS * PANEL.width + (COLUMNS - 1) * GAP)) / 2;
}

/** Distance from the page's top edge to the first row's top. */
function gridTop(): number {
  return (PAGE[1] - (ROWS * PANEL.height + (ROWS - 1) * GAP)) / 2;
}

/** Where panel `slot` (0–7, row by row) sits on its page: its lower-left corner. */
export function panelOrigin(slot: number): { x: number; y: number } {
  const column = slot % COLUMNS;
  const row = Math.floor(slot / COLUMNS);
  return {
    x: gridLeft() + column * (PANEL.width + GAP),
    y: PAGE[1] - gridTop() - (row + 1) * PANEL.height - row * GAP,
  };
}

function drawPanel(page: PDFPage, slot: number, lines: readonly Line[], header: string, fonts: { font: Font; bold: Font }): void {
  const { x, y } = panelOrigin(slot);
  drawCutMarks(page, x, y);
  const top = y + PANEL.height - PAD;
  page.drawText(fonts.bold.clean(header), { x: x + PAD, y: top - 7, size: 7, font: fonts.bold.pdf, color: muted });
  lines.forEach((line, i) => {
    if (!line.text) return;
    const font = line.bold ? fonts.bold : fonts.font;
    page.drawText(font.clean(line.text), { x: x + PAD, y: top - HEADER - SIZE - i * LINE + 2, size: SIZE, font: font.pdf, color: ink });
  });
}

/** Short lines just outside each corner, along the panel's edges, as printers' crop marks. */
function drawCutMarks(page: PDFPage, x: number, y: number): void {
  const offset = 2;
  const length = 6;
  for (const cx of [x, x + PANEL.width]) {
    for (const cy of [y, y + PANEL.height]) {
      const outX = cx === x ? -1 : 1;
      const outY = cy === y ? -1 : 1;
      const line = (sx: number, sy: number, ex: number, ey: number) =>
        page.drawLine({ start: { x: sx, y: sy }, end: { x: ex, y: ey }, thickness: 0.4, color: mark });
      line(cx + outX * offset, cy, cx + outX * (offset + length), cy);
      line(cx, cy + outY * offset, cx, cy + outY * (offset + length));
    }
  }
}
