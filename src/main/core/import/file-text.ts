// A chosen file's bytes as text, checked before any parsing: a byte-order mark is removed
// (UTF-8 or UTF-16), anything that is not valid text is refused in plain words, and every line
// ending (CRLF, CR) becomes a plain newline, also inside quoted notes.
import { HarborError } from '../../../shared/result.ts';

export function fileText(bytes: Uint8Array, name: string): string {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw notText(name);
  }
  if (text.includes('\0')) throw notText(name);
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function notText(name: string): HarborError {
  return new HarborError(
    'invalid_input',
    `${name} is not a text file Harbor can read. Export it again from the app as CSV (UTF-8), or choose a .daylio backup. Nothing was imported.`,
  );
}

/** True when the bytes start like a zip archive (a .daylio backup is one). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
