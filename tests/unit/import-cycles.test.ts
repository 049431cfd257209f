// The import-cycle check that `npm run lint` runs (scripts/import-cycles.ts).
import { describe, expect, it } from 'vitest';
import { cycles, importGraph, upwardImports } from '../../scripts/import-cycles.ts';

describe('the import-cycle check', () => {
  it('finds every group of files that import each other, however long the loop, and a file importing itself', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
      ['f.ts', ['d.ts', 'outside.ts']],
    ]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
    expect(cycles(new Map([['a.ts', ['b.ts']], ['b.ts', []]]))).toEqual([]);
  });

  it('reads the project’s imports, type-only ones included, with and without file extensions', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(200);
    // `import type { Migration } from './migration.ts'`
    expect(graph.get('src/main/core/db/migrations/001-base.ts')).toContain('src/main/core/db/migrations/migration.ts');
    // `import type { ScreenId } from '../../api/navigation'` (the renderer leaves out extensions)
    expect(graph.get('src/renderer/src/screens/relapse/origin.ts')).toContain('src/renderer/src/api/navigation.ts');
    // Packages are not project files.
    expect([...graph.values()].flat().some((file) => file.includes('node_modules'))).toBe(false);
    expect(cycles(graph)).toEqual([]);
  });

  it('refuses an import that reaches up a layer, and accepts the project as it is', () => {
    const graph = new Map([
      ['src/renderer/src/components/Button.tsx', ['src/renderer/src/screens/journal/JournalScreen.tsx', 'src/renderer/src/api/harbor.ts']],
      ['src/renderer/src/screens/journal/JournalScreen.tsx', ['src/renderer/src/components/Button.tsx', 'src/renderer/src/app/AppShell.tsx']],
      ['src/renderer/src/api/harbor.ts', ['src/shared/contract/index.ts']],
      ['src/renderer/src/app/AppShell.tsx', ['src/renderer/src/screens/journal/JournalScreen.tsx']],
      ['src/shared/contract/index.ts', ['src/main/core/vault.ts']],
      ['src/preload/index.ts', ['src/renderer/src/api/harbor.ts', 'src/shared/contract/index.ts']],
      ['tests/unit/x.test.ts', ['src/renderer/src/app/AppShell.tsx']],
    ]);
    expect(upwardImports(graph)).toEqual([
      'src/renderer/src/components/Button.tsx -> src/renderer/src/screens/journal/JournalScreen.tsx (renderer components may not use renderer screens)',
      'src/renderer/src/screens/journal/JournalScreen.tsx -> src/renderer/src/app/AppShell.tsx (renderer screens may not use renderer app)',
      'src/shared/contract/index.ts -> src/main/core/vault.ts (shared may not use main)',
      'src/preload/index.ts -> src/renderer/src/api/harbor.ts (preload may not use renderer api)',
    ]);
    expect(upwardImports(importGraph())).toEqual([]);
  });
});
