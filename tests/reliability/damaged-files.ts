// Wrong keys and damaged files, through the real core and the harness: the person gets one clear
// message naming what is wrong and what they can do, the files stay byte-for-byte as they were,
// and Harbor never opens a silent, empty journal in place of theirs.
import { cpSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync, statSync, mkdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE_NAME } from '../../src/main/core/db/database.ts';
import { CLEAN_CLOSE_SUFFIX, recordCleanClose } from '../../src/main/core/clean-close.ts';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { KEY_FILE_NAME } from '../../src/main/core/key-file.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { LONGEST_WAIT_MS, UNLOCK_ATTEMPTS_FILE } from '../../src/main/core/unlock-attempts.ts';
import { startHarness } from '../../src/main/harness/server.ts';
import { signInCookie } from '../support/harness-sign-in.ts';
import type { Result } from '../../src/shared/result.ts';
import { snapshotFiles } from '../support/files.ts';
import { FAST_KDF, makeTempDir } from '../support/temp-dir.ts';
import { seededRandom } from '../../src/main/core/seeded-random.ts';

const PASSPHRASE = 'low tide at the harbour wall';

export interface DamageCase {
  name: string;
  /** The error code the person got (or "ok"). */
  code: string;
  message: string;
  /** The message names the damaged file (or folder) and says what the person can do. */
  clear: boolean;
  /** Files that changed although nothing should have. */
  filesChanged: string[];
  /** Harbor opened an empty journal in place of the person's. */
  silentEmptyJournal: boolean;
  ok: boolean;
  notes: string[];
  /** What setup said when asked to start over here. */
  create?: { code: string; message: string };
}

export interface DamageFigures {
  wrong_key_tries: number;
  /** Distinct answers to wrong passphrases, through the core and the harness (1 = always the same clear error). */
  wrong_passphrase_distinct_messages: number;
  /** Distinct answers to wrong recovery codes. */
  wrong_recovery_code_distinct_messages: number;
  wrong_key_unlocked: number;
  files_changed: number;
  damaged_cases: number;
  damaged_cases_clear: number;
  silent_empty_journals: number;
  cases: DamageCase[];
}

function newCore(dataDir: string, now?: () => Date): HarborCore {
  return new HarborCore({ dataDir, platform: { keychain: noKeychain }, kdfCost: FAST_KDF, now, log: () => {} });
}

/** A locked vault with three check-ins, a draft and the reminder file, in a fresh folder. */
async function lockedJournal(dataDir: string): Promise<void> {
  const core = newCore(dataDir);
  const calls: [string, unknown][] = [
    ['vaultCreate', { passphrase: PASSPHRASE }],
    ['journalSaveEntry', { day: '2025-03-14', checkIn: { mood: 2, reflection: 'Walked along the harbour wall.' } }],
    ['journalSaveEntry', { day: '2025-03-15', checkIn: { mood: 4, reflection: 'A quieter evening. '.repeat(400) } }],
    ['journalSaveEntry', { day: '2025-03-16', checkIn: { mood: 3, reflection: 'Tea with Sam.' } }],
    ['journalSaveDraft', { day: '2025-03-17', checkIn: { reflection: 'Half a thought' } }],
    ['journalSetReminder', { enabled: true, time: '21:00' }],
  ];
  for (const [method, input] of calls) {
    const result = await core.call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  }
  core.close();
}

function changedFiles(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}

function errorOf(result: Result<unknown>): { code: string; message: string } {
  return result.ok ? { code: 'ok', message: '' } : result.error;
}

/** Tries to open a damaged journal every way a person could, and records what they would see. */
async function openDamaged(
  name: string,
  dataDir: string,
  expectCode: string,
  names: RegExp,
  remedy: RegExp = /restore a backup|from a backup|put .* back/i,
): Promise<DamageCase> {
  const before = snapshotFiles(dataDir);
  const core = newCore(dataDir);
  const notes: string[] = [];
  const unlock = errorOf(await core.call('vaultUnlock', { passphrase: PASSPHRASE }));
  const status = await core.call('vaultStatus', {});
  // Setup must not replace a journal that is there, whatever state the files are in.
  const create = errorOf(await core.call('vaultCreate', { passphrase: 'start over with new words' }));
  const history = await core.call('journalHistory', {});
  const silentEmptyJournal = history.ok && (history.value as { entries: unknown[] }).entries.length === 0;
  if (create.code === 'ok') notes.push('setup started over on top of the damaged journal');
  if (status.ok) notes.push(`status: ${(status.value as { state: string }).state}`);
  core.close();
  const filesChanged = changedFiles(before, snapshotFiles(dataDir));
  const clear = unlock.code === expectCode && names.test(unlock.message) && remedy.test(unlock.message);
  return {
    name,
    code: unlock.code,
    message: unlock.message,
    clear,
    filesChanged,
    silentEmptyJournal,
    ok: clear && filesChanged.length === 0 && !silentEmptyJournal && create.code !== 'ok',
    notes,
    create,
  };
}

/** 100 (or `tries`) wrong passphrases and 10 wrong recovery codes: one answer each, nothing written. */
async function wrongKeys(
  dataDir: string,
  tries: number,
): Promise<{ tries: number; messages: Set<string>; recoveryMessages: Set<string>; unlocked: number; changed: string[] }> {
  const random = seededRandom(42);
  const before = snapshotFiles(dataDir);
  // Every try waits out the pause after wrong tries on a test clock (tests/reliability/backoff.ts
  // measures that pause), so each of them is a real try of the passphrase.
  let clock = Date.parse('2026-03-01T20:00:00Z');
  const core = newCore(dataDir, () => new Date(clock));
  const messages = new Set<string>();
  let unlocked = 0;
  const nearMisses = [PASSPHRASE.toUpperCase(), `${PASSPHRASE} `, ` ${PASSPHRASE}`, PASSPHRASE.slice(0, -1), `${PASSPHRASE}s`, PASSPHRASE.replace('w', 'v'), ''.padEnd(1024, 'x')];
  for (let i = 0; i < tries; i++) {
    const guess = i < nearMisses.length ? nearMisses[i]! : Array.from({ length: 1 + Math.floor(random() * 40) }, () => String.fromCodePoint(32 + Math.floor(random() * 5000))).join('');
    clock += LONGEST_WAIT_MS;
    const result = await core.call('vaultUnlock', { passphrase: guess });
    if (result.ok) unlocked++;
    else messages.add(`${result.error.code}: ${result.error.message}`);
  }
  const recoveryMessages = new Set<string>();
  for (let i = 0; i < 10; i++) {
    const code = Array.from({ length: 8 }, () => Math.floor(random() * 65536).toString(16).padStart(4, '0').toUpperCase()).join('-');
    clock += LONGEST_WAIT_MS;
    const result = await core.call('vaultUnlockWithRecoveryCode', { recoveryCode: code, newPassphrase: 'a brand new passphrase' });
    if (result.ok) unlocked++;
    else recoveryMessages.add(`${result.error.code}: ${result.error.message}`);
  }
  core.close();
  // Only the count of wrong tries may change.
  const changed = changedFiles(before, snapshotFiles(dataDir)).filter((name) => name !== UNLOCK_ATTEMPTS_FILE);
  return { tries: tries + 10, messages, recoveryMessages, unlocked, changed };
}

/** The harness answers the same over HTTP (what the browser page sees). */
async function wrongKeyThroughHarness(dataDir: string): Promise<{ code: string; message: string }[]> {
  const harness = await startHarness({ dataDir, rendererDir: join(dataDir, 'no-renderer'), port: 0, keychain: noKeychain, kdfCost: FAST_KDF });
  try {
    const cookie = await signInCookie(harness.signInUrl);
    const answers: { code: string; message: string }[] = [];
    for (const passphrase of ['wrong one', 'Low tide at the harbour wall', '🌊']) {
      const response = await fetch(`${harness.url}/api/vaultUnlock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ passphrase }),
      });
      answers.push(errorOf((await response.json()) as Result<unknown>));
    }
    return answers;
  } finally {
    await harness.close();
  }
}

function flipBytes(path: string, at: number, count = 8): void {
  const bytes = readFileSync(path);
  for (let i = 0; i < count; i++) bytes[at + i]! ^= 0x5a;
  writeFileSync(path, bytes);
}

/** A copy of the folder as a power cut would leave it: SQLite's companion files caught while open. */
async function crashImage(source: string, target: string, options: { checkpointFirst: boolean }): Promise<void> {
  const core = newCore(source);
  const unlocked = await core.call('vaultUnlock', { passphrase: PASSPHRASE });
  if (!unlocked.ok) throw new Error(unlocked.error.message);
  for (let i = 1; i <= 12; i++) {
    const saved = await core.call('journalSaveEntry', { day: `2025-04-${String(i).padStart(2, '0')}`, checkIn: { reflection: `April evening ${i}` } });
    if (!saved.ok) throw new Error(saved.error.message);
  }
  if (options.checkpointFirst) core.vault.db.pragma('wal_checkpoint(PASSIVE)');
  cpSync(source, target, { recursive: true });
  core.close();
}

/**
 * Unlocks and locks once, so the folder holds Harbor's clean-close record of this very file.
 * Returns the last page holding check-ins, which nothing reads while unlocking.
 */
async function closeCleanlyHere(dataDir: string): Promise<number> {
  const core = newCore(dataDir);
  const unlocked = await core.call('vaultUnlock', { passphrase: PASSPHRASE });
  if (!unlocked.ok) throw new Error(unlocked.error.message);
  const page = core.vault.db.prepare("SELECT max(pageno) FROM dbstat WHERE name = 'entries'").pluck().get() as number;
  core.close();
  return page;
}

/**
 * Damage the file system cannot show (a failing disk changes bytes, sizes and times stay): the
 * clean-close record still matches, so unlock opens at once, and the page check just after unlock
 * must find the damage, lock Harbor and tell the page in the same clear words.
 */
async function damageFoundAfterUnlock(dataDir: string, path: string): Promise<DamageCase> {
  // A page of check-ins: unlocking reads the coping box, the plan and the hope box for the locked
  // copy, so damage there would be found at unlock already; damage in a day's words only by the check.
  const page = await closeCleanlyHere(dataDir);
  flipBytes(path, (page - 1) * 4096 + 1000);
  recordCleanClose(path); // As if the bytes had changed below the file system.
  const journalFiles = (snapshot: Record<string, string>) => Object.fromEntries(Object.entries(snapshot).filter(([name]) => !name.endsWith(CLEAN_CLOSE_SUFFIX)));
  const before = journalFiles(snapshotFiles(dataDir));
  const core = newCore(dataDir);
  const notes: string[] = [];
  const problems: { code: string; message: string }[] = [];
  core.onEvent((event) => {
    if (event.type === 'vault' && event.problem) problems.push(event.problem);
  });
  const unlock = errorOf(await core.call('vaultUnlock', { passphrase: PASSPHRASE }));
  const deferred = core.vault.pageCheckPending();
  notes.push(`unlock: ${unlock.code}, page check ${deferred ? 'after unlock' : 'at unlock'}`);
  core.vault.checkPagesNow();
  const status = await core.call('vaultStatus', {});
  if (status.ok) notes.push(`status after the check: ${(status.value as { state: string }).state}`);
  const again = errorOf(await core.call('vaultUnlock', { passphrase: PASSPHRASE }));
  notes.push(`unlocking again: ${again.code}`);
  core.close();
  const filesChanged = changedFiles(before, journalFiles(snapshotFiles(dataDir)));
  const problem = problems[0] ?? { code: 'none', message: '' };
  const clear = problem.code === 'database_damaged' && /harbor\.db/.test(problem.message) && /restore a backup/i.test(problem.message);
  const locked = status.ok && (status.value as { state: string }).state === 'locked';
  return {
    name: 'damage below the file system, found by the check just after unlock',
    code: problem.code,
    message: problem.message,
    clear,
    filesChanged,
    silentEmptyJournal: false,
    ok: clear && unlock.code === 'ok' && deferred && locked && again.code === 'database_damaged' && filesChanged.length === 0,
    notes,
  };
}

async function readOnlyMidSession(root: string): Promise<DamageCase> {
  // As root, chmod does not stop writes. Instead the folder's parent is swapped for a regular file
  // mid-session, so every path under the data folder fails with ENOTDIR for root too, like a
  // drive that went away or a folder replaced underneath Harbor. Files SQLite already has open
  // keep working through their descriptors (as they would on a real read-only remount until the
  // next open), so saves may still land: what matters is that nothing is lost or overwritten and
  // every failure says what is wrong.
  const drive = join(root, 'drive');
  const away = join(root, 'drive-away');
  const dataDir = join(drive, 'harbor');
  mkdirSync(dataDir, { recursive: true });
  await lockedJournal(dataDir);
  const core = newCore(dataDir);
  const notes: string[] = [];
  const unlocked = await core.call('vaultUnlock', { passphrase: PASSPHRASE });
  if (!unlocked.ok) throw new Error(unlocked.error.message);

  renameSync(drive, away);
  writeFileSync(drive, 'this used to be a folder');
  const answers: Record<string, { code: string; message: string }> = {};
  answers.reminder = errorOf(await core.call('journalSetReminder', { enabled: false, time: '20:00' }));
  answers.passphrase = errorOf(await core.call('vaultChangePassphrase', { current: PASSPHRASE, next: 'another passphrase here' }));
  answers.save = errorOf(await core.call('journalSaveEntry', { day: '2025-03-18', checkIn: { reflection: 'Written while the folder was gone.' } }));
  answers.lock = errorOf(await core.call('vaultLock', {}));
  const status = await core.call('vaultStatus', {});
  answers.unlock = errorOf(await core.call('vaultUnlock', { passphrase: PASSPHRASE }));
  answers.create = errorOf(await core.call('vaultCreate', { passphrase: 'start over with new words' }));
  notes.push(`while replaced: ${Object.entries(answers).map(([k, v]) => `${k}=${v.code}`).join(', ')}`);
  if (status.ok) notes.push(`status while replaced: ${(status.value as { state: string }).state}`);
  const fileStill = readFileSync(drive, 'utf8') === 'this used to be a folder';

  // The folder comes back: everything is there, the save made meanwhile included.
  rmSync(drive);
  renameSync(away, drive);
  const reopened = newCore(dataDir);
  const again = await reopened.call('vaultUnlock', { passphrase: PASSPHRASE });
  const days = again.ok ? await reopened.call('journalHistory', {}) : null;
  const integrity = again.ok ? (reopened.vault.db.pragma('integrity_check') as { integrity_check: string }[])[0]?.integrity_check : 'not opened';
  reopened.close();
  const dayList = days?.ok ? (days.value as { entries: { day: string }[] }).entries.map((e) => e.day) : [];
  const expectedDays = ['2025-03-14', '2025-03-15', '2025-03-16', ...(answers.save.code === 'ok' ? ['2025-03-18'] : [])];
  const allThere = expectedDays.every((day) => dayList.includes(day));
  const writesClear = [answers.reminder, answers.passphrase, answers.unlock, answers.create].every(
    (a) => a.code === 'read_only' && a.message.includes(dataDir) && /writable|put the folder back/i.test(a.message),
  );
  const noInternal = Object.values(answers).every((a) => a.code !== 'internal');
  if (!allThere) notes.push(`after the folder came back: ${JSON.stringify(dayList)}`);
  return {
    name: 'data folder replaced by a file mid-session (read-only emulation)',
    code: answers.reminder.code,
    message: answers.reminder.message,
    clear: writesClear && noInternal,
    filesChanged: fileStill ? [] : ['drive (the file standing in for the folder)'],
    silentEmptyJournal: false,
    ok: writesClear && noInternal && fileStill && allThere && integrity === 'ok' && answers.create.code !== 'ok',
    notes,
  };
}

export async function runDamagedFileChecks(options: { wrongTries: number }): Promise<DamageFigures> {
  const temp = makeTempDir('harbor-damage-');
  const cases: DamageCase[] = [];
  try {
    const pristine = join(temp.dir, 'pristine');
    await lockedJournal(pristine);
    const fresh = (name: string) => {
      const dir = join(temp.dir, name);
      cpSync(pristine, dir, { recursive: true });
      return dir;
    };
    const db = (dir: string) => join(dir, DATABASE_FILE_NAME);
    const key = (dir: string) => join(dir, KEY_FILE_NAME);
    const dbNamed = new RegExp(DATABASE_FILE_NAME.replace('.', '\\.'));
    const keyNamed = new RegExp(KEY_FILE_NAME.replaceAll('.', '\\.'));

    const wrong = await wrongKeys(fresh('wrong-keys'), options.wrongTries);
    const viaHarness = await wrongKeyThroughHarness(fresh('wrong-keys-harness'));
    for (const answer of viaHarness) wrong.messages.add(`${answer.code}: ${answer.message}`);

    let dir = fresh('truncated-half');
    truncateSync(db(dir), Math.floor(statSync(db(dir)).size / 2));
    cases.push(await openDamaged('database cut to half its size', dir, 'database_damaged', dbNamed));

    dir = fresh('truncated-empty');
    truncateSync(db(dir), 0);
    cases.push(await openDamaged('database cut to 0 bytes', dir, 'database_damaged', dbNamed));

    dir = fresh('truncated-tail');
    truncateSync(db(dir), statSync(db(dir)).size - 100);
    cases.push(await openDamaged('database missing its last 100 bytes', dir, 'database_damaged', dbNamed));

    dir = fresh('flipped-middle');
    flipBytes(db(dir), Math.floor(statSync(db(dir)).size / 4096 / 2) * 4096 + 1000);
    cases.push(await openDamaged('database with bytes flipped in a middle page', dir, 'database_damaged', dbNamed));

    // Bytes changed and the file's times put back by whatever changed them: the clean-close
    // record no longer matches (the change time moved), so the full check runs before unlock.
    dir = fresh('flipped-times-restored');
    await closeCleanlyHere(dir);
    const times = statSync(db(dir));
    flipBytes(db(dir), Math.floor(statSync(db(dir)).size / 4096 / 2) * 4096 + 1000);
    utimesSync(db(dir), times.atime, times.mtime);
    cases.push(await openDamaged('database with bytes flipped in a middle page after a clean close, its times put back', dir, 'database_damaged', dbNamed));

    dir = fresh('flipped-below-file-system');
    cases.push(await damageFoundAfterUnlock(dir, db(dir)));

    dir = fresh('flipped-first-page');
    flipBytes(db(dir), 200);
    cases.push(await openDamaged('database with bytes flipped in its first page', dir, 'database_damaged', dbNamed));

    dir = fresh('key-garbled');
    writeFileSync(key(dir), readFileSync(key(dir), 'utf8').replace(/"data": "(.)/, (match, first: string) => match.slice(0, -1) + (first === 'A' ? 'B' : 'A')));
    cases.push(await openDamaged('key file garbled (one character)', dir, 'key_file_damaged', keyNamed));

    dir = fresh('key-truncated');
    truncateSync(key(dir), 100);
    cases.push(await openDamaged('key file cut short', dir, 'key_file_damaged', keyNamed));

    dir = fresh('key-missing');
    rmSync(key(dir));
    const keyMissing = await openDamaged('key file missing, journal present', dir, 'no_vault', /set up/, /.*/);
    // By the foundation's design the state reads "none" here (the setup screen); what must hold is
    // that setup refuses to start over on top of the journal, naming the missing key file.
    const create = keyMissing.create!;
    keyMissing.code = create.code;
    keyMissing.message = create.message;
    keyMissing.clear = create.code === 'key_file_damaged' && keyNamed.test(create.message) && /backup|back/i.test(create.message);
    keyMissing.ok = keyMissing.clear && keyMissing.filesChanged.length === 0 && !keyMissing.silentEmptyJournal;
    cases.push(keyMissing);

    // A -shm that says recent saves are in the WAL, and no -wal: the saves must not vanish silently.
    dir = join(temp.dir, 'wal-missing');
    await crashImage(fresh('wal-missing-source'), dir, { checkpointFirst: false });
    const walBytes = readFileSync(`${db(dir)}-wal`);
    rmSync(`${db(dir)}-wal`);
    const walCase = await openDamaged('-wal missing beside a -shm that needs it', dir, 'database_damaged', /harbor\.db-wal/);
    // Putting the -wal back gives every save back.
    writeFileSync(`${db(dir)}-wal`, walBytes);
    const restored = newCore(dir);
    const reopened = await restored.call('vaultUnlock', { passphrase: PASSPHRASE });
    const april = reopened.ok ? await restored.call('journalHistory', { from: '2025-04-01', to: '2025-04-30' }) : null;
    restored.close();
    const aprilCount = april?.ok ? (april.value as { entries: unknown[] }).entries.length : 0;
    walCase.notes.push(`with the -wal put back: ${reopened.ok ? 'unlocked' : errorOf(reopened).code}, ${aprilCount} of 12 April check-ins`);
    walCase.ok = walCase.ok && aprilCount === 12;
    cases.push(walCase);

    // The same, but every frame was already folded into the database: nothing is lost, so it opens.
    dir = join(temp.dir, 'wal-missing-folded');
    await crashImage(fresh('wal-folded-source'), dir, { checkpointFirst: true });
    rmSync(`${db(dir)}-wal`);
    const folded = newCore(dir);
    const opened = await folded.call('vaultUnlock', { passphrase: PASSPHRASE });
    const aprilFolded = opened.ok ? await folded.call('journalHistory', { from: '2025-04-01', to: '2025-04-30' }) : null;
    folded.close();
    const foldedCount = aprilFolded?.ok ? (aprilFolded.value as { entries: unknown[] }).entries.length : 0;
    cases.push({
      name: '-wal missing, but everything was already checkpointed',
      code: errorOf(opened).code,
      message: errorOf(opened).message,
      clear: true,
      filesChanged: [],
      silentEmptyJournal: false,
      ok: opened.ok && foldedCount === 12,
      notes: [`${foldedCount} of 12 April check-ins`],
    });

    cases.push(await readOnlyMidSession(join(temp.dir, 'read-only')));

    const damagedCases = cases.filter((c) => !c.name.startsWith('-wal missing, but'));
    return {
      wrong_key_tries: wrong.tries + viaHarness.length,
      wrong_passphrase_distinct_messages: wrong.messages.size,
      wrong_recovery_code_distinct_messages: wrong.recoveryMessages.size,
      wrong_key_unlocked: wrong.unlocked,
      files_changed: wrong.changed.length + cases.reduce((n, c) => n + c.filesChanged.length, 0),
      damaged_cases: damagedCases.length,
      damaged_cases_clear: damagedCases.filter((c) => c.ok).length,
      silent_empty_journals: cases.filter((c) => c.silentEmptyJournal).length,
      cases: [
        {
          name: `${wrong.tries + viaHarness.length} wrong passphrases and recovery codes`,
          code: [...wrong.messages, ...wrong.recoveryMessages].map((m) => m.split(':')[0]).join(','),
          message: [...wrong.messages, ...wrong.recoveryMessages].join(' | '),
          clear: wrong.messages.size === 1 && wrong.recoveryMessages.size === 1,
          filesChanged: wrong.changed,
          silentEmptyJournal: false,
          ok: wrong.unlocked === 0 && wrong.changed.length === 0 && wrong.messages.size === 1 && wrong.recoveryMessages.size === 1,
          notes: [],
        },
        ...cases,
      ],
    };
  } finally {
    temp.cleanup();
  }
}

