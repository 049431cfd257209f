// Encrypted backups and restore. A backup is one file holding the journal database,
// encrypted exactly like the live one, and the key file (without this computer's keychain copy),
// so it opens only with the passphrase or recovery code that was current when it was made.
//
// No path crosses this contract towards the page, and none comes back for a restore: the backup
// to restore arrives as bytes (the page's file picker, in parts), is read by main from its own
// open dialog, or is one of Harbor's own backups named by the opaque id the list gave.
import { z } from 'zod';
import { MAX_IMPORT_PART_BYTES } from './import.ts';

/** POSIX (/home/...), Windows drive (C:\...) or UNC (\\server\...) paths: never relative to some working folder. */
export function isAbsolutePath(path: string): boolean {
  return /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path);
}

/** Far beyond any journal's backup (ten years of evenings are a few MB). */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

const fullPath = (what: string) =>
  z
    .string(`Enter the ${what}.`)
    .trim()
    .min(1, `Enter the ${what}.`)
    .max(4096, 'That path is too long.')
    .refine((path) => !path.includes('\0'), 'That path is not valid.')
    .refine(isAbsolutePath, `Use the full path of the ${what}, for example /home/you/Backups or C:\\Backups.`);

export const backupKinds = ['daily', 'manual', 'before-restore'] as const;

/** Names one backup in later requests (restore it, show it in its folder); opaque, never a path. */
const backupId = z.string().min(1).max(64).regex(/^[0-9a-f]+$/, 'That backup is not in the list any more. Look at the list again.');

export const backupSummary = z.object({
  id: z.string(),
  fileName: z.string(),
  /** Epoch milliseconds. */
  createdAt: z.number(),
  kind: z.enum(backupKinds),
  sizeBytes: z.number(),
});
export type BackupSummary = z.infer<typeof backupSummary>;

/** The backup chosen for a restore, held by main until the restore or until the person closes it. */
const chosenBackup = z.object({ name: z.string(), sizeBytes: z.number().int() });
export type ChosenBackup = z.infer<typeof chosenBackup>;

const journalSummary = z.object({
  entries: z.number().int(),
  /** The day of the newest check-in (YYYY-MM-DD), or null when there is none. */
  newestEntry: z.string().nullable(),
});
export type JournalSummary = z.infer<typeof journalSummary>;

/** Which secret opens the chosen backup. The backup itself is the one main holds. */
export const restoreRequest = z
  .object({
    secret: z
      .string('Enter the passphrase or recovery code for this backup.')
      .min(1, 'Enter the passphrase or recovery code for this backup.')
      .max(1024),
    secretKind: z.enum(['passphrase', 'recovery-code'], 'Choose passphrase or recovery code.'),
  })
  .strict();

const empty = z.object({}).strict();

export const backupContract = {
  backupList: {
    access: 'unlocked',
    writes: false,
    input: empty,
    output: z.object({
      /** Harbor's own backups (automatic ones and journals kept at a restore), newest first. */
      backups: z.array(backupSummary),
      lastAutomaticAt: z.number().nullable(),
      /** True in the desktop app: folders and files are chosen in the system's dialogs, not typed or uploaded. */
      dialogs: z.boolean(),
      /** True where main can show a backup in the system's file manager (the desktop app). */
      showInFolder: z.boolean(),
    }),
  },
  /**
   * The desktop app: no input; main asks for the folder in its own dialog (`made` is null when the
   * person closed it). The browser harness, which has no dialog: the folder typed in the page.
   */
  backupNow: {
    access: 'unlocked',
    writes: false,
    input: z.object({ folder: fullPath('folder').optional() }).strict(),
    output: z.object({ made: backupSummary.nullable() }),
  },
  /** Opens the system's file manager at a backup from the list or from "Back up now". */
  backupShowInFolder: { access: 'unlocked', writes: false, input: z.object({ id: backupId }).strict(), output: z.object({ shown: z.boolean() }) },
  // The restore sources. 'open' so a new computer with no journal yet can start from a backup;
  // each refuses while a journal exists and is locked (only someone who unlocked it may replace it).
  /** The desktop app: main's own open dialog, then main reads the file safely. `supported: false` in the harness. */
  backupChooseFile: {
    access: 'open',
    writes: false,
    /** `open: false` only asks whether this app has such a dialog. */
    input: z.object({ open: z.boolean().default(true) }).strict(),
    output: z.object({ supported: z.boolean(), file: chosenBackup.nullable() }),
  },
  /** The page's file picker: the file's bytes in parts of at most 1 MB, in order (offset 0 starts a new file). */
  backupAddBytes: {
    access: 'open',
    writes: false,
    input: z
      .object({
        name: z.string().trim().min(1).max(255, 'That file name is too long.'),
        totalBytes: z.number().int().min(1, 'That file is empty, so it is not a backup.').max(MAX_BACKUP_BYTES, 'That file is larger than 512 MB, more than any backup Harbor makes.'),
        offset: z.number().int().min(0),
        base64: z.string().max(Math.ceil(MAX_IMPORT_PART_BYTES / 3) * 4 + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'That part of the file was not sent whole.'),
      })
      .strict(),
    output: z.object({ received: z.number().int(), complete: z.boolean(), file: chosenBackup.nullable() }),
  },
  /** One of Harbor's own backups, by the id the list gave. */
  backupChooseKept: { access: 'unlocked', writes: false, input: z.object({ id: backupId }).strict(), output: z.object({ file: chosenBackup }) },
  /** Drops the chosen backup from memory (the person closed the restore). */
  backupForget: { access: 'open', writes: false, input: empty, output: z.object({ forgotten: z.boolean() }) },
  backupPreviewRestore: {
    access: 'open',
    writes: false,
    input: restoreRequest,
    output: z.object({
      backup: journalSummary.extend({ createdAt: z.number() }),
      /** Null when there is no journal here yet, or only one that cannot be opened. */
      current: journalSummary.nullable(),
      /** Why the journal here cannot be opened, when it cannot; a restore moves it aside. */
      unreadable: z.string().nullable(),
    }),
  },
  backupRestore: {
    access: 'open',
    writes: false,
    input: restoreRequest,
    output: z.object({
      state: z.enum(['locked', 'unlocked']),
      /** The journal that was replaced, kept as a backup. Null when there was none. */
      keptAs: backupSummary.nullable(),
      message: z.string(),
    }),
  },
} as const;
