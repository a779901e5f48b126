import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { IMAGE_BYTE_BUDGET } from '../../core/pack/page-geometry';

/**
 * Photos as the pack prints them, kept so each is resized once rather than on every pack: resizing
 * a 12-megapixel photo takes far longer than merging a PDF. The folder can be deleted at any time;
 * it is refilled as packs are made (./cached-prepare-image.ts). It is not part of backups or archives.
 */
export const packImageCacheDir = (dataDir: string) => path.join(dataDir, 'cache', 'pack-images');

/** Changes whenever prepareImage would give different bytes (a new byte budget, say), so old copies are not used. */
const PREPARATION = `v1-${Math.round(IMAGE_BYTE_BUDGET / 1024)}k`;
const ENTRY = /^([0-9a-f]{64})-\d+dpi-(.+)\.jpg$/;

/** The kept copy of the photo with this SHA-256, prepared at this resolution. */
export const packImageEntry = (dir: string, sha256: string, dpi: number) => path.join(dir, `${sha256}-${dpi}dpi-${PREPARATION}.jpg`);

/** Removes kept copies of photos no longer in the portfolio, and copies made by an older preparation. */
export async function tidyPackImageCache(dir: string, inPortfolio: ReadonlySet<string>): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  const unwanted = names.filter((name) => {
    const match = ENTRY.exec(name);
    return !match || !inPortfolio.has(match[1]!) || match[2] !== PREPARATION;
  });
  await Promise.all(unwanted.map((name) => rm(path.join(dir, name), { force: true })));
}
