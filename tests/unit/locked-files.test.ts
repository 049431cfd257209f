// The files Harbor reads while locked, against someone who can write to the data folder: an
// unencrypted coping copy where a keychain exists, a swapped sealing key, unreadable or far too
// many uses kept while locked. Real core, real encrypted journal, real files.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import type { Keychain } from '../../src/main/core/keychain.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { LOCKED_COPY_FILE } from '../../src/main/core/coping/locked-copy.ts';
import {
  PENDING_KEY_FILE,
  PENDING_MAX_BYTES,
  PENDING_MAX_USES,
  PENDING_UNREADABLE_FILE,
  PENDING_USES_FILE,
  generateSealingKeyPair,
  seal,
} from '../../src/main/core/coping/pending-uses.ts';
import { testKeychain } from '../support/keychain.ts';
import { FAST_KDF, makeTempDir } from '../support/temp-dir.ts';

const PASSPHRASE = 'quiet harbour evening';
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const aUse = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  startedAt: Date.parse('2025-03-01T20:00:00Z'),
  endedAt: Date.parse('2025-03-01T20:10:00Z'),
  minutesPlanned: 10,
  urgeBefore: 7,
  urgeAfter: 3,
  outcome: 'eased',
  items: [],
  note: '',
  ...overrides,
});

async function lockedJournal(keychain: Keychain = noKeychain) {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  const logged: string[] = [];
  const core = new HarborCore({ dataDir: temp.dir, platform: { keychain }, kdfCost: FAST_KDF, log: (message) => logged.push(message) });
  cleanups.unshift(() => core.close());
  const created = await core.call('vaultCreate', { passphrase: PASSPHRASE });
  if (!created.ok) throw new Error(created.error.message);
  core.vault.lock();
  const value = async <T = unknown>(method: string, input: unknown = {}): Promise<T> => {
    const result = await core.call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  };
  const unlock = async () => {
    await value('vaultUnlock', { passphrase: PASSPHRASE });
    return (await value<{ notices: string[] }>('vaultUnlockNotices')).notices;
  };
  const usesInJournal = () => core.vault.db.prepare('SELECT count(*) FROM coping_uses WHERE kept_while_locked = 1').pluck().get() as number;
  return { core, dir: temp.dir, logged, value, unlock, usesInJournal };
}

describe('the coping copy readable while locked', () => {
  it('where a keychain exists, an unencrypted copy is ignored, the window says why, and unlock replaces it with a sealed one', async () => {
    const h = await lockedJournal(testKeychain());
    const sealed = JSON.parse(readFileSync(join(h.dir, LOCKED_COPY_FILE), 'utf8'));
    expect(sealed.protection).toBe('keychain');
    // Someone with write access puts a plan of their own there, in plain text (made here by a
    // Harbor without a keychain, so it is a well-formed copy).
    const other = await lockedJournal(noKeychain);
    await other.unlock();
    await other.value('copingItemAdd', { kind: 'own', title: 'Call this number', note: '' });
    await other.value('copingSetLockedAccess', { choice: 'while-locked' });
    const planted = JSON.parse(readFileSync(join(other.dir, LOCKED_COPY_FILE), 'utf8'));
    expect(planted.protection).toBe('unencrypted');
    writeFileSync(join(h.dir, LOCKED_COPY_FILE), JSON.stringify(planted));

    const box = await h.value<{ source: string; notice: string; items: { title: string }[] }>('copingBox');
    expect(box.source).toBe('starter');
    expect(box.items.map((i) => i.title)).not.toContain('Call this number');
    expect(box.notice).toMatch(/keychain had not sealed, so it did not use it/);
    const plan = await h.value<{ source: string; notice: string }>('safetyPlanGet');
    expect(plan.source).toBe('starter');
    expect(plan.notice).toMatch(/had not sealed/);

    const notices = await h.unlock();
    expect(notices.join(' ')).toMatch(/had not sealed, so it did not show it while Harbor was locked\. It has put a sealed copy in its place\./);
    expect(h.logged.some((m) => m.includes(`unencrypted ${LOCKED_COPY_FILE}`))).toBe(true);
    expect(JSON.parse(readFileSync(join(h.dir, LOCKED_COPY_FILE), 'utf8')).protection).toBe('keychain');
    // Told once.
    expect((await h.value<{ notices: string[] }>('vaultUnlockNotices')).notices).toEqual([]);
    h.core.vault.lock();
    expect(await h.value<{ source: string }>('copingBox')).toMatchObject({ source: 'locked-copy', notice: null });
  });

  it('without a keychain, the unencrypted copy the person chose still opens while locked', async () => {
    const h = await lockedJournal(noKeychain);
    await h.unlock();
    await h.value('copingSetLockedAccess', { choice: 'while-locked' });
    h.core.vault.lock();
    expect(await h.value<{ source: string }>('copingBox')).toMatchObject({ source: 'locked-copy', notice: null });
  });

  it('a copy kept unencrypted before a keychain appeared is sealed at the next unlock', async () => {
    const keychain = testKeychain();
    keychain.available = false;
    const h = await lockedJournal(keychain);
    await h.unlock();
    await h.value('copingSetLockedAccess', { choice: 'while-locked' });
    expect(JSON.parse(readFileSync(join(h.dir, LOCKED_COPY_FILE), 'utf8')).protection).toBe('unencrypted');
    h.core.vault.lock();
    keychain.available = true;
    await h.unlock();
    expect(JSON.parse(readFileSync(join(h.dir, LOCKED_COPY_FILE), 'utf8')).protection).toBe('keychain');
    expect(await h.value('copingLockedAccess')).toMatchObject({ choice: 'while-locked', protection: 'keychain' });
  });
});

describe('uses kept while locked', () => {
  it(`keeps the newest ${PENDING_MAX_USES}; the older ones are counted and the person is told`, async () => {
    const h = await lockedJournal();
    await h.unlock(); // writes the sealing key
    h.core.vault.lock();
    const total = PENDING_MAX_USES + 12;
    const ids: string[] = [];
    for (let i = 0; i < total; i++) {
      const use = aUse({ startedAt: Date.parse('2025-03-01T20:00:00Z') + i * 60_000, endedAt: null, outcome: null, urgeAfter: null });
      ids.push(use.id);
      expect(await h.value('copingUseSave', use)).toMatchObject({ stored: 'pending' });
    }
    const lines = readFileSync(join(h.dir, PENDING_USES_FILE), 'utf8').trim().split('\n');
    expect(JSON.parse(lines[0]!)).toEqual({ v: 1, dropped: 12 });
    expect(lines).toHaveLength(PENDING_MAX_USES + 1);
    expect(readFileSync(join(h.dir, PENDING_USES_FILE)).length).toBeLessThanOrEqual(PENDING_MAX_BYTES);

    const notices = await h.unlock();
    expect(h.usesInJournal()).toBe(PENDING_MAX_USES);
    const kept = h.core.vault.db.prepare('SELECT uuid FROM coping_uses WHERE kept_while_locked = 1').pluck().all() as string[];
    expect(new Set(kept)).toEqual(new Set(ids.slice(12)));
    expect(notices).toContain(`While Harbor was locked it kept your newest ${PENDING_MAX_USES} urge-timer uses; 12 older uses did not fit and were not kept.`);
    expect(existsSync(join(h.dir, PENDING_USES_FILE))).toBe(false);
  }, 60_000);

  it('unreadable records are moved to a named file, never deleted, and the log says exactly that', async () => {
    const h = await lockedJournal();
    await h.unlock();
    h.core.vault.lock();
    await h.value('copingUseSave', aUse());
    const stranger = generateSealingKeyPair();
    const torn = '{"v":1,"epk":"AAAA","iv":';
    const sealedElsewhere = JSON.stringify(seal(Buffer.from(JSON.stringify(aUse())), stranger.publicKey));
    appendFileSync(join(h.dir, PENDING_USES_FILE), `${sealedElsewhere}\n${torn}\n`);
    await h.value('copingUseSave', aUse());

    const notices = await h.unlock();
    expect(h.usesInJournal()).toBe(2);
    expect(readFileSync(join(h.dir, PENDING_UNREADABLE_FILE), 'utf8')).toBe(`${sealedElsewhere}\n${torn}\n`);
    expect(h.logged).toContain(`Harbor: 2 kept use(s) could not be read; they were moved to ${PENDING_UNREADABLE_FILE} in the data folder, nothing was deleted`);
    expect(notices.join(' ')).toMatch(new RegExp(`2 urge-timer uses made while Harbor was locked could not be read.*kept in ${PENDING_UNREADABLE_FILE.replaceAll('.', '\\.')}`));
    expect(existsSync(join(h.dir, PENDING_USES_FILE))).toBe(false);
  });

  it('a file far over the cap is read only from its end and moved aside whole', async () => {
    const h = await lockedJournal();
    await h.unlock();
    h.core.vault.lock();
    writeFileSync(join(h.dir, PENDING_USES_FILE), `${'x'.repeat(1000)}\n`.repeat(5000)); // 5 MB of junk
    await h.value('copingUseSave', aUse());
    const notices = await h.unlock();
    expect(h.usesInJournal()).toBe(1);
    const moved = readdirSync(h.dir).filter((name) => /^coping-pending\.oversized-\d+\.jsonl$/.test(name));
    expect(moved).toHaveLength(1);
    expect(readFileSync(join(h.dir, moved[0]!)).length).toBeGreaterThan(5_000_000);
    expect(notices.join(' ')).toMatch(/some older uses did not fit/);
    expect(existsSync(join(h.dir, PENDING_USES_FILE))).toBe(false);
  });

  it('a swapped sealing key is found at unlock: reported, Harbor’s own key put back, what was sealed to the stranger set aside', async () => {
    const h = await lockedJournal();
    await h.unlock();
    h.core.vault.lock();
    const ownKey = readFileSync(join(h.dir, PENDING_KEY_FILE), 'utf8');
    const stranger = generateSealingKeyPair();
    writeFileSync(join(h.dir, PENDING_KEY_FILE), JSON.stringify({ format: 'harbor-coping-pending-key', version: 1, publicKey: stranger.publicKey }));
    await h.value('copingUseSave', aUse()); // sealed to the stranger's key, as Harbor cannot know yet

    const notices = await h.unlock();
    expect(notices.join(' ')).toMatch(/had been replaced by something other than Harbor\. Harbor has put its own back\./);
    expect(h.logged).toContain(`Harbor: ${PENDING_KEY_FILE} held a key this journal did not make; Harbor's own key was put back`);
    expect(readFileSync(join(h.dir, PENDING_KEY_FILE), 'utf8')).toBe(ownKey);
    expect(h.usesInJournal()).toBe(0);
    expect(readFileSync(join(h.dir, PENDING_UNREADABLE_FILE), 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('a missing key file is simply written again, with nothing to report', async () => {
    const h = await lockedJournal();
    await h.unlock();
    h.core.vault.lock();
    writeFileSync(join(h.dir, PENDING_KEY_FILE), 'not json');
    expect(await h.unlock()).toEqual([]);
    expect(JSON.parse(readFileSync(join(h.dir, PENDING_KEY_FILE), 'utf8')).format).toBe('harbor-coping-pending-key');
  });
});
