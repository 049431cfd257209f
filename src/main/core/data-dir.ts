import { resolve } from 'node:path';

/** `--data-dir DIR` (or `--data-dir=DIR`) wins, then HARBOR_DATA_DIR, then the platform default. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data-dir' && argv[i + 1]) return resolve(argv[i + 1]!);
    if (arg.startsWith('--data-dir=')) return resolve(arg.slice('--data-dir='.length));
  }
  if (env.HARBOR_DATA_DIR) return resolve(env.HARBOR_DATA_DIR);
  return fallback;
}
