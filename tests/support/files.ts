import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir` (recursively), by relative path. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

/** SHA-256, size and mtime of every file under `dir`: compare two snapshots to prove nothing changed. */
export function snapshotFiles(dir: string): Record<string, string> {
  const snapshot: Record<string, string> = {};
  for (const file of listFiles(dir)) {
    const full = join(dir, file);
    const hash = createHash('sha256').update(readFileSync(full)).digest('hex');
    snapshot[file] = `${hash} ${statSync(full).size} ${statSync(full).mtimeMs}`;
  }
  return snapshot;
}
