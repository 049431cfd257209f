import { isAbsolute, join, relative, resolve } from 'node:path';

/**
 * Maps a URL path to a file inside `root`, or null when it would escape it
 * (`..`, encoded separators, absolute paths). `/` means index.html.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  if (urlPath.includes('\0')) return null;
  const wanted = urlPath === '/' || urlPath === '' ? 'index.html' : urlPath.replace(/^\/+/, '');
  const full = resolve(join(root, wanted));
  const rel = relative(resolve(root), full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return full;
}
