// Part of `npm run lint`: fails on any import cycle in src, tests, scripts or bench, counting type-only
// imports too, so a module and everything it imports can be read, tested and loaded before the
// modules that use it (ESLint's import plugins skip type-only imports; this does not), and on any
// import that reaches up a layer: the processes share only src/shared, and the renderer is built
// in layers (api, components, screens, app) where each layer uses only the ones below it.
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

/**
 * The layers, lowest first. A file may import its own layer and the ones below; the renderer's
 * entries (the app, the coping window, the harness bridge) sit on top. Files outside every layer
 * (tests, scripts, bench) may import anything.
 */
const layers: readonly { name: string; files: RegExp; mayImport: readonly string[] }[] = [
  { name: 'shared', files: /^src\/shared\//, mayImport: [] },
  { name: 'main', files: /^src\/main\//, mayImport: ['shared'] },
  { name: 'preload', files: /^src\/preload\//, mayImport: ['shared'] },
  { name: 'renderer api', files: /^src\/renderer\/src\/api\//, mayImport: ['shared'] },
  { name: 'renderer components', files: /^src\/renderer\/src\/components\//, mayImport: ['shared', 'renderer api'] },
  { name: 'renderer screens', files: /^src\/renderer\/src\/screens\//, mayImport: ['shared', 'renderer api', 'renderer components'] },
  {
    name: 'renderer app',
    files: /^src\/renderer\/(src\/app\/|coping\/|harness\/)/,
    mayImport: ['shared', 'renderer api', 'renderer components', 'renderer screens', 'renderer root'],
  },
  { name: 'renderer root', files: /^src\/renderer\/src\/[^/]+$/, mayImport: [] },
];

function layerOf(file: string) {
  return layers.find((layer) => layer.files.test(file));
}

/** Every import that reaches a layer its file's layer may not use, as "file -> target". */
export function upwardImports(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const found: string[] = [];
  for (const [file, targets] of graph) {
    const from = layerOf(file);
    if (!from) continue;
    for (const target of targets) {
      const to = layerOf(target);
      if (to && to !== from && !from.mayImport.includes(to.name)) found.push(`${file} -> ${target} (${from.name} may not use ${to.name})`);
    }
  }
  return found;
}

if (import.meta.main) {
  const graph = importGraph();
  const upward = upwardImports(graph);
  for (const line of upward) console.error(`Upward import: ${line}`);
  if (upward.length) {
    console.error(`\n${upward.length} upward import(s). Move what both need down a layer, or pass it in from above.`);
    process.exit(1);
  }
  const problems = cycles(graph).map((group) => `Import cycle through ${group.length} files:\n  ${group.join('\n  ')}`);
  for (const problem of problems) console.error(problem);
  if (problems.length) {
    console.error(`\n${problems.length} import cycle(s). Move what both sides need into a module of its own.`);
    process.exit(1);
  }
  console.log(`No import cycles and no upward imports in ${graph.size} files.`);
}
