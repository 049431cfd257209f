// A file chosen in the page's file picker goes to main as bytes, in parts (see api/send-file.ts).
import { MAX_IMPORT_BYTES, type StagedImportFile } from '../../../../shared/contract/import.ts';
import type { Result } from '../../../../shared/result.ts';
import { harbor } from '../../api/harbor';
import { sendInParts } from '../../api/send-file';

export async function sendFile(file: File): Promise<Result<StagedImportFile>> {
  if (file.size === 0) return { ok: false, error: { code: 'invalid_input', message: `${file.name} is empty. Choose the file the app exported.` } };
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, error: { code: 'invalid_input', message: `${file.name} is larger than 32 MB, more than an import can take.` } };
  }
  return sendInParts(file, (part) => harbor.importAddBytes(part));
}
