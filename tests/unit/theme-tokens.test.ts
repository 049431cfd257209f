// One palette: every colour token is written once in styles/base.css, as light-dark(light, dark), and
// `color-scheme` (the system's, or the theme chosen in Settings) picks the value. No other rule
// sets a palette token, so a dark palette cannot drift from a second copy of itself.
// (tests/e2e/settings.spec.ts checks in Chromium that the chosen and the system theme both apply.)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const rendererDir = new URL('../../src/renderer/', import.meta.url).pathname;
const css = readFileSync(join(rendererDir, 'src/styles/base.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? cssFiles(join(dir, entry.name)) : entry.name.endsWith('.css') ? [join(dir, entry.name)] : [],
  );
}

function declarations(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start, `${selector} is in styles/base.css`).toBeGreaterThanOrEqual(0);
  const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
  const out: Record<string, string> = {};
  for (const [, name, value] of body.matchAll(/(--[\w-]+|color-scheme)\s*:\s*([^;]+);/g)) out[name!] = value!.trim();
  return out;
}

describe('theme tokens', () => {
  const palette = declarations(':root');
  const colours = Object.entries(palette).filter(([name]) => /^--(bg|surface|text|muted|border|accent|focus|notice|error|neutral|chart)/.test(name));

  it('each colour token gives its light and its dark value once, with light-dark()', () => {
    expect(colours.length).toBeGreaterThan(10);
    for (const [name, value] of colours) expect(value, name).toMatch(/^light-dark\(\s*#[0-9a-f]{6}\s*,\s*#[0-9a-f]{6}\s*\)$/i);
    expect(palette['color-scheme']).toBe('light dark');
  });

  it('the themes chosen in Settings set only the colour scheme', () => {
    expect(declarations(":root[data-theme='light']")).toEqual({ 'color-scheme': 'light' });
    expect(declarations(":root[data-theme='dark']")).toEqual({ 'color-scheme': 'dark' });
  });

  it('no stylesheet sets a palette token anywhere else, or keeps a dark copy under prefers-color-scheme', () => {
    for (const file of cssFiles(rendererDir)) {
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      expect(text, file).not.toMatch(/prefers-color-scheme:\s*dark/);
      for (const [name] of colours) {
        const writes = text.match(new RegExp(`${name}\\s*:`, 'g'))?.length ?? 0;
        expect(writes, `${name} in ${file}`).toBe(file.endsWith(join('styles', 'base.css')) ? 1 : 0);
      }
    }
  });
});
