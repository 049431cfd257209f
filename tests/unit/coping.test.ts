import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { LATEST_VERSION, migrate } from '../../src/main/core/db/migrations/index.ts';
import { listUses } from '../../src/main/core/coping/uses.ts';
import { LOCKED_COPY_FILE } from '../../src/main/core/coping/locked-copy.ts';
import { PENDING_KEY_FILE, PENDING_USES_FILE } from '../../src/main/core/coping/pending-uses.ts';
import { starterItems } from '../../src/main/core/coping/starter.ts';
import type { CopingBoxView, CopingItem, SafetyPlanView } from '../../src/shared/contract/coping.ts';
import { TEST_PASSPHRASE, unlockedCore } from '../support/core.ts';
import { testKeychain } from '../support/keychain.ts';
import { makeTempDir } from '../support/temp-dir.ts';

/** Every file under dir whose bytes contain the marker (as UTF-8). */
function filesContaining(dir: string, marker: string): string[] {
  const hits: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (readFileSync(full).includes(Buffer.from(marker, 'utf8'))) hits.push(full);
    }
  };
  walk(dir);
  return hits;
}

const use = (overrides: Partial<Record<string, unknown>> = {}) => ({
  id: crypto.randomUUID(),
  startedAt: Date.parse('2025-03-01T20:00:00Z'),
  endedAt: null,
  minutesPlanned: 10,
  urgeBefore: 7,
  urgeAfter: null,
  outcome: null,
  items: [],
  note: '',
  ...overrides,
});

describe('coping box operations', () => {
  it('starts with exactly the starter box, in the four kinds', async () => {
    const h = await unlockedCore();
    try {
      const box = await h.value<CopingBoxView>('copingBox');
      expect(box).toMatchObject({ vault: 'unlocked', source: 'journal', canEdit: true, notice: null });
      expect(box.items.map((i) => i.title)).toEqual(starterItems.map((i) => i.title));
      expect(new Set(box.items.map((i) => i.kind))).toEqual(new Set(['sensory', 'distraction', 'release', 'soothing']));
      expect(box.items.some((i) => /rubber band/i.test(i.title))).toBe(false);
    } finally {
      h.cleanup();
    }
  });

  it('adds, edits, hides, favourites and reorders items', async () => {
    const h = await unlockedCore();
    try {
      const added = await h.value<CopingItem>('copingItemAdd', { kind: 'soothing', title: '  Blue playlist ', note: 'the blue playlist' });
      expect(added).toMatchObject({ kind: 'soothing', title: 'Blue playlist', note: 'the blue playlist', hidden: false, favourite: false });
      let box = await h.value<CopingBoxView>('copingBox');
      const soothing = () => box.items.filter((i) => i.kind === 'soothing' && !i.hidden).map((i) => i.title);
      expect(soothing().at(-1)).toBe('Blue playlist');

      await h.value('copingItemMove', { id: added.id, direction: 'up' });
      box = await h.value<CopingBoxView>('copingBox');
      expect(soothing()).toEqual(['Take a warm bath', 'Listen to soothing music', 'Blue playlist', 'Use a lotion that smells nice']);
      // At the top it stays put.
      await h.value('copingItemMove', { id: box.items.find((i) => i.title === 'Take a warm bath')!.id, direction: 'up' });
      box = await h.value<CopingBoxView>('copingBox');
      expect(soothing()[0]).toBe('Take a warm bath');

      const edited = await h.value<CopingItem>('copingItemUpdate', { id: added.id, title: 'Blue playlist, loud', favourite: true });
      expect(edited).toMatchObject({ title: 'Blue playlist, loud', favourite: true, note: 'the blue playlist' });

      const ice = box.items.find((i) => i.starterKey === 'ice')!;
      await h.value('copingItemUpdate', { id: ice.id, hidden: true });
      box = await h.value<CopingBoxView>('copingBox');
      expect(box.items.find((i) => i.id === ice.id)!.hidden).toBe(true);

      const moved = await h.value<CopingItem>('copingItemUpdate', { id: added.id, kind: 'own' });
      expect(moved.kind).toBe('own');
    } finally {
      h.cleanup();
    }
  });

  it('refuses empty titles with a message and keeps 2,000-character notes', async () => {
    const h = await unlockedCore();
    try {
      const empty = await h.core.call('copingItemAdd', { kind: 'own', title: '   ', note: '' });
      expect(empty).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!empty.ok) expect(empty.error.message).toMatch(/title/i);
      const note = 'n'.repeat(2000);
      const item = await h.value<CopingItem>('copingItemAdd', { kind: 'own', title: 'Long note', note });
      expect(item.note).toHaveLength(2000);
      const tooLong = await h.core.call('copingItemAdd', { kind: 'own', title: 'Too long', note: note + 'x' });
      expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      const blankEdit = await h.core.call('copingItemUpdate', { id: item.id, title: '' });
      expect(blankEdit).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      const missing = await h.core.call('copingItemUpdate', { id: 99999, favourite: true });
      expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    } finally {
      h.cleanup();
    }
  });

  it('editing needs an unlocked vault', async () => {
    const h = await unlockedCore();
    try {
      await h.value('vaultLock');
      expect(await h.core.call('copingItemAdd', { kind: 'own', title: 'x' })).toMatchObject({ ok: false, error: { code: 'locked' } });
      expect(await h.core.call('safetyPlanSave', { sections: {}, contacts: [] })).toMatchObject({ ok: false });
    } finally {
      h.cleanup();
    }
  });
});

describe('urge ratings at the IPC boundary', () => {
  it.each([-1, 11, 3.5, '5'])('refuses urge %s', async (urge) => {
    const h = await unlockedCore();
    try {
      const result = await h.core.call('copingUseSave', use({ urgeBefore: urge }));
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      const after = await h.core.call('copingUseSave', use({ urgeAfter: urge, endedAt: Date.parse('2025-03-01T20:10:00Z') }));
      expect(after).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      const rated = await h.core.call('copingUseSave', use({ ratings: [{ minute: 2, urge }] }));
      expect(rated).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!result.ok) expect(result.error.message).toMatch(/^Rate the urge (with a (whole )?number )?from 0 to 10\.$/);
    } finally {
      h.cleanup();
    }
  });

  it('accepts a round whose first rating was skipped, and refuses a rating outside the round', async () => {
    const h = await unlockedCore();
    try {
      expect(await h.core.call('copingUseSave', use({ urgeBefore: null, ratings: [{ minute: 2.1, urge: 6 }] }))).toMatchObject({ ok: true });
      expect(await h.core.call('copingUseSave', use({ ratings: [{ minute: -1, urge: 6 }] }))).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await h.core.call('copingUseSave', use({ ratings: [{ minute: 241, urge: 6 }] }))).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    } finally {
      h.cleanup();
    }
  });
});

describe('use logging', () => {
  it('keeps every rating and every item ticked; the final save says which items were used in the end', async () => {
    const h = await unlockedCore();
    try {
      const items = (await h.value<CopingBoxView>('copingBox')).items;
      const [ice, sour, film] = [items[0]!, items[1]!, items[2]!];
      const ref = (i: typeof ice) => ({ id: i.id, starterKey: i.starterKey });
      const start = use({ startedAt: Date.now() - 3_600_000, ratings: [{ minute: 0.2, urge: 8 }], items: [ref(ice)] });
      await h.value('copingUseSave', start);
      await h.value('copingUseSave', { ...start, ratings: [{ minute: 0.2, urge: 8 }, { minute: 2.3, urge: 6 }], items: [ref(ice), ref(sour), ref(film)] });
      await h.value('copingUseSave', {
        ...start,
        endedAt: start.startedAt + 600_000,
        urgeAfter: 3,
        outcome: 'time-up',
        ratings: [{ minute: 0.2, urge: 8 }, { minute: 2.3, urge: 6 }, { minute: 10, urge: 3 }],
        items: [ref(ice), ref(film)],
      });
      // A start record replayed later (a sealed copy merged again) takes nothing away.
      await h.value('copingUseSave', start);
      const [saved] = listUses(h.core.vault.db);
      expect(saved!.ratings).toEqual([
        { minute: 0.2, urge: 8 },
        { minute: 2.3, urge: 6 },
        { minute: 10, urge: 3 },
      ]);
      expect(saved!.itemIds).toEqual([ice.id, film.id].sort((a, b) => a - b));
      // What helps counts the round for every item used in it.
      const overview = await h.value<{ whatHelps: { notEnoughData: { title: string; uses: number }[] } }>('patternsOverview', { weeks: 52 });
      expect(overview.whatHelps.notEnoughData.map((i) => i.title).sort()).toEqual([ice.title, film.title].sort());
    } finally {
      h.cleanup();
    }
  });

  it('saves a use at the start and completes it at the end', async () => {
    const h = await unlockedCore();
    try {
      const box = await h.value<CopingBoxView>('copingBox');
      const ice = box.items.find((i) => i.starterKey === 'ice')!;
      const start = use({ items: [{ id: ice.id, starterKey: 'ice' }] });
      expect(await h.value('copingUseSave', start)).toMatchObject({ stored: 'journal' });
      await h.value('copingUseSave', {
        ...start,
        endedAt: start.startedAt + 600_000,
        urgeAfter: 3,
        outcome: 'time-up',
        note: 'the ice helped',
      });
      // Replaying the start record does not undo the end.
      await h.value('copingUseSave', start);
      const uses = listUses(h.core.vault.db);
      expect(uses).toHaveLength(1);
      expect(uses[0]).toMatchObject({
        uuid: start.id,
        urgeBefore: 7,
        urgeAfter: 3,
        endedAt: start.startedAt + 600_000,
        outcome: 'time-up',
        note: 'the ice helped',
        keptWhileLocked: false,
        itemIds: [ice.id],
      });
    } finally {
      h.cleanup();
    }
  });
});

describe('uses kept while locked', () => {
  it('seals them (no plaintext on disk) and merges them at the next unlock', async () => {
    const h = await unlockedCore();
    const marker = `pending-marker-${randomBytes(6).toString('hex')}`;
    try {
      expect(existsSync(join(h.dataDir, PENDING_KEY_FILE))).toBe(true);
      await h.value('vaultLock');
      const first = use({ note: `${marker} one`, items: [{ id: -1, starterKey: 'ice' }] });
      const saved = await h.value<{ stored: string; message: string }>('copingUseSave', first);
      expect(saved).toEqual({ stored: 'pending', message: 'This will be added to your journal the next time you unlock Harbor.' });
      await h.value('copingUseSave', { ...first, endedAt: first.startedAt + 300_000, urgeAfter: 2, outcome: 'eased' });
      await h.value('copingUseSave', use({ note: `${marker} two`, urgeBefore: 9 }));

      expect(existsSync(join(h.dataDir, PENDING_USES_FILE))).toBe(true);
      expect(filesContaining(h.dataDir, marker)).toEqual([]);
      expect(filesContaining(h.dataDir, first.id)).toEqual([]);

      await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
      expect(existsSync(join(h.dataDir, PENDING_USES_FILE))).toBe(false);
      const uses = listUses(h.core.vault.db);
      expect(uses).toHaveLength(2);
      const ice = (await h.value<CopingBoxView>('copingBox')).items.find((i) => i.starterKey === 'ice')!;
      expect(uses.find((u) => u.uuid === first.id)).toMatchObject({
        urgeBefore: 7,
        urgeAfter: 2,
        outcome: 'eased',
        keptWhileLocked: true,
        note: `${marker} one`,
        itemIds: [ice.id],
      });
      expect(uses.find((u) => u.uuid !== first.id)).toMatchObject({ urgeBefore: 9, keptWhileLocked: true });
    } finally {
      h.cleanup();
    }
  });

  it('skips a torn or changed record and still merges the rest', async () => {
    const h = await unlockedCore();
    try {
      await h.value('vaultLock');
      const good = use({ note: 'kept' });
      await h.value('copingUseSave', good);
      const file = join(h.dataDir, PENDING_USES_FILE);
      const [line] = readFileSync(file, 'utf8').trim().split('\n');
      const changed = JSON.parse(line!) as { data: string };
      changed.data = Buffer.from('not what was sealed').toString('base64');
      writeFileSync(file, `${line}\n${JSON.stringify(changed)}\n{"v":1,"epk":"AAA`, { flag: 'w' });
      await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
      expect(listUses(h.core.vault.db).map((u) => u.uuid)).toEqual([good.id]);
      expect(existsSync(file)).toBe(false);
    } finally {
      h.cleanup();
    }
  });

  it('says plainly when a use cannot be kept (no sealing key)', async () => {
    const h = await unlockedCore();
    try {
      await h.value('vaultLock');
      writeFileSync(join(h.dataDir, PENDING_KEY_FILE), 'garbage');
      const saved = await h.value<{ stored: string; message: string }>('copingUseSave', use());
      expect(saved.stored).toBe('not-kept');
      expect(saved.message).toMatch(/timer still works/);
      // The next unlock rewrites the public key, so keeping works again.
      await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
      await h.value('vaultLock');
      expect(await h.value('copingUseSave', use())).toMatchObject({ stored: 'pending' });
    } finally {
      h.cleanup();
    }
  });
});

describe('what is readable while locked', () => {
  it('without a keychain: nothing readable by default, the starter box while locked', async () => {
    const h = await unlockedCore();
    const marker = `box-marker-${randomBytes(6).toString('hex')}`;
    try {
      await h.value('copingItemAdd', { kind: 'own', title: marker, note: marker });
      const access = await h.value<{ choice: string; chosen: boolean; protection: string }>('copingLockedAccess');
      expect(access).toMatchObject({ choice: 'after-unlock', chosen: false, protection: 'none', keychainAvailable: false });
      await h.value('vaultLock');
      expect(existsSync(join(h.dataDir, LOCKED_COPY_FILE))).toBe(false);
      expect(filesContaining(h.dataDir, marker)).toEqual([]);
      const box = await h.value<CopingBoxView>('copingBox');
      expect(box).toMatchObject({ vault: 'locked', source: 'starter', canEdit: false });
      expect(box.notice).toMatch(/after you unlock/);
      expect(box.items.map((i) => i.title)).toEqual(starterItems.map((i) => i.title));
      const picked = await h.value<{ item: CopingItem }>('copingPickOne', {});
      expect(starterItems.map((i) => i.title)).toContain(picked.item.title);
    } finally {
      h.cleanup();
    }
  });

  it('without a keychain, "available while locked" keeps an unencrypted copy and says so', async () => {
    const h = await unlockedCore();
    try {
      await h.value('copingItemAdd', { kind: 'own', title: 'Lemon sweets', note: 'in the drawer' });
      const view = await h.value<{ protection: string; explanation: string }>('copingSetLockedAccess', { choice: 'while-locked' });
      expect(view.protection).toBe('unencrypted');
      expect(view.explanation).toMatch(/unencrypted/);
      await h.value('vaultLock');
      expect(filesContaining(h.dataDir, 'Lemon sweets')).toEqual([join(h.dataDir, LOCKED_COPY_FILE)]);
      const box = await h.value<CopingBoxView>('copingBox');
      expect(box.source).toBe('locked-copy');
      expect(box.items.some((i) => i.title === 'Lemon sweets' && i.note === 'in the drawer')).toBe(true);
      // Choosing "only after unlock" again removes the copy.
      await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
      await h.value('copingSetLockedAccess', { choice: 'after-unlock' });
      expect(existsSync(join(h.dataDir, LOCKED_COPY_FILE))).toBe(false);
    } finally {
      h.cleanup();
    }
  });

  it('with a keychain: the box and safety plan open while locked, encrypted on disk, hidden items and journal left out', async () => {
    const keychain = testKeychain();
    const h = await unlockedCore({ keychain });
    const marker = `kc-marker-${randomBytes(6).toString('hex')}`;
    try {
      const item = await h.value<CopingItem>('copingItemAdd', { kind: 'own', title: `${marker} item`, note: 'note' });
      const hiddenOne = await h.value<CopingItem>('copingItemAdd', { kind: 'own', title: 'Hidden one' });
      await h.value('copingItemUpdate', { id: hiddenOne.id, hidden: true });
      await h.value('safetyPlanSave', {
        sections: {
          warning_signs: `${marker} signs`,
          alone: '',
          distractions: '',
          helpers: '',
          professionals: '',
          safer_surroundings: '',
          reasons: 'my cat',
        },
        contacts: [{ section: 'helpers', name: 'Sam', reach: 'text 0123', country: '' }],
      });
      await h.value('vaultLock');
      expect(filesContaining(h.dataDir, marker)).toEqual([]);
      const box = await h.value<CopingBoxView>('copingBox');
      expect(box.source).toBe('locked-copy');
      expect(box.items.map((i) => i.id)).toContain(item.id);
      expect(box.items.map((i) => i.title)).not.toContain('Hidden one');
      const plan = await h.value<SafetyPlanView>('safetyPlanGet');
      expect(plan).toMatchObject({ source: 'locked-copy', canEdit: false });
      expect(plan.sections.warning_signs).toBe(`${marker} signs`);
      expect(plan.contacts).toEqual([{ section: 'helpers', name: 'Sam', reach: 'text 0123', country: '' }]);

      // One show of the coping window (box, plan, crisis lines) asks the keychain once.
      const decrypts = keychain.handedOut.length;
      await h.value('copingBox');
      await h.value('safetyPlanGet');
      await h.value('safetyPlanGet');
      expect(keychain.handedOut.length - decrypts).toBeLessThanOrEqual(1);

      // The keychain goes away (another OS user): the starter box, and a reason.
      keychain.available = false;
      const fallback = await h.value<CopingBoxView>('copingBox');
      expect(fallback.source).toBe('starter');
      expect(fallback.notice).toMatch(/keychain/);
    } finally {
      h.cleanup();
    }
  });

  it('a corrupted locked copy falls back to the starter box and says so', async () => {
    const h = await unlockedCore({ keychain: testKeychain() });
    try {
      await h.value('vaultLock');
      const path = join(h.dataDir, LOCKED_COPY_FILE);
      expect(existsSync(path)).toBe(true);
      for (const damage of ['{"format":"harbor-coping-copy","version":1,"protection":"keychain","sealed":"AAAA"}', '{not json', '']) {
        writeFileSync(path, damage);
        const box = await h.value<CopingBoxView>('copingBox');
        expect(box.source).toBe('starter');
        expect(box.notice).toMatch(/could not read/);
        expect(box.items).toHaveLength(starterItems.length);
        const plan = await h.value<SafetyPlanView>('safetyPlanGet');
        expect(plan.notice).toMatch(/could not read/);
        expect((await h.core.call('copingPickOne', {})).ok).toBe(true);
      }
      // Unlocking rewrites a good copy.
      await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
      await h.value('vaultLock');
      expect((await h.value<CopingBoxView>('copingBox')).source).toBe('locked-copy');
    } finally {
      h.cleanup();
    }
  });

  it('open methods never reveal journal data while locked', async () => {
    const h = await unlockedCore();
    try {
      await h.value('vaultLock');
      for (const method of ['copingLockedAccess', 'copingHotkey', 'copingItemMove']) {
        const result = await h.core.call(method, method === 'copingItemMove' ? { id: 1, direction: 'up' } : {});
        expect(result).toMatchObject({ ok: false, error: { code: 'locked' } });
      }
    } finally {
      h.cleanup();
    }
  });
});

describe('the locked copy read once per show', () => {
  it('one decrypt serves the box and the plan; a changed plan is read afresh at the next lock', async () => {
    const keychain = testKeychain();
    const h = await unlockedCore({ keychain });
    try {
      const plan = (warning: string) => ({
        sections: { warning_signs: warning, alone: '', distractions: '', helpers: '', professionals: '', safer_surroundings: '', reasons: '' },
        contacts: [],
      });
      await h.value('safetyPlanSave', plan('first words'));
      await h.value('vaultLock');
      const before = keychain.handedOut.length;
      const box = await h.value<CopingBoxView>('copingBox');
      const first = await h.value<SafetyPlanView>('safetyPlanGet');
      expect(box.source).toBe('locked-copy');
      expect(first.sections.warning_signs).toBe('first words');
      expect(keychain.handedOut.length - before).toBe(1);

      await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
      await h.value('safetyPlanSave', plan('second words'));
      await h.value('vaultLock');
      const second = await h.value<SafetyPlanView>('safetyPlanGet');
      expect(second.sections.warning_signs).toBe('second words');
    } finally {
      h.cleanup();
    }
  });
});

describe('safety plan', () => {
  it('saves the seven sections and contacts, and refuses a contact without a name', async () => {
    const h = await unlockedCore();
    try {
      const empty = await h.value<SafetyPlanView>('safetyPlanGet');
      expect(empty).toMatchObject({ source: 'journal', canEdit: true, contacts: [], updatedAt: null });
      const sections = {
        warning_signs: 'I stop answering messages',
        alone: 'A walk by the river',
        distractions: 'The library',
        helpers: '',
        professionals: '',
        safer_surroundings: 'Ask Sam to keep things for me',
        reasons: 'My sister',
      };
      const contacts = [
        { section: 'helpers', name: 'Sam', reach: 'call 0123 456', country: '' },
        { section: 'professionals', name: 'Samaritans', reach: 'call 116 123 (free, 24/7)', country: 'United Kingdom and Ireland' },
      ];
      const saved = await h.value<SafetyPlanView>('safetyPlanSave', { sections, contacts });
      expect(saved.sections).toEqual(sections);
      expect(saved.contacts).toEqual(contacts);
      expect(saved.updatedAt).not.toBeNull();
      const bad = await h.core.call('safetyPlanSave', { sections, contacts: [{ section: 'helpers', name: ' ', reach: '', country: '' }] });
      expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect((await h.value<SafetyPlanView>('safetyPlanGet')).contacts).toHaveLength(2);
    } finally {
      h.cleanup();
    }
  });
});

describe('migration 003', () => {
  it('seeds the starter box into a new journal, and leaves an existing box alone', async () => {
    const fresh = new Database(':memory:');
    migrate(fresh);
    expect((fresh.prepare('SELECT count(*) AS n FROM coping_items WHERE starter_key IS NOT NULL').get() as { n: number }).n).toBe(
      starterItems.length,
    );
    fresh.close();

    const older = new Database(':memory:');
    migrate(older, 2);
    older.prepare("INSERT INTO coping_items (kind, title, note, position) VALUES ('own', 'My own thing', '', 0)").run();
    older.prepare('INSERT INTO coping_uses (started_at, urge_before) VALUES (1, 5)').run();
    migrate(older);
    expect(older.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(older.prepare('SELECT title, starter_key FROM coping_items').all()).toEqual([{ title: 'My own thing', starter_key: null }]);
    expect(older.prepare('SELECT uuid, kept_while_locked FROM coping_uses').all()).toEqual([{ uuid: null, kept_while_locked: 0 }]);
    older.close();
  });
});

describe('before Harbor is set up', () => {
  it('shows the starter box and a plain note, and keeps nothing', async () => {
    const temp = makeTempDir();
    const core = new HarborCore({ dataDir: temp.dir, platform: { keychain: noKeychain }, log: () => {} });
    try {
      const box = await core.call('copingBox', {});
      expect(box).toMatchObject({ ok: true, value: { vault: 'none', source: 'starter', canEdit: false } });
      const plan = await core.call('safetyPlanGet', {});
      expect(plan).toMatchObject({ ok: true, value: { vault: 'none', contacts: [] } });
      const saved = await core.call('copingUseSave', use());
      expect(saved).toMatchObject({ ok: true, value: { stored: 'not-kept' } });
      expect(readdirSync(temp.dir)).toEqual([]);
    } finally {
      core.close();
      temp.cleanup();
    }
  });
});
