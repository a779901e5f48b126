import { mkdir, utimes, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findMadeFile, madeFilePath, purgeOldMadeFiles, safeFileName } from '../../../../electron/services/made-files';
import { makeTempDir } from '../../../support/temp-dir';

describe('made files', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
    await mkdir(path.join(temp.dir, 'exports'));
  });
  afterEach(() => temp.remove());

  it('finds a pack or an archive by id, with its type and size', async () => {
    await writeFile(path.join(temp.dir, 'exports', 'pack-00000001.pdf'), 'pdf!');
    await writeFile(path.join(temp.dir, 'exports', 'techfolio-2026-11-23-030000.techfolio'), 'zip!!');
    expect(await findMadeFile(temp.dir, 'pack-00000001')).toEqual({ path: path.join(temp.dir, 'exports', 'pack-00000001.pdf'), mediaType: 'application/pdf', size: 4 });
    expect(await findMadeFile(temp.dir, 'techfolio-2026-11-23-030000')).toMatchObject({ mediaType: 'application/zip', size: 5 });
    expect(await findMadeFile(temp.dir, 'missing-0000')).toBeNull();
  });

  it('never resolves an id that could name another path', async () => {
    for (const id of ['../portfolio', '..', 'a/b/c/d/e', 'exports\\..\\x', '', 'A'.repeat(10)]) {
      expect(await findMadeFile(temp.dir, id)).toBeNull();
      expect(() => madeFilePath(temp.dir, id, '.pdf')).toThrow('Not a valid export id.');
    }
  });

  it('removes made files older than seven days at start, and nothing else', async () => {
    const now = new Date('2026-11-23T12:00:00Z');
    const old = path.join(temp.dir, 'exports', 'old-pack-0001.pdf');
    const recent = path.join(temp.dir, 'exports', 'new-pack-0001.pdf');
    const stranger = path.join(temp.dir, 'exports', 'notes.txt');
    for (const file of [old, recent, stranger]) await writeFile(file, 'x');
    const eightDaysAgo = new Date(now.getTime() - 8 * 24 * 3600 * 1000);
    await utimes(old, eightDaysAgo, eightDaysAgo);
    await utimes(stranger, eightDaysAgo, eightDaysAgo);
    expect(await purgeOldMadeFiles(temp.dir, now)).toBe(1);
    expect((await readdir(path.join(temp.dir, 'exports'))).sort()).toEqual(['new-pack-0001.pdf', 'notes.txt']);
  });

  it('makes file names safe on every system, keeping the user\'s letters', () => {
    expect(safeFileName('RSciTech: Siân / Łukasz? <2026>.pdf')).toBe('RSciTech- Siân - Łukasz- -2026-.pdf');
    expect(safeFileName('evil\u202Efdp.exe')).toBe('evil-fdp.exe');
    expect(safeFileName('   ')).toBe('techfolio-file');
  });
});
