// Hands a backup to restore the way the page's file picker does: its bytes, in parts of at most
// 1 MB, through the real core (`backupAddBytes`), exactly as the harness page sends them.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { HarborCore } from '../../src/main/core/harbor-core.ts';
import { MAX_IMPORT_PART_BYTES } from '../../src/shared/contract/import.ts';
import type { Result } from '../../src/shared/result.ts';

export async function uploadBytes(core: HarborCore, name: string, bytes: Buffer): Promise<Result<unknown>> {
  let last: Result<unknown> = { ok: false, error: { code: 'invalid_input', message: 'empty' } };
  for (let offset = 0; offset < Math.max(bytes.length, 1); offset += MAX_IMPORT_PART_BYTES) {
    const part = bytes.subarray(offset, offset + MAX_IMPORT_PART_BYTES);
    last = await core.call('backupAddBytes', { name, totalBytes: bytes.length, offset, base64: part.toString('base64') });
    if (!last.ok) return last;
  }
  return last;
}

/** The file at `path` (a test's own file), uploaded under its name; throws when main refuses it. */
export async function uploadBackup(core: HarborCore, path: string): Promise<void> {
  const result = await uploadBytes(core, basename(path), readFileSync(path));
  if (!result.ok) throw new Error(`backupAddBytes: ${result.error.code} ${result.error.message}`);
}
