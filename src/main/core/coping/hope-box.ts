// The hope box in the journal database: reasons, letters, photos and voice notes, added, changed
// and deleted. A photo's or recording's type is read from its own bytes, never from the page.
import type { z } from 'zod';
import {
  HOPE_PHOTO_DEFAULT_CAPTION,
  HOPE_PHOTO_MAX_BYTES,
  HOPE_PHOTO_TOO_BIG,
  HOPE_VOICE_DEFAULT_CAPTION,
  HOPE_VOICE_MAX_BYTES,
  HOPE_VOICE_TOO_BIG,
  hopeItem,
  type HopeBoxView,
  type HopeItem,
  type HopeSaveInput,
  type hopeWords,
} from '../../../shared/contract/hope-box.ts';
import { HarborError } from '../../../shared/result.ts';
import type { Db } from '../db/database.ts';
import type { LockedCopyRead } from './locked-copy.ts';

interface Row {
  id: number;
  kind: 'reason' | 'letter' | 'photo' | 'voice';
  title: string;
  body: string;
  mime: string | null;
  media: Buffer | null;
  updated_at: number;
}

const COLUMNS = 'id, kind, title, body, mime, media, updated_at';

function toItem(row: Row): HopeItem {
  const stamp = { id: row.id, updatedAt: row.updated_at };
  if (row.kind === 'reason') return hopeItem.parse({ kind: 'reason', text: row.body, ...stamp });
  if (row.kind === 'letter') return hopeItem.parse({ kind: 'letter', title: row.title, text: row.body, ...stamp });
  return hopeItem.parse({ kind: row.kind, caption: row.title, type: row.mime, base64: row.media!.toString('base64'), ...stamp });
}

/** The image type its first bytes say, or null when they are not a JPEG, PNG or WebP. */
export function sniffImage(bytes: Buffer): 'image/jpeg' | 'image/png' | 'image/webp' | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return null;
}

/** The audio type its first bytes say (MP3, Ogg, WebM, WAV, M4A), or null. */
export function sniffAudio(bytes: Buffer): 'audio/mpeg' | 'audio/ogg' | 'audio/webm' | 'audio/wav' | 'audio/mp4' | null {
  const ascii = (from: number, to: number) => bytes.subarray(from, to).toString('latin1');
  if (ascii(0, 3) === 'ID3' || (bytes.length >= 2 && bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0)) return 'audio/mpeg';
  if (ascii(0, 4) === 'OggS') return 'audio/ogg';
  if (bytes.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))) return 'audio/webm';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'audio/wav';
  if (ascii(4, 8) === 'ftyp') return 'audio/mp4';
  return null;
}

function voiceBytes(audio: { base64: string }): { mime: string; bytes: Buffer } {
  const bytes = Buffer.from(audio.base64, 'base64');
  if (bytes.length > HOPE_VOICE_MAX_BYTES) throw new HarborError('invalid_input', HOPE_VOICE_TOO_BIG);
  const mime = sniffAudio(bytes);
  if (!mime) throw new HarborError('invalid_input', 'That file is not a recording Harbor can play. Choose an MP3, Ogg, WebM, WAV or M4A file.');
  return { mime, bytes };
}

function photoBytes(image: { type: string; base64: string }): { mime: string; bytes: Buffer } {
  const bytes = Buffer.from(image.base64, 'base64');
  if (bytes.length > HOPE_PHOTO_MAX_BYTES) throw new HarborError('invalid_input', HOPE_PHOTO_TOO_BIG);
  const mime = sniffImage(bytes);
  if (!mime) throw new HarborError('invalid_input', 'That file is not a photo Harbor can show. Choose a JPEG, PNG or WebP photo.');
  return { mime, bytes };
}

/** Reasons first, then letters, photos and voice notes; each in the order they were added. */
export function listHope(db: Db): HopeItem[] {
  const order = `CASE kind WHEN 'reason' THEN 0 WHEN 'letter' THEN 1 WHEN 'photo' THEN 2 ELSE 3 END`;
  const rows = db.prepare(`SELECT ${COLUMNS} FROM hope_items ORDER BY ${order}, id`).all() as Row[];
  return rows.map(toItem);
}

/** What the locked copy may hold: the reasons and letters, and how many photos and voice notes wait for unlock. */
export function hopeForCopy(db: Db): { items: z.infer<typeof hopeWords>[]; afterUnlock: number } {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM hope_items WHERE kind IN ('reason', 'letter') ORDER BY kind = 'letter', id`).all() as Row[];
  const afterUnlock = (db.prepare(`SELECT count(*) AS n FROM hope_items WHERE kind IN ('photo', 'voice')`).get() as { n: number }).n;
  return { items: rows.map(toItem) as z.infer<typeof hopeWords>[], afterUnlock };
}

/** Adds (id null) or replaces an item; a photo's caption defaults to words that still describe it. */
export function saveHope(db: Db, input: HopeSaveInput, now: Date): HopeItem {
  const at = now.getTime();
  const values =
    input.kind === 'reason'
      ? { title: '', body: input.text, photo: null }
      : input.kind === 'letter'
        ? { title: input.title, body: input.text, photo: null }
        : input.kind === 'photo'
          ? { title: input.caption || HOPE_PHOTO_DEFAULT_CAPTION, body: '', photo: input.image ? photoBytes(input.image) : null }
          : { title: input.caption || HOPE_VOICE_DEFAULT_CAPTION, body: '', photo: input.audio ? voiceBytes(input.audio) : null };
  if ((input.kind === 'photo' || input.kind === 'voice') && input.id === null && !values.photo) {
    throw new HarborError('invalid_input', input.kind === 'photo' ? 'Choose a photo first.' : 'Choose a recording first.');
  }
  let id = input.id;
  if (id === null) {
    id = Number(
      db
        .prepare('INSERT INTO hope_items (kind, title, body, mime, media, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(input.kind, values.title, values.body, values.photo?.mime ?? null, values.photo?.bytes ?? null, at, at).lastInsertRowid,
    );
  } else {
    const changed = db
      .prepare(
        `UPDATE hope_items SET title = ?, body = ?, mime = coalesce(?, mime), media = coalesce(?, media), updated_at = ?
         WHERE id = ? AND kind = ?`,
      )
      .run(values.title, values.body, values.photo?.mime ?? null, values.photo?.bytes ?? null, at, id, input.kind).changes;
    if (changed === 0) throw new HarborError('not_found', 'That was not found in your hope box. It may have been deleted.');
  }
  return toItem(db.prepare(`SELECT ${COLUMNS} FROM hope_items WHERE id = ?`).get(id) as Row);
}

export function deleteHope(db: Db, id: number): void {
  if (db.prepare('DELETE FROM hope_items WHERE id = ?').run(id).changes === 0) {
    throw new HarborError('not_found', 'That was not found in your hope box. It may have been deleted already.');
  }
}

/** Unlocked (`db`): everything. Locked (`copy`): the reasons and letters the person allowed while locked. */
export function hopeBoxView(db: Db | null, copy: LockedCopyRead | null): HopeBoxView {
  if (db) return { source: 'journal', items: listHope(db), afterUnlock: 0 };
  if (copy?.status !== 'ok') return { source: 'none', items: [], afterUnlock: 0 };
  return { source: 'locked-copy', items: copy.copy.hope.items, afterUnlock: copy.copy.hope.afterUnlock };
}
