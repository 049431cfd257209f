// The hope box in Harbor's own JSON export, and back in from it: every item with its words, and a
// photo's or voice note's bytes (base64), checked again on the way in exactly as when added here.
import { z } from 'zod';
import { HOPE_CAPTION_MAX, HOPE_LETTER_MAX, HOPE_PHOTO_MAX_BYTES, HOPE_TITLE_MAX, HOPE_VOICE_MAX_BYTES } from '../../../shared/contract/hope-box.ts';
import type { Db } from '../db/database.ts';
import { sniffAudio, sniffImage } from './hope-box.ts';

export const exportedHope = z
  .object({
    kind: z.enum(['reason', 'letter', 'photo', 'voice']),
    title: z.string().max(Math.max(HOPE_TITLE_MAX, HOPE_CAPTION_MAX)),
    body: z.string().max(HOPE_LETTER_MAX),
    media: z.string().max(Math.ceil((HOPE_VOICE_MAX_BYTES * 4) / 3) + 4).nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .strict();
export type ExportedHope = z.infer<typeof exportedHope>;

interface Row {
  kind: ExportedHope['kind'];
  title: string;
  body: string;
  media: Buffer | null;
  created_at: number;
  updated_at: number;
}

/** The whole box: it belongs to no day, so every export carries all of it. */
export function exportHope(db: Db): ExportedHope[] {
  const rows = db.prepare('SELECT kind, title, body, media, created_at, updated_at FROM hope_items ORDER BY id').all() as Row[];
  return rows.map((r) => ({
    kind: r.kind,
    title: r.title,
    body: r.body,
    media: r.media ? r.media.toString('base64') : null,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  }));
}

/** The type read from the bytes themselves, or null when the item cannot come in (not what it says, too large). */
export function importedMedia(item: ExportedHope): { mime: string | null; bytes: Buffer | null } | null {
  if (item.kind === 'reason' || item.kind === 'letter') return item.media === null ? { mime: null, bytes: null } : null;
  if (item.media === null) return null;
  const bytes = Buffer.from(item.media, 'base64');
  const mime = item.kind === 'photo' ? (bytes.length <= HOPE_PHOTO_MAX_BYTES ? sniffImage(bytes) : null) : bytes.length <= HOPE_VOICE_MAX_BYTES ? sniffAudio(bytes) : null;
  return mime ? { mime, bytes } : null;
}

export function insertImportedHope(db: Db, item: ExportedHope, media: { mime: string | null; bytes: Buffer | null }): void {
  db.prepare('INSERT INTO hope_items (kind, title, body, mime, media, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    item.kind,
    item.title,
    item.body,
    media.mime,
    media.bytes,
    Date.parse(item.createdAt),
    Date.parse(item.updatedAt),
  );
}
