// Harbor's tray icon: it keeps running there when the main window is closed, so the hotkey and
// "Open coping box" always work. Its words and icon follow discreet mode (refresh() after it changes).
import { Menu, Tray } from 'electron';
import { trayIcon } from './app-icons.ts';
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
  const tray = new Tray(trayIcon(discreetMode()));
  const refresh = () => {
    const l = trayLabels(discreetMode());
    tray.setImage(trayIcon(discreetMode()));
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
