import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { SectionLayoutStore } from '../../core/pack/section-cache';
import { writeFileAtomic } from '../services/atomic-write';
import { PRIVATE_DIR_MODE } from '../services/private-files';

/**
 * The pack's sections as last laid out (core/pack/section-cache.ts), one JSON file each, named by
 * the digest of everything the section's drawing read, so a pack after a small edit lays out only
 * the sections that changed. The folder can be deleted at any time: the next pack lays every
 * section out and fills it again. It is not part of backups or archives.
 */
export const packSectionCacheDir = (dataDir: string) => path.join(dataDir, 'cache', 'pack-sections');

const ENTRY = /^[0-9a-f]{64}\.json$/;

/**
 * Kept layouts in `dir`. Every key also holds the app's version, so a layout drawn by another
 * version of the code is never replayed. Entries are written whole (a private temporary file renamed), and
 * any that cannot be read count as missing; each pack removes the entries it did not use.
 */
export function fileSectionStore(dir: string, appVersion: string): SectionLayoutStore {
  const entry = (key: string) => {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error('Not a section cache key.');
    return path.join(dir, `${key}.json`);
  };
  return {
    async read(key) {
      try {
        return await readFile(entry(key), 'utf8');
      } catch {
        return undefined;
      }
    },
    async write(key, text) {
      await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
      await writeFileAtomic(entry(key), text);
    },
    async keepOnly(keys) {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch {
        return;
      }
      const unused = names.filter((name) => !ENTRY.test(name) || !keys.has(name.slice(0, -'.json'.length)));
      // A temporary file another pack is still writing may go too: that pack's entry is then missing, never wrong.
      await Promise.all(unused.map((name) => rm(path.join(dir, name), { force: true, recursive: true })));
    },
    digest(parts) {
      const hash = createHash('sha256');
      for (const part of [appVersion, ...parts]) {
        const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
        hash.update(`${typeof part === 'string' ? 's' : 'b'}${bytes.length}:`).update(bytes);
      }
      return hash.digest('hex');
    },
  };
}
