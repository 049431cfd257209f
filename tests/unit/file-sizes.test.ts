// The lint step that keeps source files small: it finds a long file, and the tree has none.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_LINES, oversizedFiles } from '../../scripts/file-sizes.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('file sizes', () => {
  it('finds a source file over the limit, and only that one', () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    mkdirSync(join(temp.dir, 'src', 'deep'), { recursive: true });
    writeFileSync(join(temp.dir, 'src', 'deep', 'long.css'), '.a {}\n'.repeat(MAX_LINES + 1));
    writeFileSync(join(temp.dir, 'src', 'short.ts'), 'export {};\n'.repeat(MAX_LINES));
    writeFileSync(join(temp.dir, 'src', 'notes.md'), 'x\n'.repeat(MAX_LINES * 2));
    expect(oversizedFiles(temp.dir)).toEqual([{ file: join('src', 'deep', 'long.css'), lines: MAX_LINES + 1 }]);
  });

  it('no file in src is over the limit', () => {
    expect(oversizedFiles(fileURLToPath(new URL('../..', import.meta.url)))).toEqual([]);
  });
});
