// `npm run seed:demo` takes the passphrase from HARBOR_PASSPHRASE or standard input, never from
// the command line (where shell history, process lists and npm's logs would keep it).
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PASSPHRASE = 'low tide at the harbour wall';
const temps: { cleanup(): void }[] = [];
afterEach(() => temps.splice(0).forEach((t) => t.cleanup()));

function seed(args: string[], options: { env?: Record<string, string>; input?: string } = {}) {
  const temp = makeTempDir('harbor-seed-cli-');
  temps.push(temp);
  const dataDir = join(temp.dir, 'journal');
  const env = { ...process.env, ...options.env };
  if (!options.env?.HARBOR_PASSPHRASE) delete env.HARBOR_PASSPHRASE;
  const run = spawnSync(process.execPath, ['scripts/seed-demo.mjs', '--data-dir', dataDir, '--years', '0.02', ...args], {
    cwd: root,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { ...run, dataDir };
}

async function opensWith(dataDir: string, passphrase: string): Promise<boolean> {
  const core = new HarborCore({ dataDir, platform: { keychain: noKeychain } });
  try {
    return (await core.call('vaultUnlock', { passphrase })).ok;
  } finally {
    core.close();
  }
}

describe('seed:demo passphrase', () => {
  it('refuses a passphrase on the command line, in either spelling, and writes nothing', () => {
    for (const args of [['--passphrase', PASSPHRASE], [`--passphrase=${PASSPHRASE}`]]) {
      const run = seed(args, { env: { HARBOR_PASSPHRASE: PASSPHRASE } });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('no longer takes the passphrase on the command line');
      expect(run.stderr + run.stdout).not.toContain(PASSPHRASE);
      expect(existsSync(run.dataDir)).toBe(false);
    }
  });

  it('reads it from HARBOR_PASSPHRASE', async () => {
    const run = seed([], { env: { HARBOR_PASSPHRASE: PASSPHRASE } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Wrote \d+ demo check-ins/);
    expect(run.stdout + run.stderr).not.toContain(PASSPHRASE);
    expect(await opensWith(run.dataDir, PASSPHRASE)).toBe(true);
  });

  it('reads it from the first line of standard input', async () => {
    const run = seed([], { input: `${PASSPHRASE}\nnot this line\n` });
    expect(run.status, run.stderr).toBe(0);
    expect(await opensWith(run.dataDir, PASSPHRASE)).toBe(true);
    expect(await opensWith(run.dataDir, 'not this line')).toBe(false);
    // Nothing in the data folder holds it in the clear.
    for (const name of readdirSync(run.dataDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
      expect(readFileSync(join(name.parentPath, name.name)).includes(PASSPHRASE), name.name).toBe(false);
    }
  });

  it('stops with a clear message when no passphrase is given at all', () => {
    const run = seed([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Give a passphrase.');
    expect(existsSync(run.dataDir)).toBe(false);
  });
});
