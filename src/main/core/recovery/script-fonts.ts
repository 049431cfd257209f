// Fonts for PDFs that must show any script the person writes in: Noto Sans (Latin, Greek,
// Cyrillic), Noto Sans JP (Japanese, and most CJK) and Noto Sans Arabic, embedded as subsets (only
// the glyphs used). The font files are read from their packages in main, never fetched and never
// in a renderer bundle. Text is split into runs, one font each, and the runs of a line are put in
// visual order with the Unicode bidi algorithm; fontkit shapes each run (Arabic joining forms,
// right-to-left glyph order) when pdf-lib lays it out.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import bidiFactory from 'bidi-js';
import type { Color, PDFDocument, PDFFont, PDFPage } from 'pdf-lib';

const packages = createRequire(import.meta.url);
const FILES = {
  latin: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  latinBold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  japanese: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  arabic: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
} as const;
type FontName = keyof typeof FILES;

const bytesCache = new Map<FontName, Promise<Uint8Array>>();
function fontBytes(name: FontName): Promise<Uint8Array> {
  let bytes = bytesCache.get(name);
  if (!bytes) {
    bytes = readFile(packages.resolve(FILES[name]));
    bytesCache.set(name, bytes);
  }
  return bytes;
}

const bidi = bidiFactory();
const ARABIC = /[\p{Script=Arabic}]/u;
/** Any character of a right-to-left script: only then does a line need the bidi algorithm. */
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** Characters that take the font of the text around them rather than starting a run. */
const NEUTRAL = /[\s\p{P}\p{M}\p{S}\p{N}]/u;

export interface ScriptFont {
  /** Width of `text` at `size` points, as drawn. */
  width(text: string, size: number): number;
  draw(page: PDFPage, text: string, at: { x: number; y: number; size: number; color: Color }): void;
}

export interface ScriptFonts {
  regular: ScriptFont;
  bold: ScriptFont;
}

/** Embeds the Noto fonts into `doc` (subset on save) and returns a regular and a bold face. */
export async function embedScriptFonts(doc: PDFDocument): Promise<ScriptFonts> {
  // Loaded on first use: fontkit reads its Unicode tables from disk, which main need not do at start.
  const { default: fontkit } = await import('@foliojs-fork/fontkit');
  doc.registerFontkit(fontkit);
  const embed = async (name: FontName, features?: Record<string, boolean>) =>
    doc.embedFont(await fontBytes(name), { subset: true, ...(features ? { features } : {}) });
  const [latin, latinBold, japanese, arabic] = await Promise.all([
    embed('latin'),
    embed('latinBold'),
    embed('japanese'),
    // ccmp would split letters into a dotless shape and its dots; whole letters keep text
    // extraction (copy, search, screen readers) true to what was written.
    embed('arabic', { ccmp: false }),
  ]);
  return { regular: scriptFont([latin, japanese], arabic), bold: scriptFont([latinBold, japanese], arabic) };
}

interface Run {
  text: string;
  font: PDFFont;
  level: number;
}

function scriptFont(fallbacks: readonly PDFFont[], arabic: PDFFont): ScriptFont {
  const sets = fallbacks.map((font) => ({ font, chars: new Set(font.getCharacterSet()) }));
  const arabicChars = new Set(arabic.getCharacterSet());
  const fontFor = (ch: string): PDFFont => {
    if (ARABIC.test(ch)) return arabic;
    const code = ch.codePointAt(0)!;
    return (sets.find((s) => s.chars.has(code)) ?? sets[0]!).font;
  };
  const has = (font: PDFFont, ch: string) =>
    (font === arabic ? arabicChars : sets.find((s) => s.font === font)?.chars)?.has(ch.codePointAt(0)!) === true;

  /** The line as runs in visual order (left to right on the page). */
  const runs = (line: string): Run[] => {
    // Harbor's PDFs read left to right: a line is a left-to-right paragraph, and Arabic in it
    // reads right to left in its place (a list's bullet stays at the left).
    const levels = RIGHT_TO_LEFT.test(line) ? bidi.getEmbeddingLevels(line, 'ltr').levels : null;
    const logical: Run[] = [];
    let offset = 0;
    for (const ch of line) {
      const level = levels?.[offset] ?? 0;
      offset += ch.length;
      const last = logical[logical.length - 1];
      if (last && last.level === level && (last.font === fontFor(ch) || (NEUTRAL.test(ch) && has(last.font, ch)))) {
        last.text += ch;
      } else {
        logical.push({ text: ch, font: fontFor(ch), level });
      }
    }
    return reorder(logical);
  };

  // Wrapping measures the same words and labels many times; shaping them once is enough.
  const unitWidths = new Map<string, number>();
  const width = (text: string, size: number) => {
    let unit = unitWidths.get(text);
    if (unit === undefined) {
      unit = runs(text).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, 1), 0);
      unitWidths.set(text, unit);
    }
    return unit * size;
  };

  return {
    width,
    draw(page, text, { x, y, size, color }) {
      let pen = x;
      for (const run of runs(text)) {
        page.drawText(run.text, { x: pen, y, size, font: run.font, color });
        pen += run.font.widthOfTextAtSize(run.text, size);
      }
    },
  };
}

/** Unicode bidi rule L2 over whole runs: reverse each stretch at or above a level, highest first. */
function reorder(runs: Run[]): Run[] {
  const result = [...runs];
  const highest = Math.max(0, ...runs.map((r) => r.level));
  const lowestOdd = Math.min(...runs.map((r) => r.level).filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < result.length; i++) {
      if (result[i]!.level < level) continue;
      let end = i;
      while (end + 1 < result.length && result[end + 1]!.level >= level) end++;
      result.splice(i, end - i + 1, ...result.slice(i, end + 1).reverse());
      i = end;
    }
  }
  return result;
}
