import { describe, expect, it, vi } from 'vitest';
import { createDesktopOpenFolder, type OpenFolderDeps } from '../../../../electron/shell/open-folder';

function deps(found: string | null, problem = '') {
  const fake = {
    shell: { openPath: vi.fn(async () => problem) },
    find: vi.fn(async () => found),
    notFound: () => new Error('gone'),
  };
  return { fake, open: createDesktopOpenFolder(fake as unknown as OpenFolderDeps) };
}

describe('opening prepared submission files in the desktop app', () => {
  it("shows the folder in the system's file manager", async () => {
    const { fake, open } = deps('/data/exports/submission-0000aaaa');
    expect(await open('submission-0000aaaa')).toEqual({ status: 'opened' });
    expect(fake.find).toHaveBeenCalledWith('submission-0000aaaa');
    expect(fake.shell.openPath).toHaveBeenCalledWith('/data/exports/submission-0000aaaa');
  });

  it('refuses a folder that is gone without asking the shell', async () => {
    const { fake, open } = deps(null);
    await expect(open('submission-0000aaaa')).rejects.toThrow('gone');
    expect(fake.shell.openPath).not.toHaveBeenCalled();
  });

  it("says where the folder is when the system cannot open it", async () => {
    const { open } = deps('/data/exports/submission-0000aaaa', 'No application is registered');
    await expect(open('submission-0000aaaa')).rejects.toMatchObject({ code: 'refused', message: 'The folder could not be opened (No application is registered). It is at /data/exports/submission-0000aaaa.' });
  });
});
