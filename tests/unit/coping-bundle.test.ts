// The coping window is what a person in crisis opens: its first load carries no chart, editor or
// validation library code (they belong to the main window). Reads the built renderer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const out = fileURLToPath(new URL('../../out/renderer/', import.meta.url));
const scriptsOf = (page: string) => [...readFileSync(join(out, page), 'utf8').matchAll(/(?:src|href)="(?:\.\/|\/)?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);

describe('the coping window bundle', () => {
  it('loads no zod, recharts or chart code at first; the main window does', () => {
    const coping = scriptsOf('coping.html');
    expect(coping.length).toBeGreaterThan(0);
    const code = coping.map((file) => readFileSync(join(out, file), 'utf8')).join('\n');
    expect(coping.filter((file) => /zod|recharts|Patterns/i.test(file))).toEqual([]);
    expect(code).not.toMatch(/recharts-|ZodError/);
    // The check can see these names: the main window's first load has zod.
    expect(scriptsOf('index.html').some((file) => /zod/.test(file))).toBe(true);
  });
});
