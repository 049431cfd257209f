// Harbor's tray icon: it keeps running there when the main window is closed, so the hotkey and
// "Open coping box" always work. Labels follow discreet mode (refresh() after it changes).
import { Menu, Tray, nativeImage, type NativeImage } from 'electron';
import { word } from '../../shared/vocabulary.ts';

export interface TrayActions {
  openHarbor(): void;
  openCoping(): void;
  lock(): void;
  quit(): void;
}

export interface TrayLabels {
  tooltip: string;
  openHarbor: string;
  openCoping: string;
}

/** The tray's words; in discreet mode nothing says what the app is for. */
export function trayLabels(discreetMode: boolean): TrayLabels {
  return {
    tooltip: word('appName', discreetMode),
    openHarbor: word('trayOpenApp', discreetMode),
    openCoping: word('trayOpenCoping', discreetMode),
  };
}

export function createTray(actions: TrayActions, discreetMode: () => boolean = () => false): { tray: Tray; refresh(): void } {
  const tray = new Tray(trayIcon());
  const refresh = () => {
    const l = trayLabels(discreetMode());
    tray.setToolTip(l.tooltip);
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: l.openHarbor, click: () => actions.openHarbor() },
        { label: l.openCoping, click: () => actions.openCoping() },
        { type: 'separator' },
        { label: 'Lock', click: () => actions.lock() },
        { label: 'Quit', click: () => actions.quit() },
      ]),
    );
  };
  refresh();
  // A single click opens the coping box: the quickest way in when the hotkey is not at hand.
  tray.on('click', () => actions.openCoping());
  return { tray, refresh };
}

/** A calm teal disc with a soft wave, drawn in code so no image file has to ship. */
function trayIcon(): NativeImage {
  const size = 32;
  const pixels = Buffer.alloc(size * size * 4);
  const c = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - c, y - c);
      const alpha = Math.max(0, Math.min(1, 14.5 - d));
      const wave = Math.abs(y - (18 + 2 * Math.sin(x / 3))) < 1.6 && d < 12;
      const [r, g, b] = wave ? [0xf6, 0xf4, 0xef] : [0x2f, 0x6f, 0x6a];
      const i = (y * size + x) * 4;
      // BGRA, as createFromBitmap expects.
      pixels[i] = b;
      pixels[i + 1] = g;
      pixels[i + 2] = r;
      pixels[i + 3] = Math.round(alpha * 255);
    }
  }
  // 32 px at scale factor 2: a 16-point icon that stays sharp on high-density screens.
  return nativeImage.createFromBitmap(pixels, { width: size, height: size, scaleFactor: 2 });
}
