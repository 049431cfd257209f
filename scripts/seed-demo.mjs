// `npm run seed:demo -- --data-dir DIR --years N --passphrase P [--seed S] [--force]`
// Creates a Harbor journal filled with a realistic synthetic history (src/main/tools/seed-demo.ts).
import { parseArgs } from 'node:util';

const usage = 'Usage: npm run seed:demo -- --data-dir DIR --years N --passphrase P [--seed S] [--force]';
let values;
try {
  ({ values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      years: { type: 'string', default: '1' },
      passphrase: { type: 'string' },
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
if (!values['data-dir'] || !values.passphrase) {
  console.error(`Give a data folder and a passphrase.\n${usage}`);
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

const { seedDemo } = await import('../src/main/tools/seed-demo.ts');
const started = Date.now();
try {
  const result = await seedDemo({ dataDir: values['data-dir'], years, passphrase: values.passphrase, seed, force: values.force, log: console.log });
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
