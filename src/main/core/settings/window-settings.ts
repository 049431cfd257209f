// The desktop app's own keys in settings.json (the window's size and place, the coping hotkey),
// checked before use: the file is plain JSON anyone can edit, and a bad value must never stop
// Harbor from starting. Anything unusable falls back to its default. Platform-free, so the same
// checks hold whatever store keeps the file.
import { z } from 'zod';

export const DEFAULT_WINDOW_BOUNDS = { width: 1100, height: 780, maximized: false } as const;
/** The window's minimum size (BrowserWindow minWidth/minHeight). */
export const MIN_WINDOW = { width: 640, height: 480 } as const;
/** Beyond any real screen; a bigger saved size is a damaged value, not a choice. */
const MAX_EXTENT = 16_384;

const coordinate = z.number().int().min(-MAX_EXTENT).max(MAX_EXTENT);
export const windowBoundsSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: z.number().int().min(MIN_WINDOW.width).max(MAX_EXTENT),
  height: z.number().int().min(MIN_WINDOW.height).max(MAX_EXTENT),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof windowBoundsSchema>;

export interface ScreenArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the window opens: the saved bounds when they are usable, the defaults otherwise (null,
 * negative, fractional, huge, wrong types). A size larger than every screen goes back to the
 * default size; a position off every screen (a monitor unplugged) is forgotten.
 */
export function startBounds(saved: unknown, screens: readonly ScreenArea[]): { x?: number; y?: number; width: number; height: number; maximized: boolean } {
  const parsed = windowBoundsSchema.safeParse(saved);
  if (!parsed.success) return { ...DEFAULT_WINDOW_BOUNDS };
  const { x, y, maximized } = parsed.data;
  const fits = screens.length === 0 || screens.some((a) => parsed.data.width <= a.width && parsed.data.height <= a.height);
  const { width, height } = fits ? parsed.data : DEFAULT_WINDOW_BOUNDS;
  if (x === undefined || y === undefined) return { width, height, maximized };
  // At least a strip of the title bar must be on some screen, so the person can reach it.
  const reachable = screens.some((a) => x < a.x + a.width - 40 && x + width > a.x + 40 && y >= a.y - 10 && y < a.y + a.height - 40);
  return reachable ? { x, y, width, height, maximized } : { width, height, maximized };
}

/** The saved coping hotkey, when it is text of a sane length; otherwise none (the default is used). */
export function savedHotkey(saved: unknown): string | undefined {
  return typeof saved === 'string' && saved.length > 0 && saved.length <= 100 ? saved : undefined;
}
