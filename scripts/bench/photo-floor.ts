import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { imagePixelBudget } from '../../core/pack/page-geometry';

/**
 * The least work a photo needs before it can go into a pack: decode it, downsample it to the
 * pack's print size at `dpi` and encode it once as JPEG, with sharp and nothing else, one photo
 * after another as the pack does. Returns the total milliseconds.
 */
export async function photoFloorMs(files: readonly string[], dpi: number): Promise<number> {
  sharp.cache(false);
  const started = performance.now();
  for (const file of files) {
    const bytes = await readFile(file);
    const meta = await sharp(bytes).metadata();
    const target = imagePixelBudget(meta.width ?? 1, meta.height ?? 1, dpi);
    await sharp(bytes).resize(target.width, target.height, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 82 }).toBuffer();
  }
  return performance.now() - started;
}
