import { Menu, type MenuItemConstructorOptions } from 'electron';

/** `name` is the app's name from the vocabulary: neutral in discreet mode. */
export function buildAppMenu(actions: { lock(): void; quit(): void }, name = 'Harbor'): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: name,
      submenu: [
        { label: 'Lock', accelerator: 'CmdOrCtrl+L', click: () => actions.lock() },
        { type: 'separator' },
        { label: 'Quit', accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
