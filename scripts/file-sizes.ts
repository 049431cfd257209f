// Part of `npm run lint`: no source file in src over 400 lines. A longer file holds more than one
// idea; split it by idea (see docs/architecture.md), not by line count.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAX_LINES = 400;
const SOURCE = /\.(ts|tsx|mts|js|mjs|css|html)$/;

export function oversizedFiles(root: string): { file: string; lines: number }[] {
  const found: { file: string; lines: number }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (SOURCE.test(entry.name)) {
        const lines = readFileSync(path, 'utf8').replace(/\n$/, '').split('\n').length;
        if (lines > MAX_LINES) found.push({ file: relative(root, path), lines });
      }
    }
  };
  walk(join(root, 'src'));
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const over = oversizedFiles(root);
  for (const { file, lines } of over) console.error(`${file}: ${lines} lines (at most ${MAX_LINES}; split it by idea)`);
  if (over.length) process.exit(1);
  console.log(`No source file in src over ${MAX_LINES} lines.`);
}
