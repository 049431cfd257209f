// Harbor's icons, rendered by `npm run icons` into resources/ (beside out/ in development, inside
// the package's ASAR once installed). In discreet mode a plain grey note stands in for Harbor's.
import { nativeImage, type NativeImage } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const resourcesDir = fileURLToPath(new URL('../../resources/', import.meta.url));

/** The window's icon in the task bar (Windows and Linux; macOS uses the app bundle's). */
export function windowIconPath(discreetMode: boolean): string {
  return join(resourcesDir, discreetMode ? 'icon-discreet.png' : 'icons/256x256.png');
}

/**
 * The 16-point tray icon; Electron loads the @2x file beside it for high-density screens. On macOS
 * it is a template image, which the menu bar tints for its light or dark appearance.
 */
export function trayIcon(discreetMode: boolean, platform: NodeJS.Platform = process.platform): NativeImage {
  const name = discreetMode ? 'discreet' : 'usual';
  return nativeImage.createFromPath(join(resourcesDir, 'tray', `${name}${platform === 'darwin' ? 'Template' : ''}.png`));
}
