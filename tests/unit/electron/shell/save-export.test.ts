import { describe, expect, it, vi } from 'vitest';
import { createDesktopSaveExport, type SaveExportDeps } from '../../../../electron/shell/save-export';

function deps(choice: { canceled: boolean; filePath?: string }, found: { path: string } | null = { path: '/data/exports/pack-0001.pdf' }) {
  const window = { id: 1 };
  const fake = {
    dialog: { showSaveDialog: vi.fn(async () => choice) },
    window: () => window,
    find: vi.fn(async () => found),
    copy: vi.fn(async () => {}),
    discard: vi.fn(async () => true),
    notFound: () => new Error('gone'),
  };
  return { fake, window, save: createDesktopSaveExport(fake as unknown as SaveExportDeps) };
}

describe('saving a made file in the desktop app', () => {
  it('asks where with a native save dialog offering the suggested name, copies there and discards the waiting copy', async () => {
    const { fake, window, save } = deps({ canceled: false, filePath: '/home/sian/Desktop/RSciTech application.pdf' });
    expect(await save('pack-0001', 'RSciTech application.pdf')).toEqual({ status: 'saved', path: '/home/sian/Desktop/RSciTech application.pdf' });
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledWith(window, { defaultPath: 'RSciTech application.pdf', filters: [{ name: 'PDF document', extensions: ['pdf'] }] });
    expect(fake.copy).toHaveBeenCalledWith('/data/exports/pack-0001.pdf', '/home/sian/Desktop/RSciTech application.pdf');
    expect(fake.discard).toHaveBeenCalledWith('pack-0001');
  });

  it('writes nothing and keeps the made file when the user cancels', async () => {
    const { fake, save } = deps({ canceled: true });
    expect(await save('pack-0001', 'x.pdf')).toEqual({ status: 'cancelled' });
    expect(fake.copy).not.toHaveBeenCalled();
    expect(fake.discard).not.toHaveBeenCalled();
  });

  it('refuses before showing a dialog when the made file is gone', async () => {
    const { fake, save } = deps({ canceled: false, filePath: '/x.pdf' }, null);
    await expect(save('pack-0001', 'x.pdf')).rejects.toThrow('gone');
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('offers a zipped submission folder as a zip archive', async () => {
    const { fake, window, save } = deps({ canceled: false, filePath: '/home/sian/Submission files.zip' }, { path: '/data/exports/submission-zip-0001.zip' });
    expect(await save('submission-zip-0001', 'Submission files - Siân Jones.zip')).toEqual({ status: 'saved', path: '/home/sian/Submission files.zip' });
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledWith(window, { defaultPath: 'Submission files - Siân Jones.zip', filters: [{ name: 'Zip archive', extensions: ['zip'] }] });
  });
});
