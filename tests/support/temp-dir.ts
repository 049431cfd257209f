import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temp folder, removed by the returned cleanup. */
export function makeTempDir(prefix = 'harbor-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Cheap scrypt for tests that unlock many times; the real cost is measured in `npm run bench`. */
export const FAST_KDF = { N: 2 ** 12, r: 8, p: 1 } as const;
