// Runs @doyensec/electronegativity on one folder and prints its result as one JSON line.
//   node tests/reliability/electronegativity-child.ts <input dir> <electron version>
// The tool downloads translations from GitHub on every run (and Electron's release list for one
// check, which is left out). Its HTTP client is replaced here by one that refuses at once, so the
// review works offline and makes no request; it then uses its bundled English texts.
import { createRequire } from 'node:module';

const [input, electronVersion] = process.argv.slice(2);
if (!input || !electronVersion) throw new Error('usage: electronegativity-child.ts <input dir> <electron version>');

const localRequire = createRequire(import.meta.url);
const toolRequire = createRequire(localRequire.resolve('@doyensec/electronegativity'));
const gotPath = toolRequire.resolve('got');
const refuse = () => Promise.reject(new Error('offline: the security review makes no network requests'));
localRequire.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(refuse, { default: refuse, __esModule: true }) } as unknown as NodeJS.Module;

const { default: run } = await import('@doyensec/electronegativity');
const { list_files: listFiles } = await import('@doyensec/electronegativity/dist/util/index.js');

const files = await listFiles(input);
const result = await run({
  input,
  electronVersionOverride: electronVersion,
  // Needs electronjs.org's release list (network). Electron's version is checked offline instead
  // (package.json must pin 45.x, the current line) by the security review, item 16.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  isRelative: true,
});
process.stdout.write(
  `${JSON.stringify({
    filesScanned: files.length,
    checks: result.globalChecks + result.atomicChecks,
    errors: result.errors,
    issues: result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file,
      line: issue.location.line,
      severity: issue.severity.name ?? String(issue.severity),
      confidence: issue.confidence.name ?? String(issue.confidence),
      sample: String(issue.sample ?? '').slice(0, 200),
      description: issue.description,
    })),
  })}\n`,
);
process.exit(0);
