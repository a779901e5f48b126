import { loadSharp } from './native-packages';
import type { PreparedImage } from '../../core/pack/prepared-image';
import { IMAGE_BYTE_BUDGET, imagePixelBudget } from '../../core/pack/page-geometry';
const QUALITIES = [82, 74, 66, 58, 50] as const;
const LOWEST_QUALITY = 42;

/**
 * Makes an evidence image ready to print: turned upright from its EXIF orientation, converted to
 * 8-bit sRGB (CMYK, 16-bit, palette and greyscale images alike; transparency onto white),
 * downsampled to at most `dpi` at the size it is printed, and JPEG-encoded at the best quality
 * that keeps it within the byte budget. The image is decoded once; only the small downsampled
 * pixels are re-encoded while searching for the quality.
 */
export async function prepareImage(bytes: Uint8Array, dpi: number, byteBudget = IMAGE_BYTE_BUDGET): Promise<PreparedImage> {
  const sharp = await loadSharp();
  const meta = await sharp(bytes, { failOn: 'error' }).metadata();
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) throw new Error('The image has no size.');
  const target = imagePixelBudget(width, height, dpi);
  const { data, info } = await sharp(bytes, { failOn: 'error' })
    .autoOrient()
    .resize(target.width, target.height, { fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  const raw = { width: info.width, height: info.height, channels: info.channels };

  const encode = (pixels: Buffer, size: typeof raw, quality: number) =>
    sharp(pixels, { raw: size }).jpeg({ quality, chromaSubsampling: '4:2:0', optimiseCoding: true }).toBuffer();

  let jpeg: Buffer = Buffer.alloc(0);
  for (const quality of [...QUALITIES, LOWEST_QUALITY]) {
    jpeg = await encode(data, raw, quality);
    if (jpeg.length <= byteBudget) return { jpeg, widthPx: raw.width, heightPx: raw.height };
  }
  // Even the lowest quality is too big (very noisy content): shrink until it fits.
  let size = raw;
  while (jpeg.length > byteBudget && size.width > 64 && size.height > 64) {
    const scale = Math.max(0.5, Math.sqrt(byteBudget / jpeg.length) * 0.95);
    const next = { width: Math.round(size.width * scale), height: Math.round(size.height * scale), channels: raw.channels };
    const smaller = await sharp(data, { raw }).resize(next.width, next.height).raw().toBuffer();
    size = next;
    jpeg = await encode(smaller, size, LOWEST_QUALITY);
  }
  return { jpeg, widthPx: size.width, heightPx: size.height };
}
