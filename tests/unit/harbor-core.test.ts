// HarborCore.call, the one wrapper every IPC and harness request goes through. The contract is
// iterated, so methods added by later features are covered without touching this file.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiMethods, contract } from '../../src/shared/contract/index.ts';
import { errorCodes, HarborError, type Result } from '../../src/shared/result.ts';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { vaultContract } from '../../src/shared/contract/vault.ts';
import { unlockedCore } from '../support/core.ts';
import { FAST_KDF, makeTempDir } from '../support/temp-dir.ts';

const vaultMethods = Object.keys(vaultContract) as (keyof typeof vaultContract)[];

const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  while (cleanups.length) cleanups.pop()!();
});

async function unlocked() {
  const h = await unlockedCore();
  cleanups.push(() => h.cleanup());
  return h;
}

function lockedNewCore() {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  const core = new HarborCore({ dataDir: temp.dir, platform: { keychain: noKeychain }, kdfCost: FAST_KDF, log: () => {} });
  cleanups.unshift(() => core.close());
  return core;
}

function expectResultShape(result: Result<unknown>) {
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(errorCodes).toContain(result.error.code);
    expect(typeof result.error.message).toBe('string');
    expect(result.error.message.length).toBeGreaterThan(0);
  }
}

const unlockedOnly = apiMethods.filter((m) => contract[m].access === 'unlocked');

describe('HarborCore.call: input validation', () => {
  // Inputs no vault method accepts, each with what the message should say.
  const badVaultInputs: Record<keyof typeof vaultContract, unknown[]> = {
    vaultStatus: [{ x: 1 }, [], 'status'],
    vaultCreate: [{}, { passphrase: '' }, { passphrase: 'short' }, { passphrase: 5 }, { passphrase: 'long enough words', x: 1 }],
    vaultUnlock: [{}, { passphrase: '' }, { passphrase: null }, { passphrase: 'x'.repeat(1025) }, { passphrase: 'ok', more: 1 }],
    vaultUnlockWithRecoveryCode: [{}, { recoveryCode: '' , newPassphrase: 'long enough words' }, { recoveryCode: 'AAAA', newPassphrase: 'short' }, { recoveryCode: 'AAAA' }, { recoveryCode: 'A'.repeat(201), newPassphrase: 'long enough words' }],
    vaultTryAutoUnlock: [{ now: true }, 7],
    vaultLock: [{ force: true }, 'lock'],
    vaultChangePassphrase: [{}, { current: 'x' }, { current: '', next: 'long enough words' }, { current: 'x', next: 'short' }],
    vaultNewRecoveryCode: [{}, { passphrase: '' }, { passphrase: ['a'] }],
    vaultSetAutoUnlock: [{}, { enabled: 'yes' }, { enabled: 1 }],
    vaultUnlockNotices: [{ clear: true }, 'notices'],
  };

  it('every vault method answers invalid input with `invalid_input` and a readable message', async () => {
    const h = await unlocked();
    const before = h.core.vault.state();
    for (const method of vaultMethods) {
      for (const input of badVaultInputs[method]) {
        const result = await h.core.call(method, input);
        expect(result, `${method} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        const message = (result as { error: { message: string } }).error.message;
        // Readable: one short sentence, not a dump of zod internals.
        expect(message).toMatch(/^[^\n]{8,}\.$/);
        expect(message).not.toMatch(/ZodError|"code"|\[object Object\]|Invalid input: expected|[<>]=/);
        expect(message.length).toBeLessThanOrEqual(300);
      }
    }
    expect(h.core.vault.state()).toBe(before); // nothing ran
  });

  it('says which field and what was wrong with it in words, never by its key', async () => {
    const core = lockedNewCore();
    const message = async (method: string, input: unknown) => ((await core.call(method, input)) as { error: { message: string } }).error.message;
    expect(await message('vaultUnlock', {})).toBe('Your passphrase is missing.');
    expect(await message('vaultUnlock', { passphrase: 42 })).toBe('Your passphrase should be text.');
    expect(await message('vaultUnlock', { passphrase: '' })).toBe('Enter your passphrase.');
    expect(await message('vaultUnlock', { passphrase: 'x', spare: 1 })).toBe('This request holds something Harbor does not expect.');
    expect(await message('vaultStatus', [])).toBe('This request should be a set of answers.');
    expect(await message('vaultCreate', { passphrase: 'short' })).toMatch(/^Use at least 8 characters/);
    expect(await message('vaultUnlockWithRecoveryCode', { recoveryCode: 'A'.repeat(201), newPassphrase: 'long enough words' })).toBe(
      'Your recovery code is too long: it can hold at most 200 characters.',
    );
  });

  it('every method in the contract refuses input that is not its own object', async () => {
    const h = await unlocked();
    for (const method of apiMethods) {
      for (const input of [[], 'text', 42, true, { surely_not_a_field_of_anything: 1 }]) {
        const result = await h.core.call(method, input);
        expect(result, `${method} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      }
    }
  });

  it('an unknown method is `invalid_input`, including names every object has', async () => {
    const h = await unlocked();
    for (const method of ['noSuchMethod', '', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'vaultstatus', 'harbor:vaultStatus']) {
      expect(await h.core.call(method, {}), method).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Unknown request.' } });
    }
  });
});

describe('HarborCore.call: the lock', () => {
  it('every method that needs an unlocked vault answers `locked` while locked, whatever the input', async () => {
    expect(unlockedOnly.length).toBeGreaterThan(0);
    const h = await unlocked();
    h.core.vault.lock();
    for (const method of unlockedOnly) {
      for (const input of [{}, undefined, null, { anything: 'at all' }]) {
        expect(await h.core.call(method, input), method).toEqual({
          ok: false,
          error: { code: 'locked', message: 'Harbor is locked. Unlock it to continue.' },
        });
      }
    }
    expect(h.core.vault.state()).toBe('locked');
  });

  it('and before setup too', async () => {
    const core = lockedNewCore();
    for (const method of unlockedOnly) {
      expect(await core.call(method, {}), method).toMatchObject({ ok: false, error: { code: 'locked' } });
    }
  });
});

describe('HarborCore.call: unexpected failures', () => {
  it('a handler throwing a plain Error becomes `internal`, logged but not shown', async () => {
    const log = vi.fn();
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const core = new HarborCore({ dataDir: temp.dir, platform: { keychain: noKeychain }, kdfCost: FAST_KDF, log });
    const secret = new Error('SQLITE_CORRUPT at /home/someone/.config/Harbor/harbor.db: journal text here');
    vi.spyOn(core.vault, 'status').mockImplementation(() => {
      throw secret;
    });
    const result = await core.call('vaultStatus', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    const message = (result as { error: { message: string } }).error.message;
    expect(message).not.toMatch(/SQLITE|home|journal text|Error/);
    expect(message).toMatch(/What you wrote before this is safe/);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('vaultStatus'), secret);
  });

  it('throwing non-errors, rejecting promises and returning the wrong shape are all `internal`', async () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const core = new HarborCore({ dataDir: temp.dir, platform: { keychain: noKeychain }, kdfCost: FAST_KDF, log: () => {} });
    const throwers: (() => unknown)[] = [
      () => {
        throw 'a string';
      },
      () => {
        throw null;
      },
      () => {
        throw undefined;
      },
      () => {
        throw { code: 'locked', message: 'looks like a HarborError but is not one' };
      },
      () => ({ state: 'sort of', autoUnlock: 'maybe' }), // fails the output schema
    ];
    for (const thrower of throwers) {
      vi.spyOn(core.vault, 'status').mockImplementation(thrower as never);
      expect(await core.call('vaultStatus', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    }
    vi.spyOn(core.vault, 'unlock').mockRejectedValue(new TypeError('boom'));
    expect(await core.call('vaultUnlock', { passphrase: 'anything' })).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('a HarborError keeps its code and its message', async () => {
    const core = lockedNewCore();
    vi.spyOn(core.vault, 'status').mockImplementation(() => {
      throw new HarborError('read_only', 'Harbor cannot write to /x.');
    });
    expect(await core.call('vaultStatus', {})).toEqual({ ok: false, error: { code: 'read_only', message: 'Harbor cannot write to /x.' } });
  });
});

describe('HarborCore.call never throws', () => {
  const strange: unknown[] = [
    null,
    undefined,
    [],
    [1, 2, 3],
    '',
    'x'.repeat(100_000),
    0,
    Number.NaN,
    true,
    JSON.parse('{"__proto__": {"polluted": 1}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}'),
    JSON.parse('{"passphrase": "long enough words", "__proto__": {"polluted": 1}}'),
    Object.create(null),
    { toString: 'not a function', valueOf: 1 },
    { a: { b: { c: { d: { e: { f: [[[[[]]]]] } } } } } },
  ];

  it('for any method with strange input, locked or unlocked, and nothing gets polluted', async () => {
    const h = await unlocked();
    for (const state of ['unlocked', 'locked'] as const) {
      for (const method of [...apiMethods, 'unknown', '__proto__']) {
        for (const input of strange) {
          if (state === 'unlocked' && h.core.vault.state() !== 'unlocked') await h.value('vaultUnlock', { passphrase: 'quiet harbour evening' });
          if (state === 'locked') h.core.vault.lock();
          let result: Result<unknown> | undefined;
          await expect(
            (async () => {
              result = await h.core.call(method, input);
            })(),
          ).resolves.toBeUndefined();
          expectResultShape(result!);
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('the prototype-pollution shapes are refused as `invalid_input` by vault methods', async () => {
    const core = lockedNewCore();
    const polluted = JSON.parse('{"passphrase": "long enough words", "__proto__": {"polluted": 1}}');
    expect(await core.call('vaultCreate', polluted)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await core.call('vaultStatus', JSON.parse('{"__proto__": {"polluted": 1}}'))).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(core.vault.state()).toBe('none');
  });
});

describe('events', () => {
  it('lock and unlock are pushed to listeners as vault events', async () => {
    const h = await unlocked();
    const events: unknown[] = [];
    const stop = h.core.onEvent((event) => events.push(event));
    await h.value('vaultLock');
    await h.value('vaultUnlock', { passphrase: 'quiet harbour evening' });
    stop();
    await h.value('vaultLock');
    expect(events).toEqual([
      { type: 'vault', state: 'locked' },
      { type: 'vault', state: 'unlocked' },
    ]);
  });

  it('a lock from outside the page: before-lock, and the page that saves and locks ends the wait', async () => {
    const h = await unlocked();
    const order: string[] = [];
    h.core.onEvent((event) => {
      order.push(event.type === 'vault' ? `vault ${event.state}` : event.type);
      // What the journal page does: save the draft in progress, then lock as its Lock button does.
      if (event.type === 'before-lock') {
        void h.core
          .call('journalSaveDraft', { day: '2025-03-14', checkIn: { mood: 2, reflection: 'half a sentence' } })
          .then((saved) => order.push(saved.ok ? 'draft saved' : `draft failed: ${saved.error.message}`))
          .then(() => h.core.call('vaultLock', {}));
      }
    });
    // A minute to answer: the lock below ends long before the test's own time limit only if the
    // page's lock ended the wait.
    await h.core.lockGracefully(60_000);
    expect(order).toEqual(['before-lock', 'draft saved', 'vault locked']);
    expect(h.core.vault.state()).toBe('locked');
  });

  it('a lock from outside the page with no page answering: main locks after the wait', async () => {
    const h = await unlocked();
    const events: unknown[] = [];
    h.core.onEvent((event) => events.push(event));
    await h.core.lockGracefully(5);
    expect(events).toEqual([{ type: 'before-lock' }, { type: 'vault', state: 'locked' }]);
    expect(h.core.vault.state()).toBe('locked');
  });
});

describe('HarborCore.call: writes are marked from the contract table', () => {
  const checkIn = { mood: 3, emotions: [], peakUrge: 2, selfHarm: 'no', triggers: [], helped: [], reflection: 'A quiet day.', prompts: [] };
  // Calls that change the database, and calls that only read it.
  const calls: [method: string, input: unknown][] = [
    ['journalToday', {}],
    ['journalSaveDraft', { day: '2002-03-05', checkIn }],
    ['journalSaveEntry', { day: '2002-03-05', checkIn }],
    ['journalGetDay', { day: '2002-03-05' }],
    ['journalHistory', {}],
    ['relapseRecord', { day: '2002-03-06' }],
    ['recoveryOverview', {}],
    ['copingBox', {}],
    ['safetyPlanGet', {}],
  ];

  it('a call that changed the database is flagged `writes`, and main noted it exactly once', async () => {
    const h = await unlocked();
    const noted = vi.spyOn(h.core.vault, 'noteWrite');
    const changes = () => (h.core.vault.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    let changedSome = 0;
    for (const [method, input] of calls) {
      const before = changes();
      noted.mockClear();
      await h.value(method, input);
      const changed = changes() > before;
      if (changed) changedSome++;
      const spec = contract[method as keyof typeof contract];
      if (changed) expect(spec.writes, `${method} changed the database`).toBe(true);
      expect(noted, method).toHaveBeenCalledTimes(spec.writes ? 1 : 0);
    }
    expect(changedSome).toBeGreaterThanOrEqual(3);
  });

  it('a refused write (bad input, or locked) notes nothing', async () => {
    const h = await unlocked();
    const noted = vi.spyOn(h.core.vault, 'noteWrite');
    expect((await h.core.call('journalSaveDraft', { day: 'tomorrow', checkIn })).ok).toBe(false);
    await h.value('vaultLock');
    expect((await h.core.call('journalSaveDraft', { day: '2002-03-05', checkIn })).ok).toBe(false);
    expect(noted).not.toHaveBeenCalled();
  });
});
