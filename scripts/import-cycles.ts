// Part of `npm run lint`: fails on any import cycle in src, tests, scripts or bench, counting type-only
// imports too, so a module and everything it imports can be read, tested and loaded before the
// modules that use it. (ESLint's import plugins skip type-only imports; this does not.)
import ts from 'typescript';
import { readFileSync, globSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const options: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  allowJs: true,
  jsx: ts.JsxEmit.ReactJSX,
  noEmit: true,
};

/** Every project file (repository-relative, '/'-separated) and the project files it imports. */
export function importGraph(patterns = ['src/**/*.{ts,tsx,mts,mjs}', 'tests/**/*.{ts,tsx,mjs}', 'scripts/**/*.{ts,mjs}', 'bench/**/*.{ts,mjs}']): Map<string, string[]> {
  const files = patterns.flatMap((pattern) => globSync(pattern, { cwd: root })).map((file) => file.split(sep).join('/'));
  const graph = new Map<string, string[]>();
  for (const file of files.sort()) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    const targets = new Set<string>();
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const resolved = ts.resolveModuleName(fileName, join(root, file), options, ts.sys).resolvedModule?.resolvedFileName;
      const target = resolved ? relative(root, resolved).split(sep).join('/') : relative(root, join(dirname(join(root, file)), fileName)).split(sep).join('/');
      if (!target.startsWith('..') && !target.includes('node_modules/')) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/** The cycles, one per group of files that reach each other (Tarjan's strongly connected components). */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(group.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

if (import.meta.main) {
  const graph = importGraph();
  const problems = cycles(graph).map((group) => `Import cycle through ${group.length} files:\n  ${group.join('\n  ')}`);
  for (const problem of problems) console.error(problem);
  if (problems.length) {
    console.error(`\n${problems.length} import cycle(s). Move what both sides need into a module of its own.`);
    process.exit(1);
  }
  console.log(`No import cycles in ${graph.size} files.`);
}
