import { resolve } from 'node:path';

/** `--data-dir DIR` (or `--data-dir=DIR`) wins, then HARBOR_DATA_DIR, then the platform default. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // An empty value or a following flag is no folder (resolve('') would quietly mean "here").
    const value = arg === '--data-dir' ? argv[i + 1] : arg.startsWith('--data-dir=') ? arg.slice('--data-dir='.length) : undefined;
    if (value && !value.startsWith('--')) return resolve(value);
  }
  if (env.HARBOR_DATA_DIR) return resolve(env.HARBOR_DATA_DIR);
  return fallback;
}
