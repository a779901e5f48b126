import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImagePreparer } from '../../core/pack/evidence-appendix';
import type { PreparedImage } from '../../core/pack/prepared-image';
import { writeFileAtomic } from '../services/atomic-write';
import { PRIVATE_DIR_MODE } from '../services/private-files';
import { loadSharp } from './native-packages';
import { packImageEntry } from './pack-image-cache';

/** prepare, through the cache in `dir`: a kept copy is used when readable, else the photo is read, prepared and kept. */
export function cachedImagePreparer(dir: string, prepare: (bytes: Uint8Array, dpi: number) => Promise<PreparedImage>): ImagePreparer {
  return async ({ sha256, read }, dpi) => {
    const file = packImageEntry(dir, sha256, dpi);
    const kept = await readKept(file);
    if (kept) return kept;
    const prepared = await prepare(await read(), dpi);
    try {
      await mkdir(path.dirname(file), { recursive: true, mode: PRIVATE_DIR_MODE });
      await writeFileAtomic(file, prepared.jpeg);
    } catch {
      // A cache that cannot be written (a full or read-only disk) only costs time.
    }
    return prepared;
  };
}

async function readKept(file: string): Promise<PreparedImage | undefined> {
  try {
    const jpeg = await readFile(file);
    const sharp = await loadSharp();
    const { width, height, format } = await sharp(jpeg, { failOn: 'error' }).metadata();
    return format === 'jpeg' && width && height ? { jpeg, widthPx: width, heightPx: height } : undefined;
  } catch {
    // Not kept yet, or damaged: prepared again and replaced.
    return undefined;
  }
}
