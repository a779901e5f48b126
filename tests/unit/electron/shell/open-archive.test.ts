import { describe, expect, it, vi } from 'vitest';
import { createDesktopChooseArchive, RESTORE_SECTION_HASH, showRestoreSection, type OpenArchiveDeps } from '../../../../electron/shell/open-archive';

function deps(choice: { canceled: boolean; filePaths: string[] }) {
  const window = { id: 1 };
  const fake = {
    dialog: { showOpenDialog: vi.fn(async () => choice) },
    window: () => window,
    adopt: vi.fn(async (file: string) => ({ archiveId: '7d0f6f2e-2f7b-4c1e-9d55-0f1a2b3c4d5e', fileName: file.split('/').pop()!, bytes: 4096 })),
  };
  return { fake, window, choose: createDesktopChooseArchive(fake as unknown as OpenArchiveDeps) };
}

describe('choosing an archive to restore in the desktop app', () => {
  it('asks with a native open dialog for .techfolio files and takes a copy of the chosen one', async () => {
    const { fake, window, choose } = deps({ canceled: false, filePaths: ['/media/usb/techfolio-2025-06-01.techfolio'] });
    expect(await choose()).toEqual({ status: 'chosen', archiveId: '7d0f6f2e-2f7b-4c1e-9d55-0f1a2b3c4d5e', fileName: 'techfolio-2025-06-01.techfolio', bytes: 4096 });
    expect(fake.dialog.showOpenDialog).toHaveBeenCalledWith(window, expect.objectContaining({ properties: ['openFile'], filters: [{ name: 'Techfolio backup', extensions: ['techfolio'] }] }));
    expect(fake.adopt).toHaveBeenCalledWith('/media/usb/techfolio-2025-06-01.techfolio');
  });

  it('takes nothing in when the user cancels', async () => {
    const { fake, choose } = deps({ canceled: true, filePaths: [] });
    expect(await choose()).toEqual({ status: 'cancelled' });
    expect(fake.adopt).not.toHaveBeenCalled();
  });
});

describe('the menu’s way to the restore section', () => {
  it('brings the window forward and changes only the address fragment, so the page is not reloaded', () => {
    const window = { show: vi.fn(), focus: vi.fn(), webContents: { executeJavaScript: vi.fn(async () => undefined) } };
    showRestoreSection(window as never);
    expect(window.show).toHaveBeenCalled();
    expect(window.webContents.executeJavaScript).toHaveBeenCalledWith(`window.location.hash = ${JSON.stringify(RESTORE_SECTION_HASH)}`);
    expect(RESTORE_SECTION_HASH).toBe('#/settings/restore');
  });

  it('does nothing without a window', () => {
    expect(() => showRestoreSection(null)).not.toThrow();
  });
});
