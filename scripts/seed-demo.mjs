// `npm run seed:demo -- --data-dir DIR --years N [--seed S] [--force]`
// Creates a Harbor journal filled with a realistic synthetic history (src/main/tools/seed-demo.ts).
// The passphrase comes from HARBOR_PASSPHRASE or standard input, never from the command line,
// where it would be kept in shell history, process lists and npm's logs.
import { parseArgs } from 'node:util';

const usage =
  'Usage: npm run seed:demo -- --data-dir DIR --years N [--seed S] [--force]\n' +
  'The passphrase is read from HARBOR_PASSPHRASE, or asked for (or read from standard input when it is not a terminal).';
if (process.argv.some((arg) => arg === '--passphrase' || arg.startsWith('--passphrase='))) {
  console.error(
    'seed:demo no longer takes the passphrase on the command line: it would be kept in your shell history and npm\'s logs. ' +
      'Set HARBOR_PASSPHRASE, or leave it out and type it when asked.',
  );
  process.exit(2);
}
let values;
try {
  ({ values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      years: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      force: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
const years = Number(values.years);
const seed = Number(values.seed);
if (!values['data-dir']) {
  console.error(`Give a data folder.\n${usage}`);
  process.exit(2);
}
if (!Number.isFinite(years) || years <= 0 || years > 50) {
  console.error('--years must be a number above 0 and at most 50 (fractions like 0.5 are fine).');
  process.exit(2);
}
if (!Number.isInteger(seed)) {
  console.error('--seed must be a whole number.');
  process.exit(2);
}

const passphrase = process.env.HARBOR_PASSPHRASE || (await readPassphrase());
if (!passphrase) {
  console.error(`Give a passphrase.\n${usage}`);
  process.exit(2);
}

const { seedDemo } = await import('../src/main/tools/seed-demo.ts');
const started = Date.now();
try {
  const result = await seedDemo({ dataDir: values['data-dir'], years, passphrase, seed, force: values.force, log: console.log });
  console.log(
    `Wrote ${result.entries} demo check-ins` +
      (result.copingUses ? ` and ${result.copingUses} coping-box uses` : '') +
      ` to ${result.dataDir} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  console.log(`Open it with: npm run harness -- --data-dir ${result.dataDir}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

/** From a terminal: asked for, not shown while typed. Otherwise: the first line of standard input. */
async function readPassphrase() {
  const input = process.stdin;
  if (!input.isTTY) {
    let text = '';
    for await (const chunk of input) text += chunk;
    return text.split(/\r?\n/)[0] ?? '';
  }
  process.stderr.write('Passphrase for the demo journal (not shown): ');
  input.setRawMode(true);
  input.setEncoding('utf8');
  let typed = '';
  try {
    for await (const chunk of input) {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return typed;
        if (char === '\u0003') process.exit(130); // Ctrl+C
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    }
    return typed;
  } finally {
    input.setRawMode(false);
    input.pause();
    process.stderr.write('\n');
  }
}
