// Sends a file to the core the way the page's file picker does: its bytes in parts of at most 1 MB.
import { MAX_IMPORT_PART_BYTES } from '../../src/shared/contract/import.ts';
import type { HarborCore } from '../../src/main/core/harbor-core.ts';

export async function sendFile(core: HarborCore, name: string, content: string | Uint8Array): Promise<void> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  for (let offset = 0; offset < bytes.length; offset += MAX_IMPORT_PART_BYTES) {
    const part = bytes.subarray(offset, offset + MAX_IMPORT_PART_BYTES);
    const result = await core.call('importAddBytes', { name, totalBytes: bytes.length, offset, base64: part.toString('base64') });
    if (!result.ok) throw new Error(result.error.message);
  }
}
