// No path reaches the page. A realistic session calls EVERY method of the contract (set up, check-ins,
// coping box, safety plan, patterns, recovery, exports, import, back up, restore, lock and unlock,
// and some mistakes on the way) on a real encrypted journal, once as the browser harness (no dialogs)
// and once as the desktop app (its real dialog and file-manager code, with Electron's edge faked),
// and no answer, success or error, may hold the data folder, another folder used, or any absolute path.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { backupDialogs } from '../../src/main/electron/backup-dialogs.ts';
import { saveFileWithDialog } from '../../src/main/electron/export-file.ts';
import { importDialog } from '../../src/main/electron/import-dialog.ts';
import { apiMethods } from '../../src/shared/contract/index.ts';
import { reflectionKeys } from '../../src/shared/contract/recovery.ts';
import { safetyPlanSections } from '../../src/shared/coping-constants.ts';
import type { Result } from '../../src/shared/result.ts';
import { uploadBytes } from '../support/backup-upload.ts';
import { daylioCsv } from '../support/import-files.ts';
import { testKeychain } from '../support/keychain.ts';
import { FAST_KDF, makeTempDir } from '../support/temp-dir.ts';

const PASSPHRASE = 'quiet harbour evening';
const NEXT_PASSPHRASE = 'another calm evening by the sea';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A POSIX path of two parts or more after a space, quote or bracket, or a Windows drive or UNC path. */
const ABSOLUTE = /(?:^|[\s"'(`])\/(?:[^\s/"'`]+\/)+[^\s/"'`]*|(?:^|[\s"'(`])[A-Za-z]:\\|\\\\[^\s\\]+\\/;

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

interface Answer {
  method: string;
  result: Result<unknown>;
}

/** Walks a whole session and returns every answer the page got. */
async function session(desktop: boolean): Promise<{ answers: Answer[]; folders: string[] }> {
  const temp = makeTempDir('harbor-no-paths-');
  cleanups.push(temp.cleanup);
  const dataDir = join(temp.dir, 'data');
  const outside = join(temp.dir, 'Documents');
  mkdirSync(outside);
  const csvPath = join(outside, 'daylio_export.csv');
  const csv = daylioCsv([
    { day: '2025-03-01', time: '21:00', mood: 'good', activities: ['walk', 'friends'], note: 'A walk by the harbour' },
    { day: '2025-03-02', time: '21:00', mood: 'meh', activities: ['work'], note: 'Long day' },
  ]);
  writeFileSync(csvPath, csv);
  /** What the person picks in the next open dialogs (desktop only). */
  const picks: string[] = [];
  const shown: string[] = [];
  const dialog = { showOpenDialog: (async () => ({ canceled: picks.length === 0, filePaths: picks.splice(0, 1) })) as never };
  const desktopPorts = {
    keychain: testKeychain(),
    backupDialogs: backupDialogs({ dialog, shell: { showItemInFolder: (path) => void shown.push(path) }, window: () => null, defaultFolder: () => outside }),
    importDialog: importDialog({ dialog, window: () => null, defaultFolder: () => outside }),
    saveFile: saveFileWithDialog({
      dialog: { showSaveDialog: (async (options: { defaultPath: string }) => ({ canceled: false, filePath: join(outside, options.defaultPath.split('/').pop()!) })) as never },
      window: () => null,
      defaultFolder: () => outside,
    }),
  };
  const core = new HarborCore({ dataDir, platform: desktop ? desktopPorts : { keychain: noKeychain }, kdfCost: FAST_KDF, log: () => {} });
  cleanups.push(() => core.close());
  const answers: Answer[] = [];
  const call = async (method: string, input: unknown = {}) => {
    const result = await core.call(method, input);
    answers.push({ method, result });
    return result;
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ok = async (method: string, input: unknown = {}): Promise<any> => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };

  // A first start: nothing set up yet.
  await ok('vaultStatus');
  await ok('settingsAppearance');
  await ok('copingBox');
  await ok('safetyPlanGet');
  await ok('copingPickOne', { excludeId: null });
  await ok('copingUrgeEvidence');
  await ok('copingContactLinks');
  await ok('backupChooseFile', { open: false });
  await call('vaultTryAutoUnlock');
  const { recoveryCode } = await ok('vaultCreate', { passphrase: PASSPHRASE });
  await ok('vaultUnlockNotices');
  await ok('appActivity');

  // Check-ins.
  const { day } = await ok('journalToday');
  await ok('journalPreferences');
  await ok('journalSetPreferences', { dbtExtrasEnabled: true });
  const prefs = await ok('journalAddEmotion', { name: 'Restless' });
  await ok('journalUpdateEmotion', { id: prefs.emotions.at(-1).id, name: 'Unsettled' });
  await ok('journalSaveDraft', { day, checkIn: { mood: 3, reflection: 'Half a thought' } });
  await ok('journalDiscardDraft', { day });
  const checkIn = { mood: 3, peakUrge: 5, selfHarm: 'no', reflection: 'The walk helped', triggers: [{ name: 'Work stress', kind: 'situation' }, { name: 'Deadline', kind: 'situation' }] };
  await ok('journalSaveEntry', { day, checkIn });
  await ok('journalGetDay', { day });
  await ok('journalHistory', {});
  await ok('journalSearch', { query: 'walk' });
  const tags = await ok('journalTags');
  await ok('journalRenameTrigger', { id: tags.triggers[0].id, name: 'Work' });
  await ok('journalMergeTriggers', { fromId: tags.triggers[1].id, intoId: tags.triggers[0].id });
  await ok('journalDeleteEntry', { day });
  await ok('journalRecentlyDeleted');
  await ok('journalRestoreEntry', { day });
  await ok('journalReminder');
  await ok('journalSetReminder', { enabled: true, time: '21:00' });

  // Coping box and safety plan.
  const box = await ok('copingItemAdd', { kind: 'sensory', title: 'Hold an ice cube' });
  const itemId = (box.items ?? box).find?.((i: { title: string }) => i.title === 'Hold an ice cube')?.id ?? box.item?.id ?? box.id;
  await call('copingItemUpdate', { id: itemId, favourite: true });
  await call('copingItemMove', { id: itemId, direction: 'up' });
  await call('copingOpenContact', { scheme: 'tel', number: '+441234567890' });
  const now = Date.now();
  await ok('copingUseSave', { id: randomUUID(), startedAt: now - 600_000, endedAt: now, minutesPlanned: 10, urgeBefore: 7, urgeAfter: 3, outcome: 'eased', items: [], note: '' });
  await ok('safetyPlanSave', { sections: { ...Object.fromEntries(safetyPlanSections.map((s) => [s, ''])), warning_signs: 'Not sleeping', professionals: 'My GP, 0123 456 789' }, contacts: [] });
  await ok('copingLockedAccess');
  await ok('copingSetLockedAccess', { choice: 'while-locked' });
  await ok('copingMatchedHelp', { triggerId: null });
  // A cope-ahead plan for a hard day to come.
  const plan = await ok('copeAheadSave', { id: null, day, name: 'The exam', mightHappen: 'I freeze.', skills: [{ title: 'Hold an ice cube', itemId: null }], people: ['Sam'], note: 'Eat first.' });
  await ok('copeAheadList');
  await ok('copeAheadToday');
  await ok('copeAheadDelete', { id: plan.id });
  // The hope box: a reason and a small photo, listed and deleted.
  const reason = await ok('hopeBoxSave', { id: null, kind: 'reason', text: 'My dog needs me' });
  await ok('hopeBoxSave', { id: null, kind: 'photo', caption: '', image: { type: 'image/png', base64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==' } });
  await ok('hopeBoxSave', { id: null, kind: 'voice', caption: 'Gran', audio: { base64: Buffer.from('OggS0000', 'latin1').toString('base64') } });
  await ok('hopeBox');
  await ok('hopeBoxDelete', { id: reason.id });
  await ok('crisisSetupStatus');
  await ok('crisisSetupDismissCard');
  await ok('copingHotkey');
  await call('copingSetHotkey', { accelerator: 'CommandOrControl+Alt+J' });

  // Patterns and recovery.
  await ok('patternsOverview', { weeks: 4 });
  await ok('patternsPreferences');
  await ok('patternsSetPreferences', { range: { weeks: 4 }, selfHarmDays: 'hidden' });
  await ok('recoveryOverview');
  await ok('recoveryMeasures');
  await ok('recoverySetPhase', { phase: 'skills' });
  await ok('recoverySaveNote', { key: 'why_change', body: 'For the people I love' });
  const relapse = await ok('relapseRecord', { day });
  await ok('relapseReflect', { id: relapse.id, reflection: Object.fromEntries(reflectionKeys.map((key) => [key, 'Some words'])) });
  await ok('relapseAddToPlan', { id: relapse.id, kind: 'warning_sign', text: 'Skipping meals' });
  await ok('chainGet', { relapseId: relapse.id });
  await ok('chainSave', {
    relapseId: relapse.id,
    content: { vulnerabilities: ['Slept badly'], promptingEvent: 'A message', links: [{ kind: 'feeling', text: 'Shame', repair: 'Name it' }], whatHappened: 'It happened.', consequences: 'Tired.' },
  });
  await ok('chainAddRepair', { relapseId: relapse.id, text: 'Call my sister', to: 'coping-box' });
  await ok('chainRecurring');
  await ok('recoveryExport', { format: 'diary-csv', from: day, to: day, understood: true });
  await ok('safetyPlanWalletCard', { understood: true });
  await ok('relapseDelete', { id: relapse.id });

  // A summary for the next session with a therapist.
  const talk = await ok('talkAboutAdd', { text: 'Sleep before exams' });
  await ok('talkAboutUpdate', { id: talk.items[0].id, done: true });
  await ok('talkAboutList');
  const range = await ok('summaryDefaultRange');
  const summary = { from: range.from ?? day, to: range.to ?? day, parts: ['diary-card', 'talk-about'] };
  await ok('summaryPreview', summary);
  await ok('summaryExport', { ...summary, understood: true });
  await ok('talkAboutRemove', { id: talk.items[0].id });

  // Settings.
  await ok('settingsGet');
  await ok('settingsUpdate', { theme: 'dark' });
  await ok('settingsDismissNotice');

  // Import from another app.
  await ok('importChooseFile', { open: false });
  await ok('importAddBytes', { name: 'daylio_export.csv', totalBytes: Buffer.byteLength(csv), offset: 0, base64: Buffer.from(csv).toString('base64') });
  if (desktop) {
    picks.push(csvPath);
    await ok('importChooseFile', { open: true });
  }
  await ok('importPreview', {});
  await ok('importCommit', {});
  await ok('importForget');

  // Back up, and restore from the list, from the dialog or the file picker, and a file that is not a backup.
  const backupFolder = join(temp.dir, 'USB stick');
  mkdirSync(backupFolder);
  let made;
  if (desktop) {
    picks.push(backupFolder);
    made = (await ok('backupNow', {})).made;
    await ok('backupShowInFolder', { id: made.id });
    expect(shown).toEqual([join(backupFolder, made.fileName)]);
  } else {
    await call('backupNow', { folder: join(backupFolder, 'missing') });
    made = (await ok('backupNow', { folder: backupFolder })).made;
    await call('backupShowInFolder', { id: made.id });
  }
  await ok('backupList');
  await call('backupChooseKept', { id: '0123456789abcdef' });
  await ok('backupChooseKept', { id: made.id });
  await call('backupPreviewRestore', { secret: 'not the passphrase', secretKind: 'passphrase' });
  await ok('backupPreviewRestore', { secret: PASSPHRASE, secretKind: 'passphrase' });
  const restored = await ok('backupRestore', { secret: PASSPHRASE, secretKind: 'passphrase' });
  expect(restored.keptAs).not.toBeNull();
  const backupPath = join(backupFolder, made.fileName);
  if (desktop) {
    picks.push(backupPath);
    await ok('backupChooseFile', {});
    picks.push(join(outside, 'missing.backup'));
    await call('backupChooseFile', {});
  } else {
    answers.push({ method: 'backupAddBytes', result: await uploadBytes(core, made.fileName, readFileSync(backupPath)) });
  }
  await ok('backupForget');
  answers.push({ method: 'backupAddBytes', result: await uploadBytes(core, 'notes.backup', Buffer.from('shopping list')) });
  await call('backupRestore', { secret: PASSPHRASE, secretKind: 'passphrase' });
  // The journal kept at the restore is listed (by name and id only).
  expect((await ok('backupList')).backups.length).toBeGreaterThan(0);

  // Passphrases, the keychain, locking and unlocking, with mistakes.
  await call('vaultChangePassphrase', { current: 'wrong one', next: NEXT_PASSPHRASE });
  await ok('vaultChangePassphrase', { current: PASSPHRASE, next: NEXT_PASSPHRASE });
  const renewed = await ok('vaultNewRecoveryCode', { passphrase: NEXT_PASSPHRASE });
  await call('vaultSetAutoUnlock', { enabled: true });
  await ok('vaultLock');
  // Noted while locked: waits for the unlock.
  const lapse = randomUUID();
  await ok('copingNoteLapse', { id: lapse });
  await call('vaultUnlock', { passphrase: 'not it' });
  await call('vaultTryAutoUnlock');
  if ((await ok('vaultStatus')).state !== 'unlocked') await ok('vaultUnlock', { passphrase: NEXT_PASSPHRASE });
  await ok('lockedLapseNotesWaiting');
  await call('lockedLapseNoteAnswer', { id: lapse, answer: 'leave-out' });
  await ok('vaultLock');
  await call('vaultUnlockWithRecoveryCode', { recoveryCode: recoveryCode, newPassphrase: PASSPHRASE });
  await ok('vaultUnlockWithRecoveryCode', { recoveryCode: renewed.recoveryCode, newPassphrase: PASSPHRASE });

  return { answers, folders: [dataDir, outside, backupFolder, temp.dir, tmpdir()] };
}

describe('no absolute path in any answer to the page', () => {
  for (const desktop of [false, true]) {
    it(`${desktop ? 'the desktop app' : 'the browser harness'}: every method, a whole session, successes and errors`, async () => {
      const { answers, folders } = await session(desktop);
      // Every method was walked, so a new one cannot slip by.
      const called = new Set(answers.map((a) => a.method));
      expect(apiMethods.filter((method) => !called.has(method))).toEqual([]);
      expect(answers.filter((a) => !a.result.ok).length).toBeGreaterThan(5);

      const leaks: string[] = [];
      for (const { method, result } of answers) {
        const text = JSON.stringify(result);
        for (const folder of folders) if (text.includes(folder)) leaks.push(`${method} names ${folder}: ${text.slice(0, 300)}`);
        for (const value of strings(result)) {
          const found = ABSOLUTE.exec(value);
          if (found) leaks.push(`${method}: "${found[0].trim()}" in "${value.slice(0, 200)}"`);
        }
      }
      expect(leaks).toEqual([]);
    }, 60_000);
  }

  it('the check itself sees a path where one is', () => {
    for (const leak of ['Backed up to /home/sam/Backups/harbor.backup.', 'kept in C:\\Users\\sam', '\\\\server\\share\\x', '"/tmp/a"']) {
      expect(ABSOLUTE.test(leak), leak).toBe(true);
    }
    for (const fine of ['Backed up as harbor-backup-2025.backup, in the folder you chose.', 'and/or', '1/2 of your rounds', 'https://example.org/help', '24/7']) {
      expect(ABSOLUTE.test(fine), fine).toBe(false);
    }
  });
});
