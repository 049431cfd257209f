// The coping box's part of the core that outlives a single call: the locked copy, the sealed
// uses kept while locked, the merge at unlock, and the Electron hotkey when there is one.
import { basename } from 'node:path';
import type { CopingBoxView, CopingUse, LockedAccessView, SafetyPlanView } from '../../../shared/contract/coping.ts';
import type { Db } from '../db/database.ts';
import type { Keychain } from '../keychain.ts';
import type { Vault } from '../vault.ts';
import { listItems } from './box.ts';
import { moveCrisisLineIntoPlan, type LegacyCrisisLineSource } from './crisis-line-move.ts';
import { noHotkey, type HotkeyPort } from './hotkey-port.ts';
import { noContactLinks, type ContactLinkPort } from './contact-links.ts';
import { LOCKED_COPY_FILE, LockedCopyStore, type LockedCopyRead } from './locked-copy.ts';
import {
  PENDING_KEY_FILE,
  PENDING_MAX_USES,
  PENDING_UNREADABLE_FILE,
  PENDING_USES_FILE,
  PendingUses,
  generateSealingKeyPair,
} from './pending-uses.ts';
import { emptySafetyPlan, readSafetyPlan } from './safety-plan.ts';
import { starterBox } from './starter.ts';
import { answerLockedLapseNote, mergeLockedLapseNotes } from '../recovery/locked-lapse-notes.ts';
import { calendarDayOf, checkInDayOf } from '../../../shared/calendar.ts';
import { upsertUse } from './uses.ts';
import { readMeta, writeMeta } from '../db/meta.ts';
import { wordsFor, type WordKey } from '../../../shared/vocabulary.ts';
import { plansForDay, plansFrom } from './cope-ahead.ts';
import type { CopeAheadPlan } from '../../../shared/contract/cope-ahead.ts';
import { hopeBoxView, hopeForCopy } from './hope-box.ts';

/** Stored in the encrypted meta table. 'keychain' and 'unencrypted' both mean "available while locked". */
type StoredAccess = 'keychain' | 'unencrypted' | 'after-unlock';
const ACCESS_KEY = 'coping.locked_access';
const PRIVATE_KEY = 'coping.pending_private_key';
const PUBLIC_KEY = 'coping.pending_public_key';

export const PENDING_MESSAGE = 'This will be added to your journal the next time you unlock Harbor.';
export const LAPSE_PENDING_MESSAGE =
  'Noted, and kept sealed. When you next unlock, you will be asked, gently, whether to add it to your journal.';

/** The one honest sentence while the person's own box and plan cannot be read. */
export const OPENS_AFTER_UNLOCK = 'Your own plan and box open after you unlock.';

/**
 * Why the coping box and the safety plan are not the person's own: both come from the same
 * locked copy, so both say the same thing, and never pretend the plan is empty.
 */
const notices = {
  absent: OPENS_AFTER_UNLOCK,
  'keychain-unavailable': `Your computer's keychain is not available right now. ${OPENS_AFTER_UNLOCK}`,
  damaged: `Harbor could not read the copy kept for when it is locked; your plan and box are safe in your journal. ${OPENS_AFTER_UNLOCK}`,
  unsealed: `Harbor found a copy of your plan and box that your computer's keychain had not sealed, so it did not use it. Your own plan and box are safe in your journal. ${OPENS_AFTER_UNLOCK}`,
  none: 'Harbor is not set up yet. Here is a starter box; the urge timer works too.',
} as const;

const planNotices = { ...notices, none: 'Harbor is not set up yet, so there is no safety plan here yet.' } as const;

export class CopingSupport {
  readonly copy: LockedCopyStore;
  readonly pending: PendingUses;
  private readonly hotkey: HotkeyPort | null;
  private unlockNotices: string[] = [];
  private readonly contactLinksPort: ContactLinkPort | null;
  private readonly log: (message: string, error: unknown) => void;
  private readonly legacyCrisisLine: LegacyCrisisLineSource | null;
  private readonly now: () => Date;

  constructor(options: {
    vault: Vault;
    keychain: Keychain;
    /** The desktop's global hotkey and call/text links (core/platform.ts); null in the harness. */
    hotkey: HotkeyPort | null;
    contactLinks: ContactLinkPort | null;
    /** Local wall-clock time (the cope-ahead plans kept in the locked copy start from today). */
    now?: () => Date;
    log: (message: string, error: unknown) => void;
    /** Where older versions kept the crisis line in plain text (the settings file). */
    legacyCrisisLine?: LegacyCrisisLineSource;
  }) {
    this.copy = new LockedCopyStore(options.vault.dataDir, options.keychain);
    this.pending = new PendingUses(options.vault.dataDir);
    this.hotkey = options.hotkey;
    this.contactLinksPort = options.contactLinks;
    this.log = options.log;
    this.legacyCrisisLine = options.legacyCrisisLine ?? null;
    this.now = options.now ?? (() => new Date());
    // Runs inside unlock, before the page hears "unlocked", so it already sees merged uses.
    options.vault.onChange((state) => {
      if (state === 'unlocked') this.afterUnlock(options.vault.db);
    });
  }

  hotkeyPort(): HotkeyPort | null {
    return this.hotkey;
  }

  contactLinkPort(): ContactLinkPort | null {
    return this.contactLinksPort;
  }

  contactLinks(): { desktop: boolean; tel: boolean; sms: boolean } {
    const desktop = this.contactLinksPort !== null;
    try {
      return { desktop, ...(this.contactLinksPort ? this.contactLinksPort.available() : noContactLinks) };
    } catch (error) {
      this.log('Harbor: asking for the apps that open calls and texts failed', error);
      return { desktop, ...noContactLinks };
    }
  }

  hotkeyStatus() {
    return this.hotkey ? this.hotkey.status() : noHotkey;
  }

  /**
   * What the person should hear about the files kept while locked, gathered at the last unlock;
   * the lock screen shows them once Harbor is open. Reading them clears them.
   */
  takeUnlockNotices(): string[] {
    const taken = this.unlockNotices;
    this.unlockNotices = [];
    return taken;
  }

  /** Never throws: a problem here must not stop the person unlocking their journal. */
  afterUnlock(db: Db): { merged: number; unreadable: number } {
    this.unlockNotices = [];
    let outcome = { merged: 0, unreadable: 0 };
    if (this.copy.isUnsealed()) {
      this.log(`Harbor: an unencrypted ${LOCKED_COPY_FILE} was found on a computer with a keychain; it was not used and is replaced by a sealed copy`, null);
      this.unlockNotices.push(
        "Harbor found a copy of your coping box and safety plan that your computer's keychain had not sealed, so it did not show it while Harbor was locked. It has put a sealed copy in its place.",
      );
    }
    try {
      const privateKey = this.ensureSealingKey(db);
      outcome = this.mergePending(db, privateKey);
    } catch (error) {
      this.log('Harbor: merging uses kept while locked failed', error);
    }
    try {
      if (this.legacyCrisisLine) moveCrisisLineIntoPlan(db, this.legacyCrisisLine, Date.now());
    } catch (error) {
      this.log('Harbor: moving the crisis line into the safety plan failed', error);
    }
    this.refreshCopy(db);
    return outcome;
  }

  private ensureSealingKey(db: Db): string {
    let privateKey = readMeta(db, PRIVATE_KEY);
    let publicKey = readMeta(db, PUBLIC_KEY);
    if (!privateKey || !publicKey) {
      const pair = generateSealingKeyPair();
      db.transaction(() => {
        writeMeta(db, PRIVATE_KEY, pair.privateKey);
        writeMeta(db, PUBLIC_KEY, pair.publicKey);
      })();
      privateKey = pair.privateKey;
      publicKey = pair.publicKey;
    }
    // The journal keeps the public key it made; a different valid key on disk was put there by
    // something else, so uses sealed while locked may have been readable by it.
    const onDisk = this.pending.readPublicKey();
    if (onDisk !== null && onDisk !== publicKey) {
      this.log(`Harbor: ${PENDING_KEY_FILE} held a key this journal did not make; Harbor's own key was put back`, null);
      this.unlockNotices.push(
        'The file Harbor uses to protect urge-timer uses made while it is locked had been replaced by something other than Harbor. ' +
          'Harbor has put its own back. Uses made while locked since then may not have been private.',
      );
    }
    this.pending.writePublicKey(publicKey);
    return privateKey;
  }

  /**
   * All uses and lapse notes kept while locked go in together (the notes only to wait for the
   * person's answer); unreadable ones are moved aside, never deleted.
   */
  private mergePending(db: Db, privateKey: string): { merged: number; unreadable: number } {
    const { uses, lapseNotes, unreadable, dropped, oversized } = this.pending.readAll(privateKey);
    if (uses.length === 0 && lapseNotes.length === 0 && unreadable.length === 0 && dropped === 0 && !oversized) {
      return { merged: 0, unreadable: 0 };
    }
    db.transaction(() => {
      for (const use of uses) upsertUse(db, use, true);
      mergeLockedLapseNotes(db, lapseNotes);
    })();
    // Set aside before the file goes: a crash between the two keeps a copy in both, never none.
    this.pending.setAside(unreadable);
    // A crash here leaves the file; merging it again is harmless (uses are keyed by their id).
    if (oversized) {
      const movedTo = this.pending.moveOversizedAside(Date.now());
      this.log(`Harbor: ${PENDING_USES_FILE} was far larger than Harbor writes; only its newest part was read, and the whole file was moved to ${basename(movedTo)}`, null);
    } else {
      this.pending.clear();
    }
    if (unreadable.length > 0) {
      this.log(
        `Harbor: ${unreadable.length} kept use(s) could not be read; they were moved to ${PENDING_UNREADABLE_FILE} in the data folder, nothing was deleted`,
        null,
      );
      this.unlockNotices.push(
        `${count(unreadable.length, 'urge-timer use')} made while Harbor was locked could not be read, so ${unreadable.length === 1 ? 'it was' : 'they were'} not added to your journal. ` +
          `Nothing was deleted: ${unreadable.length === 1 ? 'it is' : 'they are'} kept in ${PENDING_UNREADABLE_FILE} in Harbor's data folder.`,
      );
    }
    if (dropped > 0 || oversized) {
      this.unlockNotices.push(
        `While Harbor was locked it kept your newest ${PENDING_MAX_USES} urge-timer uses; ` +
          `${dropped > 0 ? count(dropped, 'older use') : 'some older uses'} did not fit and ${dropped === 1 ? 'was' : 'were'} not kept.`,
      );
    }
    return { merged: uses.length + lapseNotes.length, unreadable: unreadable.length };
  }

  private storedAccess(db: Db): StoredAccess | null {
    const value = readMeta(db, ACCESS_KEY);
    return value === 'keychain' || value === 'unencrypted' || value === 'after-unlock' ? value : null;
  }

  /** How the copy is kept now: the person's choice, sealed by the keychain whenever one exists. */
  private effectiveAccess(db: Db): StoredAccess {
    const keychainAvailable = this.copy.keychainAvailable();
    const stored = this.storedAccess(db);
    if (stored === 'unencrypted' && keychainAvailable) return 'keychain';
    return stored ?? (keychainAvailable ? 'keychain' : 'after-unlock');
  }

  /** Rewrites (or removes) the locked copy to match the journal. Logs rather than throws. */
  refreshCopy(db: Db): void {
    try {
      const access = this.effectiveAccess(db);
      if (access === 'after-unlock' || (access === 'keychain' && !this.copy.keychainAvailable())) {
        this.copy.remove();
        return;
      }
      const plan = readSafetyPlan(db);
      this.copy.write(
        {
          version: 1,
          writtenAt: Date.now(),
          items: listItems(db).filter((item) => !item.hidden),
          safetyPlan: plan,
          copeAhead: plansFrom(db, calendarDayOf(this.now())),
          hope: hopeForCopy(db),
        },
        access,
      );
    } catch (error) {
      this.log('Harbor: updating the locked copy of the coping box failed', error);
    }
  }

  /** `w`: the words of the current mode (discreet mode names the box and plan neutrally). */
  lockedAccess(db: Db, w: (key: WordKey) => string = wordsFor(false)): LockedAccessView {
    const keychainAvailable = this.copy.keychainAvailable();
    const stored = this.storedAccess(db);
    const effective = this.effectiveAccess(db);
    const boxAndPlan = `${w('aCopingBox')} and ${w('aSafetyPlan')}`;
    if (effective === 'keychain' && keychainAvailable) {
      return {
        choice: 'while-locked',
        chosen: stored !== null,
        keychainAvailable,
        protection: 'keychain',
        explanation: `Your ${boxAndPlan} open while locked. That copy is encrypted by your computer's keychain, so only you, signed in to this computer, can read it. Your journal stays locked.`,
      };
    }
    if (effective === 'unencrypted') {
      return {
        choice: 'while-locked',
        chosen: true,
        keychainAvailable,
        protection: 'unencrypted',
        explanation: `Your ${boxAndPlan} open while locked. This computer has no keychain ${w('appName')} can use, so that copy is stored unencrypted in ${w('appName')}'s data folder: anyone who can open your files could read your ${boxAndPlan}. Your journal stays encrypted.`,
      };
    }
    return {
      choice: 'after-unlock',
      chosen: stored !== null,
      keychainAvailable,
      protection: 'none',
      explanation:
        effective === 'keychain'
          ? `You chose to keep your ${w('aCopingBox')} available while locked, but your computer's keychain is not available right now. Until it is, your own box and ${w('aSafetyPlan')} open only after you unlock. While locked you still have the starter box, the urge timer and crisis lines.`
          : `Your own ${boxAndPlan} open only after you unlock. While locked you still have the starter box, the urge timer and crisis lines. Nothing readable is stored outside your encrypted journal.`,
    };
  }

  setLockedAccess(db: Db, choice: 'while-locked' | 'after-unlock', w?: (key: WordKey) => string): LockedAccessView {
    const stored: StoredAccess = choice === 'after-unlock' ? 'after-unlock' : this.copy.keychainAvailable() ? 'keychain' : 'unencrypted';
    writeMeta(db, ACCESS_KEY, stored);
    this.refreshCopy(db);
    return this.lockedAccess(db, w);
  }

  box(vault: Vault): CopingBoxView {
    const state = crisisState(vault);
    if (state === 'unlocked') {
      return { vault: state, source: 'journal', canEdit: true, notice: null, items: listItems(vault.db) };
    }
    if (state === 'none') return { vault: state, source: 'starter', canEdit: false, notice: notices.none, items: starterBox() };
    const read = this.copy.read();
    if (read.status === 'ok') return { vault: state, source: 'locked-copy', canEdit: false, notice: null, items: read.copy.items };
    return { vault: state, source: 'starter', canEdit: false, notice: notices[read.status], items: starterBox() };
  }

  plan(vault: Vault): SafetyPlanView {
    const state = crisisState(vault);
    if (state === 'unlocked') {
      return { vault: state, source: 'journal', canEdit: true, notice: null, ...readSafetyPlan(vault.db) };
    }
    const read: LockedCopyRead | { status: 'none' } = state === 'none' ? { status: 'none' } : this.copy.read();
    if (read.status === 'ok') {
      return { vault: state, source: 'locked-copy', canEdit: false, notice: null, ...read.copy.safetyPlan };
    }
    return { vault: state, source: 'starter', canEdit: false, notice: planNotices[read.status], ...emptySafetyPlan() };
  }

  /**
   * The cope-ahead plans for `day`: from the journal when unlocked; while locked only from the copy
   * the person allowed while locked, under the same rules as their box and plan; else none.
   */
  copeAheadFor(vault: Vault, day: string): CopeAheadPlan[] {
    const state = crisisState(vault);
    if (state === 'unlocked') return plansForDay(vault.db, day);
    if (state === 'none') return [];
    const read = this.copy.read();
    return read.status === 'ok' ? read.copy.copeAhead.filter((plan) => plan.day === day) : [];
  }

  /** The hope box: all of it when unlocked; while locked its reasons and letters from the allowed copy. */
  hopeBox(vault: Vault) {
    const state = crisisState(vault);
    return hopeBoxView(state === 'unlocked' ? vault.db : null, state === 'locked' ? this.copy.read() : null);
  }

  saveUse(vault: Vault, use: CopingUse): { stored: 'journal' | 'pending' | 'not-kept'; message: string } {
    const state = crisisState(vault);
    if (state === 'unlocked') {
      upsertUse(vault.db, use, false);
      return { stored: 'journal', message: 'Saved in your journal.' };
    }
    if (state === 'none') {
      return { stored: 'not-kept', message: 'Harbor is not set up yet, so this was not kept. The timer still works.' };
    }
    try {
      if (this.pending.append(use)) return { stored: 'pending', message: PENDING_MESSAGE };
    } catch (error) {
      this.log('Harbor: keeping a use while locked failed', error);
    }
    return {
      stored: 'not-kept',
      message: 'Harbor could not keep this while it is locked. The timer still works; you can note it in your journal later.',
    };
  }

  /**
   * "I self-harmed" from the coping window. Unlocked, it becomes an ordinary note for today at once
   * (the person pressed "Note that it happened"). Locked, it is sealed exactly like a timer use.
   */
  noteLapse(vault: Vault, id: string, now: Date): { stored: 'journal' | 'pending' | 'not-kept'; message: string } {
    const note = { kind: 'lapse-note' as const, id, notedAt: now.getTime(), day: checkInDayOf(now) };
    const state = crisisState(vault);
    if (state === 'unlocked') {
      const already = vault.db.transaction(() => {
        const seen = vault.db.prepare('SELECT 1 FROM locked_lapse_notes WHERE id = ?').get(id) !== undefined;
        mergeLockedLapseNotes(vault.db, [note]);
        answerLockedLapseNote(vault.db, id, 'add', note.notedAt);
        return seen;
      })();
      return { stored: 'journal', message: already ? 'This was already noted.' : 'Noted in your journal, for today.' };
    }
    if (state === 'none') return { stored: 'not-kept', message: 'Harbor is not set up yet, so this was not kept.' };
    try {
      if (this.pending.append(note)) return { stored: 'pending', message: LAPSE_PENDING_MESSAGE };
    } catch (error) {
      this.log('Harbor: keeping a note while locked failed', error);
    }
    return { stored: 'not-kept', message: 'This could not be kept while locked. You can note it after you unlock, if you want to.' };
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The coping box and safety plan must open even when the journal cannot (a damaged or missing
 * key file): for them a vault whose state cannot be read counts as locked.
 */
function crisisState(vault: Vault): 'none' | 'locked' | 'unlocked' {
  try {
    return vault.state();
  } catch {
    return 'locked';
  }
}
