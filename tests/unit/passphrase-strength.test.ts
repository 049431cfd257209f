// New passphrases too easy to guess are refused by main, with a kind reason; the estimator and
// its word lists are bundled and never reach for the network.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dictionary } from '@zxcvbn-ts/language-common';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { passphraseWeakness } from '../../src/shared/passphrase-strength.ts';
import { FAST_KDF, makeTempDir } from '../support/temp-dir.ts';
import { unlockedCore, TEST_PASSPHRASE } from '../support/core.ts';

const newCore = () => {
  const temp = makeTempDir();
  const core = new HarborCore({ dataDir: temp.dir, platform: { keychain: noKeychain }, kdfCost: FAST_KDF, log: () => {} });
  return { core, cleanup: () => (core.close(), temp.cleanup()) };
};

afterEach(() => vi.unstubAllGlobals());

describe('setting up with a common password', () => {
  it('refuses "password" with a kind reason, creates nothing, then accepts a good passphrase', async () => {
    const { core, cleanup } = newCore();
    try {
      expect(await core.call('vaultCreate', { passphrase: 'password', confirm: 'password' })).toEqual({
        ok: false,
        error: {
          code: 'invalid_input',
          message: 'This is one of the most common passwords there is, so it is among the first anyone would try. A few unrelated words of your own, with spaces, work well.',
        },
      });
      expect(await core.call('vaultStatus', {})).toMatchObject({ ok: true, value: { state: 'none' } });
      expect(await core.call('vaultCreate', { passphrase: 'lamp river orange tuesday' })).toMatchObject({ ok: true });
    } finally {
      cleanup();
    }
  });

  it('refuses a common password as a new passphrase in Settings and after a recovery code too', async () => {
    const h = await unlockedCore();
    try {
      const changed = await h.core.call('vaultChangePassphrase', { current: TEST_PASSPHRASE, next: 'iloveyou' });
      expect(changed).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^This is one of the most common passwords/) } });
      await h.value('vaultLock');
      const recovered = await h.core.call('vaultUnlockWithRecoveryCode', { recoveryCode: h.recoveryCode, newPassphrase: 'qwertyuiop' });
      expect(recovered).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      // The old passphrase still opens it: nothing was changed.
      expect(await h.core.call('vaultUnlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({ ok: true });
    } finally {
      h.cleanup();
    }
  });
});

describe('the estimator', () => {
  it('refuses every one of the 10,000 most common passwords long enough to be offered', () => {
    const top = dictionary['passwords-common'].slice(0, 10_000).filter((p) => [...p].length >= 8);
    expect(top.length).toBeGreaterThan(3000);
    expect(top.filter((p) => passphraseWeakness(p) === null)).toEqual([]);
  }, 60_000);

  it('accepts a long passphrase of unrelated words, and one in another script', () => {
    for (const good of ['lamp river orange tuesday', 'quiet harbour evening', 'ברכה בגשם של בוקר', 'a'.repeat(3) + ' tide comes in slowly over the wall']) {
      expect(passphraseWeakness(good), good).toBeNull();
    }
  });

  it('says why in plain words: repeats and keyboard rows too', () => {
    expect(passphraseWeakness('passwordpassword')).toMatch(/^Repeated words or letters are quick to guess\./);
    expect(passphraseWeakness('qwertyuiop')).toMatch(/common password/);
    expect(passphraseWeakness('12345678')).toMatch(/most common passwords/);
  });

  it('never leaves the machine: no fetch, no request, while judging', () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network')));
    const xhr = vi.fn();
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('XMLHttpRequest', xhr);
    vi.stubGlobal('WebSocket', xhr);
    for (const p of ['password', 'lamp river orange tuesday', 'Tr0ub4dor&3']) passphraseWeakness(p);
    expect(fetch).not.toHaveBeenCalled();
    expect(xhr).not.toHaveBeenCalled();
  });
});
