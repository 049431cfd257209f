// No plaintext at rest: a unique marker written everywhere a person's words can go (through the
// handlers, and straight into every base table) must not appear in any file of the data folder,
// neither while Harbor is open (the WAL) nor after it locks.
import { afterEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { apiMethods } from '../../src/shared/contract/index.ts';
import type { Keychain } from '../../src/main/core/keychain.ts';
import type { Db } from '../../src/main/core/db/database.ts';
import { unlockedCore } from '../support/core.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { listFiles } from '../support/files.ts';
import { testKeychain } from '../support/keychain.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** Files under `dir` that contain `marker` as UTF-8, UTF-16LE or UTF-16BE, with the encoding found. */
function filesContaining(dir: string, marker: string): string[] {
  const needles: [string, Buffer][] = [
    ['utf8', Buffer.from(marker, 'utf8')],
    ['utf16le', Buffer.from(marker, 'utf16le')],
    ['utf16be', Buffer.from(marker, 'utf16le').swap16()],
  ];
  const hits: string[] = [];
  for (const file of listFiles(dir)) {
    const bytes = readFileSync(join(dir, file));
    for (const [encoding, needle] of needles) if (bytes.includes(needle)) hits.push(`${file} (${encoding})`);
  }
  return hits;
}

/** One row with the marker in every text column of every table in the base schema (migration 001). */
function fillBaseTables(db: Db, marker: string) {
  const now = Date.now();
  db.transaction(() => {
    const entry = db
      .prepare("INSERT INTO entries (day, mood, peak_urge, self_harm, text, created_at, updated_at) VALUES ('2001-02-03', 2, 7, 'yes', ?, ?, ?)")
      .run(`entry ${marker}`, now, now).lastInsertRowid;
    db.prepare('INSERT INTO entry_emotions (entry_id, emotion, rating) VALUES (?, ?, 3)').run(entry, `emotion ${marker}`);
    const trigger = db.prepare("INSERT INTO triggers (name, kind) VALUES (?, 'thought')").run(`trigger ${marker}`).lastInsertRowid;
    db.prepare('INSERT INTO entry_triggers (entry_id, trigger_id) VALUES (?, ?)').run(entry, trigger);
    const item = db
      .prepare("INSERT INTO coping_items (kind, title, note, position) VALUES ('own', ?, ?, 999)")
      .run(`item ${marker}`, `note ${marker}`).lastInsertRowid;
    const use = db.prepare('INSERT INTO coping_uses (started_at, ended_at, urge_before, urge_after, note) VALUES (?, ?, 8, 3, ?)').run(now, now, `use ${marker}`).lastInsertRowid;
    db.prepare('INSERT INTO coping_use_items (use_id, item_id) VALUES (?, ?)').run(use, item);
    db.prepare("INSERT OR REPLACE INTO safety_plan (section, body, updated_at) VALUES ('reasons', ?, ?)").run(`plan ${marker}`, now);
    db.prepare("INSERT INTO contacts (section, name, reach, country) VALUES ('helpers', ?, ?, ?)").run(`name ${marker}`, `reach ${marker}`, `country ${marker}`);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(`key ${marker}`, `value ${marker}`);
  })();
}

/** Writes through every feature handler that exists right now (features land in parallel). */
async function writeThroughHandlers(h: Awaited<ReturnType<typeof unlockedCore>>, marker: string): Promise<string[]> {
  const has = (method: string) => (apiMethods as readonly string[]).includes(method);
  const used: string[] = [];
  const call = async (method: string, input: unknown) => {
    if (!has(method)) return;
    const result = await h.core.call(method, input);
    expect(result.ok, `${method}: ${JSON.stringify(result)}`).toBe(true);
    used.push(method);
  };
  const checkIn = {
    mood: 2,
    emotions: [{ name: marker, rating: 4 }],
    peakUrge: 6,
    selfHarm: 'no',
    triggers: [{ name: `tag ${marker}`, kind: 'situation' }],
    helped: [{ label: `helped ${marker}` }],
    reflection: `Tonight I wrote ${marker} and then some more words.`,
    prompts: [{ key: 'kind', answer: `answer ${marker}` }],
  };
  await call('journalSaveEntry', { day: '2002-03-04', checkIn });
  await call('journalSaveDraft', { day: '2002-03-05', checkIn: { ...checkIn, reflection: `draft ${marker}` } });
  await call('journalSearch', { query: marker }); // a search term must not be logged to disk either
  await call('copingItemAdd', { kind: 'own', title: `title ${marker}`, note: `note ${marker}` });
  if (has('safetyPlanSave')) {
    const sections = ['warning_signs', 'alone', 'distractions', 'helpers', 'professionals', 'safer_surroundings', 'reasons'];
    await call('safetyPlanSave', {
      sections: Object.fromEntries(sections.map((section) => [section, `${section} ${marker}`])),
      contacts: [{ section: 'helpers', name: `name ${marker}`, reach: `reach ${marker}`, country: 'GB' }],
    });
  }
  await call('recoverySaveNote', { key: 'why_change', body: `why ${marker}` });
  if (has('relapseRecord') && has('relapseReflect')) {
    const recorded = await h.core.call('relapseRecord', { day: '2002-03-06' });
    expect(recorded.ok, JSON.stringify(recorded)).toBe(true);
    const { reflectionKeys } = await import('../../src/shared/contract/recovery.ts');
    const id = (recorded as { ok: true; value: { id: number } }).value.id;
    await call('relapseReflect', { id, reflection: Object.fromEntries(reflectionKeys.map((key) => [key, `${key} ${marker}`])) });
  }
  // A backup inside the data folder is scanned with everything else.
  if (has('backupNow')) {
    mkdirSync(join(h.dataDir, 'backups-under-test'));
    await call('backupNow', { folder: join(h.dataDir, 'backups-under-test') });
  }
  return used;
}

async function setUpWithMarker(keychain?: Keychain) {
  // One FTS5 token (letters and digits only), so a full-text index would hold it whole.
  const marker = `zq${randomUUID().replaceAll('-', '')}`;
  const h = await unlockedCore({ keychain });
  cleanups.push(() => h.cleanup());
  // The passphrase itself is a secret that must not reach the disk.
  await h.value('vaultChangePassphrase', { current: 'quiet harbour evening', next: `pass ${marker}` });
  return { h, marker };
}

describe('no plaintext at rest', () => {
  it('the scan finds the marker in an unencrypted SQLite file (so zero hits below mean something)', () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const marker = `zq${randomUUID().replaceAll('-', '')}`;
    const db = new Database(join(temp.dir, 'plain.db'));
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    db.prepare('INSERT INTO meta VALUES (?, ?)').run('k', `value ${marker}`);
    expect(filesContaining(temp.dir, marker)).toEqual(['plain.db-wal (utf8)']);
    db.close();
    expect(filesContaining(temp.dir, marker)).toEqual(['plain.db (utf8)']);
  });

  for (const withKeychain of [false, true]) {
    it(`nothing readable in any file while open or after lock (${withKeychain ? 'with' : 'without'} an OS keychain)`, async () => {
      const { h, marker } = await setUpWithMarker(withKeychain ? testKeychain() : undefined);
      if (withKeychain) await h.value('vaultSetAutoUnlock', { enabled: true });
      const used = await writeThroughHandlers(h, marker);
      console.info(`at-rest: wrote through ${used.length ? used.join(', ') : 'no feature handlers yet'} and every base table`);
      fillBaseTables(h.core.vault.db, marker);

      // The data is really there, readable through the key.
      const tableCount = h.core.vault.db.prepare("SELECT count(*) AS n FROM meta WHERE value LIKE '%' || ? || '%'").get(marker) as { n: number };
      expect(tableCount.n).toBe(1);

      // While open: the changes sit in the WAL, which must be encrypted too.
      expect(listFiles(h.dataDir)).toContain('harbor.db-wal');
      expect(filesContaining(h.dataDir, marker)).toEqual([]);

      // After an idle checkpoint the changes are in the main file.
      h.core.vault.db.pragma('wal_checkpoint(PASSIVE)');
      expect(filesContaining(h.dataDir, marker)).toEqual([]);

      await h.value('vaultLock');
      expect(filesContaining(h.dataDir, marker)).toEqual([]);
      const files = listFiles(h.dataDir);
      expect(files).toContain('harbor.db');
      expect(files).toContain('harbor.key.json');

      // Unlocking again reads it all back, and still writes nothing readable.
      await h.value('vaultUnlock', { passphrase: `pass ${marker}` });
      expect((h.core.vault.db.prepare("SELECT count(*) AS n FROM entries WHERE text LIKE '%' || ? || '%'").get(marker) as { n: number }).n).toBeGreaterThan(0);
      expect(filesContaining(h.dataDir, marker)).toEqual([]);
    });
  }

  it('what is kept while locked (e.g. an urge-timer use) is not readable either', async () => {
    const { h, marker } = await setUpWithMarker();
    await h.value('vaultLock');
    if (!(apiMethods as readonly string[]).includes('copingUseSave')) {
      console.info('at-rest: copingUseSave does not exist yet; nothing can be written while locked');
      expect(filesContaining(h.dataDir, marker)).toEqual([]);
      return;
    }
    const now = Date.now();
    const result = await h.core.call('copingUseSave', {
      id: randomUUID(),
      startedAt: now - 10 * 60_000,
      endedAt: now,
      minutesPlanned: 10,
      urgeBefore: 8,
      urgeAfter: 4,
      outcome: 'eased',
      items: [],
      note: `locked note ${marker}`,
    });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(filesContaining(h.dataDir, marker)).toEqual([]);
  });

  it('the key file holds no key material in the clear', async () => {
    const keychain = testKeychain();
    const h = await unlockedCore({ keychain });
    cleanups.push(() => h.cleanup());
    await h.value('vaultSetAutoUnlock', { enabled: true });
    h.core.vault.lock();
    expect(h.core.vault.tryAutoUnlock()).toBe(true);
    const key = Buffer.from(keychain.handedOut.at(-1)!); // copy: lock wipes the original
    const text = readFileSync(join(h.dataDir, 'harbor.key.json'), 'utf8');
    for (const form of [key.toString('hex'), key.toString('base64'), key.toString('hex').toUpperCase()]) {
      expect(text.includes(form)).toBe(false);
    }
    const all = listFiles(h.dataDir).map((f) => readFileSync(join(h.dataDir, f)));
    expect(all.some((bytes) => bytes.includes(key))).toBe(false);
  });
});
