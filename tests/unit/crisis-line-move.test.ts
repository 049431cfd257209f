// The crisis line older versions kept in settings.json (plain text) moves into the encrypted
// safety plan at the next unlock, then leaves the settings file; the locked copy carries it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { noKeychain, type Keychain } from '../../src/main/core/keychain.ts';
import { LOCKED_COPY_FILE } from '../../src/main/core/coping/locked-copy.ts';
import { moveCrisisLineIntoPlan } from '../../src/main/core/coping/crisis-line-move.ts';
import { SETTINGS_FILE_NAME } from '../../src/main/core/settings/settings-store.ts';
import type { SafetyPlanView } from '../../src/shared/contract/coping.ts';
import { TEST_PASSPHRASE, unlockedCore } from '../support/core.ts';
import { testKeychain } from '../support/keychain.ts';
import { FAST_KDF } from '../support/temp-dir.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const MARKER = 'Harbourline 0800 555 0199';

/** A set-up journal whose settings file then gets an older version's crisis line, as an upgrade finds it. */
async function journalWithLegacyLine(line: unknown, keychain: Keychain = noKeychain) {
  const h = await unlockedCore({ keychain });
  cleanups.push(() => h.cleanup());
  await h.value('safetyPlanSave', {
    sections: { warning_signs: 'I go quiet', alone: '', distractions: '', helpers: '', professionals: '', safer_surroundings: '', reasons: '' },
    contacts: [
      { section: 'helpers', name: 'Sam', reach: 'call 07700 900123', country: '' },
      { section: 'professionals', name: 'Dr Lee', reach: 'surgery 020 7946 0000', country: '' },
    ],
  });
  await h.value('vaultLock');
  h.core.close();
  const path = join(h.dataDir, SETTINGS_FILE_NAME);
  const settings = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  writeFileSync(path, JSON.stringify({ ...settings, theme: 'dark', crisisLine: line }));
  // The upgraded app starts on the same data folder.
  const core = new HarborCore({ dataDir: h.dataDir, platform: { keychain }, kdfCost: FAST_KDF, log: () => {} });
  cleanups.push(() => core.close());
  const call = async <T,>(method: string, input: unknown = {}): Promise<T> => {
    const result = await core.call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  };
  return { dataDir: h.dataDir, core, call, settingsPath: path };
}

describe('the crisis line moves from the settings file into the safety plan', () => {
  it('at the next unlock: first among the services, gone from settings.json, other settings kept', async () => {
    const j = await journalWithLegacyLine({ service: 'Harbourline', reach: MARKER });
    expect(readFileSync(j.settingsPath, 'utf8')).toContain(MARKER);
    // Nothing moves while locked: the plan is not readable, and nothing is lost either.
    expect(j.core.settings.legacyCrisisLine()).toEqual({ service: 'Harbourline', reach: MARKER });

    await j.call('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    const plan = await j.call<SafetyPlanView>('safetyPlanGet');
    expect(plan.contacts).toEqual([
      { section: 'helpers', name: 'Sam', reach: 'call 07700 900123', country: '' },
      { section: 'professionals', name: 'Harbourline', reach: MARKER, country: '' },
      { section: 'professionals', name: 'Dr Lee', reach: 'surgery 020 7946 0000', country: '' },
    ]);
    expect(plan.sections.warning_signs).toBe('I go quiet');
    const file = readFileSync(j.settingsPath, 'utf8');
    expect(file).not.toContain(MARKER);
    expect(file).not.toContain('crisisLine');
    expect(JSON.parse(file).theme).toBe('dark');
    expect(await j.call('settingsAppearance')).toEqual({ theme: 'dark', discreetMode: false });
  });

  it('is in the locked copy when the plan opens while locked (keychain-sealed, so not in any file as text)', async () => {
    const keychain = testKeychain();
    const j = await journalWithLegacyLine({ service: 'Harbourline', reach: MARKER }, keychain);
    await j.call('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    await j.call('vaultLock');
    const plan = await j.call<SafetyPlanView>('safetyPlanGet');
    expect(plan.source).toBe('locked-copy');
    expect(plan.contacts.filter((c) => c.section === 'professionals').map((c) => c.reach)).toEqual([MARKER, 'surgery 020 7946 0000']);
    expect(readFileSync(join(j.dataDir, LOCKED_COPY_FILE), 'utf8')).not.toContain(MARKER);
    expect(readFileSync(j.settingsPath, 'utf8')).not.toContain(MARKER);
  });

  it('a line already in the plan is not added twice (a crash between the two writes runs the move again)', async () => {
    const j = await journalWithLegacyLine({ service: 'dr lee ', reach: 'Surgery 020 7946 0000' });
    await j.call('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    const plan = await j.call<SafetyPlanView>('safetyPlanGet');
    expect(plan.contacts.filter((c) => c.section === 'professionals')).toHaveLength(1);
    expect(readFileSync(j.settingsPath, 'utf8')).not.toContain('crisisLine');
  });

  it('an unusable value is dropped from settings and the plan is left as it was; no value means nothing to do', async () => {
    const j = await journalWithLegacyLine({ service: '', reach: 42 });
    await j.call('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    const plan = await j.call<SafetyPlanView>('safetyPlanGet');
    expect(plan.contacts).toHaveLength(2);
    expect(readFileSync(j.settingsPath, 'utf8')).not.toContain('crisisLine');

    let forgotten = 0;
    const source = (value: unknown) => ({ read: () => value, forget: () => forgotten++ });
    const db = j.core.vault.db;
    expect(moveCrisisLineIntoPlan(db, source(undefined), Date.now())).toBe('none');
    expect(forgotten).toBe(0);
    expect(moveCrisisLineIntoPlan(db, source(null), Date.now())).toBe('none');
    expect(forgotten).toBe(1);
    expect(moveCrisisLineIntoPlan(db, source({ service: 'Line', reach: 'text 85258' }), Date.now())).toBe('moved');
    expect(moveCrisisLineIntoPlan(db, source({ service: 'Line', reach: 'text 85258' }), Date.now())).toBe('already-in-plan');
    expect(forgotten).toBe(3);
  });
});
