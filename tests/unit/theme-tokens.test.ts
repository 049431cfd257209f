// The dark theme's colours are written twice in styles.css: once for "follow the system" and
// once for "dark" chosen in Settings (plain CSS cannot say "system is dark OR the person chose
// dark" in one rule). This keeps the two from drifting apart when a token is added.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/renderer/src/styles.css', import.meta.url), 'utf8');

function declarations(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start, `${selector} is in styles.css`).toBeGreaterThanOrEqual(0);
  const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
  const out: Record<string, string> = {};
  for (const [, name, value] of body.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(--[\w-]+|color-scheme)\s*:\s*([^;]+);/g)) {
    out[name!] = value!.trim();
  }
  return out;
}

describe('theme tokens', () => {
  it('the chosen dark theme has exactly the system dark theme’s tokens', () => {
    const system = declarations(":root:not([data-theme='light'])");
    const chosen = declarations(":root[data-theme='dark']");
    expect(Object.keys(system).length).toBeGreaterThan(10);
    expect(chosen).toEqual({ 'color-scheme': 'dark', ...system });
  });

  it('every token the dark theme sets exists in the light theme', () => {
    const light = declarations(':root');
    for (const name of Object.keys(declarations(":root[data-theme='dark']"))) expect(light, name).toHaveProperty(name);
  });
});
