// Runs @doyensec/electronegativity on one folder and prints its result as one JSON line.
// A child process because the tool's translation download (it tries the network, and this
// machine has none) can throw later, from a timer: here that cannot take the test run down.
//   node tests/reliability/electronegativity-child.ts <input dir> <electron version>
import run from '@doyensec/electronegativity';
import { list_files as listFiles } from '@doyensec/electronegativity/dist/util/index.js';

const [input, electronVersion] = process.argv.slice(2);
if (!input || !electronVersion) throw new Error('usage: electronegativity-child.ts <input dir> <electron version>');

process.on('uncaughtException', (error) => {
  // Only the tool's own offline download may fail late; anything else is a real failure.
  if (/p-cancelable|got|ENOTFOUND|EAI_AGAIN|ECONNREFUSED/.test(String(error.stack))) return;
  console.error(error);
  process.exit(2);
});

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
