import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu, built from Electron's roles so labels, shortcuts and platform
 * conventions come for free. Reload and developer tools only exist in development: a clinician
 * reloading mid-form would lose their input.
 */
export function menuTemplate(options: { isMac: boolean; isDev: boolean }): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) {
    template.push({ role: 'appMenu' });
  }
  template.push({ role: 'fileMenu' }, { role: 'editMenu' });
  template.push({
    label: 'View',
    submenu: [
      ...(options.isDev
        ? ([
            { role: 'reload' },
            { role: 'forceReload' },
            { role: 'toggleDevTools' },
            { type: 'separator' },
          ] as const)
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  });
  template.push({ role: 'windowMenu' });
  return template;
}

export function installMenu(options: { isMac: boolean; isDev: boolean }): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
