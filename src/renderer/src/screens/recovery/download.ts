// The browser harness hands exports to the page; this turns one into a file download.
import type { ExportResult } from '../../../../shared/contract/recovery.ts';
import type { Result } from '../../../../shared/result.ts';

export type ExportOutcome = { tone: 'success' | 'info' | 'warning'; text: string };

/** Finishes an export for the person (a download in the harness) and says, in their words, where it went. */
export function finishExport(result: Result<ExportResult>): ExportOutcome {
  if (!result.ok) return { tone: 'warning', text: result.error.message };
  const value = result.value;
  if (value.delivery === 'download') {
    downloadFile(value);
    return { tone: 'success', text: `Your file ${value.fileName} is ready in your downloads. It is not encrypted.` };
  }
  if (value.delivery === 'saved') return { tone: 'success', text: `Saved as ${value.fileName}, where you chose. This file is not encrypted.` };
  return { tone: 'info', text: 'Nothing was saved.' };
}

export function downloadFile(file: { fileName: string; mimeType: string; encoding: 'utf8' | 'base64'; content: string }): void {
  const data = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  const url = URL.createObjectURL(new Blob([data], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a little later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
