// A file chosen in the page's file picker goes to main as bytes, in parts of at most 1 MB (the
// browser harness takes at most 2 MB per request). The page never knows, or sends, where it was.
import { MAX_IMPORT_PART_BYTES } from '../../../shared/contract/import.ts';
import type { Result } from '../../../shared/result.ts';

export interface FilePart {
  name: string;
  totalBytes: number;
  offset: number;
  base64: string;
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Sends every part in order; the last answer names the whole file main now holds. */
export async function sendInParts<T>(file: File, send: (part: FilePart) => Promise<Result<{ file: T | null }>>): Promise<Result<T>> {
  let held: T | null = null;
  for (let offset = 0; offset < file.size; offset += MAX_IMPORT_PART_BYTES) {
    // One part in memory at a time: a large backup is never read whole into the page.
    const part = new Uint8Array(await file.slice(offset, offset + MAX_IMPORT_PART_BYTES).arrayBuffer());
    const result = await send({ name: file.name, totalBytes: file.size, offset, base64: base64Of(part) });
    if (!result.ok) return result;
    held = result.value.file;
  }
  return held ? { ok: true, value: held } : { ok: false, error: { code: 'internal', message: 'Part of the file went missing on its way. Choose the file again.' } };
}
