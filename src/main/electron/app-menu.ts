import { Menu, type MenuItemConstructorOptions } from 'electron';

export function buildAppMenu(actions: { lock(): void; quit(): void }): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Harbor',
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
