import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileAtomic, writeFileAtomic } from '../../../../electron/services/atomic-write';
import { makeTempDir } from '../../../support/temp-dir';

describe('atomic writes', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => (temp = await makeTempDir()));
  afterEach(() => temp.remove());

  it('replaces a file whole and leaves no temporary file behind', async () => {
    const target = path.join(temp.dir, 'portfolio.json');
    await writeFile(target, '{"old":true}');
    await writeFileAtomic(target, '{"new":true}');
    expect(await readFile(target, 'utf8')).toBe('{"new":true}');
    expect(await readdir(temp.dir)).toEqual(['portfolio.json']);
  });

  it('copies a large file byte for byte', async () => {
    const source = path.join(temp.dir, 'pack.pdf');
    const bytes = randomBytes(5 * 1024 * 1024 + 17);
    await writeFile(source, bytes);
    const target = path.join(temp.dir, 'saved', '..', 'saved-pack.pdf');
    await copyFileAtomic(source, target);
    expect((await readFile(target)).equals(bytes)).toBe(true);
    expect((await readdir(temp.dir)).sort()).toEqual(['pack.pdf', 'saved-pack.pdf']);
  });

  it('leaves the target as it was, and no temporary file, when the source cannot be read', async () => {
    const target = path.join(temp.dir, 'application.pdf');
    await writeFile(target, 'the earlier pack');
    await expect(copyFileAtomic(path.join(temp.dir, 'missing.pdf'), target)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readFile(target, 'utf8')).toBe('the earlier pack');
    expect(await readdir(temp.dir)).toEqual(['application.pdf']);
  });
});
