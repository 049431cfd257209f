// Encrypted backups and restore. A backup is one file holding the journal database,
// encrypted exactly like the live one, and the key file (without this computer's keychain copy),
// so it opens only with the passphrase or recovery code that was current when it was made.
import { z } from 'zod';

/** POSIX (/home/...), Windows drive (C:\...) or UNC (\\server\...) paths: never relative to some working folder. */
export function isAbsolutePath(path: string): boolean {
  return /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path);
}

const fullPath = (what: string) =>
  z
    .string(`Enter the ${what}.`)
    .trim()
    .min(1, `Enter the ${what}.`)
    .max(4096, 'That path is too long.')
    .refine((path) => !path.includes('\0'), 'That path is not valid.')
    .refine(isAbsolutePath, `Use the full path of the ${what}, for example /home/you/Backups or C:\\Backups.`);

export const backupKinds = ['daily', 'manual', 'before-restore'] as const;

export const backupSummary = z.object({
  path: z.string(),
  fileName: z.string(),
  /** Epoch milliseconds. */
  createdAt: z.number(),
  kind: z.enum(backupKinds),
  sizeBytes: z.number(),
});
export type BackupSummary = z.infer<typeof backupSummary>;

const journalSummary = z.object({
  entries: z.number().int(),
  /** The day of the newest check-in (YYYY-MM-DD), or null when there is none. */
  newestEntry: z.string().nullable(),
});
export type JournalSummary = z.infer<typeof journalSummary>;

export const restoreRequest = z
  .object({
    path: fullPath('backup file'),
    secret: z
      .string('Enter the passphrase or recovery code for this backup.')
      .min(1, 'Enter the passphrase or recovery code for this backup.')
      .max(1024),
    secretKind: z.enum(['passphrase', 'recovery-code'], 'Choose passphrase or recovery code.'),
  })
  .strict();

const choice = z.object({
  /** False in the browser harness: type the path instead. */
  supported: z.boolean(),
  /** Null when the person closed the dialog without choosing. */
  path: z.string().nullable(),
});

const empty = z.object({}).strict();

export const backupContract = {
  backupList: {
    access: 'unlocked',
    writes: false,
    input: empty,
    output: z.object({
      /** Harbor's own backups folder (automatic backups and journals kept at a restore). */
      folder: z.string(),
      backups: z.array(backupSummary),
      lastAutomaticAt: z.number().nullable(),
      /** True in the desktop app: folders and files are chosen in the system's dialogs, not typed. */
      dialogs: z.boolean(),
    }),
  },
  backupNow: { access: 'unlocked', writes: false, input: z.object({ folder: fullPath('folder') }).strict(), output: backupSummary },
  backupChooseFolder: { access: 'unlocked', writes: false, input: empty, output: choice },
  backupChooseFile: { access: 'open', writes: false, input: empty, output: choice },
  // 'open' so a new computer with no journal yet can start from a backup; the handler refuses
  // while a journal exists and is locked (only someone who unlocked it may replace it).
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
