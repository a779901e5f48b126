import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate, type AppMenuOptions } from '../../../../electron/shell/app-menu';

function menu(overrides: Partial<AppMenuOptions> = {}) {
  const options = { platform: 'linux' as NodeJS.Platform, isDevelopment: false, onPrint: vi.fn(), onRestore: vi.fn(), onAbout: vi.fn(), ...overrides };
  return { template: appMenuTemplate(options), ...options };
}

/** Every item in the tree, submenus included. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const topLevel = (template: MenuItemConstructorOptions[]) => template.map((item) => item.label ?? item.role);
const submenuOf = (template: MenuItemConstructorOptions[], name: string) => {
  const item = template.find((i) => i.label === name || i.role === name);
  if (!item || !Array.isArray(item.submenu)) throw new Error(`no ${name} menu`);
  return item.submenu;
};
const roles = (items: MenuItemConstructorOptions[]) => items.map((i) => i.role).filter(Boolean);
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.();

describe('the application menu', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    expect(topLevel(menu({ platform: 'win32' }).template)).toEqual(['File', 'Edit', 'View', 'help']);
    expect(topLevel(menu({ platform: 'linux' }).template)).toEqual(['File', 'Edit', 'View', 'help']);
  });

  it('follows the macOS conventions: app menu first, Window menu, Close in File', () => {
    const { template } = menu({ platform: 'darwin' });
    expect(topLevel(template)).toEqual(['appMenu', 'File', 'Edit', 'View', 'windowMenu', 'help']);
    expect(roles(submenuOf(template, 'File'))).toEqual(['close']);
  });

  it('prints with Ctrl/Cmd+P through the injected callback, and quits from File', () => {
    const { template, onPrint } = menu();
    const file = submenuOf(template, 'File');
    const print = file.find((i) => i.label === 'Print…');
    expect(print?.accelerator).toBe('CmdOrCtrl+P');
    click(print);
    expect(onPrint).toHaveBeenCalledTimes(1);
    expect(roles(file)).toEqual(['quit']);
  });

  it('offers Restore from a backup in File, through the injected callback', () => {
    const { template, onRestore, onPrint } = menu();
    const restore = submenuOf(template, 'File').find((i) => i.label === 'Restore from a backup…');
    click(restore);
    expect(onRestore).toHaveBeenCalledTimes(1);
    expect(onPrint).not.toHaveBeenCalled();
  });

  it('shows About through the injected callback', () => {
    const { template, onAbout } = menu();
    const about = submenuOf(template, 'help').find((i) => i.label === 'About Techfolio');
    click(about);
    expect(onAbout).toHaveBeenCalledTimes(1);
  });

  it('edits with the native roles', () => {
    expect(roles(submenuOf(menu().template, 'Edit'))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('offers reload and DevTools only in development', () => {
    const released = roles(submenuOf(menu({ isDevelopment: false }).template, 'View'));
    expect(released).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    const developing = roles(submenuOf(menu({ isDevelopment: true }).template, 'View'));
    expect(developing).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools', 'zoomIn', 'togglefullscreen']));
  });

  it.each(['linux', 'win32', 'darwin'] as const)('links to nothing remote on %s', (platform) => {
    for (const isDevelopment of [false, true]) {
      const items = flatten(menu({ platform, isDevelopment }).template);
      expect(JSON.stringify(items)).not.toMatch(/https?:|www\.|file:/i);
      // Only Restore, Print and About act in code, and they call the injected callbacks.
      expect(items.filter((i) => i.click).map((i) => i.label)).toEqual(['Restore from a backup…', 'Print…', 'About Techfolio']);
    }
  });
});
