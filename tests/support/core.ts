import { HarborCore } from '../../src/main/core/harbor-core.ts';
import type { Keychain } from '../../src/main/core/keychain.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import type { Platform } from '../../src/main/core/platform.ts';
import { FAST_KDF, makeTempDir } from './temp-dir.ts';

export const TEST_PASSPHRASE = 'quiet harbour evening';

/** A real core over a real encrypted database in a temp dir, already set up and unlocked. */
/** `platform`: the desktop ports a test plays (dialogs, a save dialog…); none by default. */
export async function unlockedCore(options: { keychain?: Keychain; now?: () => Date; platform?: Partial<Platform> } = {}) {
  const temp = makeTempDir();
  const core = new HarborCore({
    dataDir: temp.dir,
    platform: { keychain: options.keychain ?? noKeychain, ...options.platform },
    kdfCost: FAST_KDF,
    now: options.now,
    log: () => {},
  });
  const created = await core.call('vaultCreate', { passphrase: TEST_PASSPHRASE });
  if (!created.ok) throw new Error(created.error.message);
  const recoveryCode = (created.value as { recoveryCode: string }).recoveryCode;
  return {
    core,
    dataDir: temp.dir,
    recoveryCode,
    /** Calls a method and returns its value, failing the test on an error result. */
    async value<T = unknown>(method: string, input: unknown = {}): Promise<T> {
      const result = await core.call(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    },
    cleanup() {
      core.close();
      temp.cleanup();
    },
  };
}
