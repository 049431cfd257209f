// `npm run bench`: runs every bench/*.bench.ts file (Node 24 runs TypeScript directly).
// Each prints one JSON object per line: {"name","value","unit",...}.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(`${root}bench`)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = false;
for (const file of files) {
  const result = spawnSync(process.execPath, ['--expose-gc', `${root}bench/${file}`], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    failed = true;
    console.error(JSON.stringify({ name: `${file}:failed`, value: result.status, unit: 'exit-code' }));
  }
}
process.exit(failed ? 1 : 0);
