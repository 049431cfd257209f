// Bringing a history from another app into the journal: a file arrives as bytes (the page's
// file picker, in parts, or main's own open dialog), is checked, previewed with counts and
// written in one transaction. The person adjusts how moods map to Harbor's 1–5 and what each
// activity becomes before anything is written.
import { z } from 'zod';

export const importFormats = ['daylio-csv', 'daylio-backup', 'bearable-csv', 'generic-csv', 'harbor-json'] as const;
export type ImportFormat = (typeof importFormats)[number];
export const importFormatNames: Record<ImportFormat, string> = {
  'daylio-csv': 'Daylio export (CSV)',
  'daylio-backup': 'Daylio backup (.daylio)',
  'bearable-csv': 'Bearable export (CSV)',
  'generic-csv': 'A table (CSV) from another app',
  'harbor-json': 'Harbor journal export (JSON)',
};

/** What an activity or tag from the file becomes in the check-in. */
export const activityRoles = ['note', 'situation', 'thought', 'feeling', 'helped', 'skip'] as const;
export type ActivityRole = (typeof activityRoles)[number];
export const activityRoleWords: Record<ActivityRole, string> = {
  note: 'Keep in the day’s notes',
  situation: 'A trigger: situation',
  thought: 'A trigger: thought',
  feeling: 'A trigger: feeling',
  helped: 'Something that helped',
  skip: 'Leave out',
};

/** Far beyond ten years of daily entries with long notes. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;
/** One part of a file sent from the page (the harness takes at most 2 MB per request). */
export const MAX_IMPORT_PART_BYTES = 1024 * 1024;
export const MAX_BAD_ROWS_LISTED = 200;

const label = z.string().max(200, 'Keep a name under 200 characters.');
const columnName = z.string().max(200).nullable();

export const columnMapping = z
  .object({
    date: z.string('Choose the column that holds the date.').min(1, 'Choose the column that holds the date.').max(200),
    mood: columnName.default(null),
    note: columnName.default(null),
    tags: columnName.default(null),
    /** What separates several tags in one cell, for example "|" or ",". */
    tagSeparator: z.string().min(1, 'Say what separates the tags, for example a comma.').max(5).default(','),
  })
  .strict();
export type ColumnMapping = z.output<typeof columnMapping>;

export const importChoices = z
  .object({
    /** How each mood in the file maps to Harbor's 1–5; null leaves the day's mood empty. */
    moods: z
      .array(z.object({ label, level: z.number().int().min(1).max(5).nullable() }).strict())
      .max(500)
      .default([]),
    activities: z
      .array(z.object({ name: label, role: z.enum(activityRoles, 'Choose what this activity becomes.') }).strict())
      .max(5000)
      .default([]),
    /** Only for a table from another app: which column holds what. Guessed when absent. */
    columns: columnMapping.nullable().default(null),
  })
  .strict();
export type ImportChoices = z.output<typeof importChoices>;
export type ImportChoicesInput = z.input<typeof importChoices>;

const stagedFile = z.object({ name: z.string(), sizeBytes: z.number().int() });
export type StagedImportFile = z.infer<typeof stagedFile>;

const badRow = z.object({ line: z.number().int(), reason: z.string() });
export type BadImportRow = z.infer<typeof badRow>;

export const importPreview = z.object({
  file: stagedFile,
  format: z.enum(importFormats),
  formatName: z.string(),
  /** Rows the file holds (not counting its header), and what becomes of them. */
  counts: z.object({
    rows: z.number().int(),
    /** Days that get a new check-in. */
    newDays: z.number().int(),
    /** Days that already have a check-in here: the file's words and tags are added to it. */
    mergedDays: z.number().int(),
    /** Rows brought in by an earlier import of this file: nothing is added for them. */
    alreadyImported: z.number().int(),
    badRows: z.number().int(),
    /** Rows with nothing Harbor keeps (for example a Bearable energy rating). */
    unused: z.number().int(),
    /** Harbor's own export: urge-timer uses and cope-ahead plans that will be added. */
    timerUses: z.number().int(),
    copeAheadPlans: z.number().int(),
    hopeItems: z.number().int(),
  }),
  range: z.object({ from: z.string(), to: z.string() }).nullable(),
  /** Each mood label in the file, the level it maps to now, and how many rows have it. */
  moods: z.array(z.object({ label: z.string(), level: z.number().int().min(1).max(5).nullable(), rows: z.number().int() })),
  activities: z.array(z.object({ name: z.string(), role: z.enum(activityRoles), rows: z.number().int() })),
  /** The first bad rows, each with its line in the file (or entry number, for a backup) and the reason in plain words. */
  badRows: z.array(badRow),
  badRowsAt: z.enum(['line', 'entry']),
  /** For a table from another app: its column names and the mapping in use. */
  table: z.object({ headers: z.array(z.string()), columns: columnMapping }).nullable(),
});
export type ImportPreview = z.infer<typeof importPreview>;

const empty = z.object({}).strict();

export const importContract = {
  /** The desktop app: main's own open dialog, then the chosen file is read and kept for the preview. */
  importChooseFile: {
    access: 'unlocked',
    writes: false,
    /** `open: false` only asks whether this app has such a dialog (the browser harness has none: the page's file picker is used). */
    input: z.object({ open: z.boolean().default(true) }).strict(),
    output: z.object({ supported: z.boolean(), file: stagedFile.nullable() }),
  },
  /** The page's file picker: the file's bytes in parts of at most 1 MB, in order (offset 0 starts a new file). */
  importAddBytes: {
    access: 'unlocked',
    writes: false,
    input: z
      .object({
        name: z.string().trim().min(1).max(255, 'That file name is too long.'),
        totalBytes: z.number().int().min(1, 'That file is empty.').max(MAX_IMPORT_BYTES, 'That file is larger than 32 MB, more than any journal Harbor can import.'),
        offset: z.number().int().min(0),
        base64: z.string().max(Math.ceil(MAX_IMPORT_PART_BYTES / 3) * 4 + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'That part of the file was not sent whole.'),
      })
      .strict(),
    output: z.object({ received: z.number().int(), complete: z.boolean(), file: stagedFile.nullable() }),
  },
  importPreview: { access: 'unlocked', writes: false, input: importChoices, output: importPreview },
  /** Writes the preview's days in one transaction; nothing is written when anything fails. */
  importCommit: {
    access: 'unlocked',
    writes: true,
    input: importChoices,
    output: z.object({
      addedDays: z.number().int(),
      mergedDays: z.number().int(),
      alreadyImported: z.number().int(),
      badRows: z.number().int(),
      range: z.object({ from: z.string(), to: z.string() }).nullable(),
      message: z.string(),
    }),
  },
  /** Drops the chosen file from memory (the person closed the import). */
  importForget: { access: 'unlocked', writes: false, input: empty, output: z.object({ forgotten: z.boolean() }) },
} as const;
