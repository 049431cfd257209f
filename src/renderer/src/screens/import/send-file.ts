// A file chosen in the page's file picker goes to main as bytes, in parts of at most 1 MB.
import { MAX_IMPORT_BYTES, MAX_IMPORT_PART_BYTES, type StagedImportFile } from '../../../../shared/contract/import.ts';
import type { Result } from '../../../../shared/result.ts';
import { harbor } from '../../api/harbor';

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function sendFile(file: File): Promise<Result<StagedImportFile>> {
  if (file.size === 0) return { ok: false, error: { code: 'invalid_input', message: `${file.name} is empty. Choose the file the app exported.` } };
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, error: { code: 'invalid_input', message: `${file.name} is larger than 32 MB, more than an import can take.` } };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let staged: StagedImportFile | null = null;
  for (let offset = 0; offset < bytes.length; offset += MAX_IMPORT_PART_BYTES) {
    const part = bytes.subarray(offset, offset + MAX_IMPORT_PART_BYTES);
    const result = await harbor.importAddBytes({ name: file.name, totalBytes: bytes.length, offset, base64: base64Of(part) });
    if (!result.ok) return result;
    staged = result.value.file;
  }
  return staged ? { ok: true, value: staged } : { ok: false, error: { code: 'internal', message: 'Part of the file went missing on its way. Choose the file again.' } };
}
