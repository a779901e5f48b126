import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imagePixelBudget } from '../../../../core/pack/page-geometry';
import { prepareImage } from '../../../../electron/pack/prepare-image';
import { noisyPhoto } from './image-fixtures';

describe('prepareImage', { timeout: 60_000 }, () => {
  it('brings a noisy 4032×3024 photo under 500 KB at no more than 200 dpi of its printed size', async () => {
    const photo = await noisyPhoto();
    const prepared = await prepareImage(photo, 200);
    expect(prepared.jpeg.length).toBeLessThanOrEqual(500 * 1024);
    const budget = imagePixelBudget(4032, 3024, 200);
    expect(prepared.widthPx).toBeLessThanOrEqual(budget.width);
    expect(prepared.heightPx).toBeLessThanOrEqual(budget.height);
    expect((await sharp(prepared.jpeg).metadata()).format).toBe('jpeg');
  });

  it('turns a photo upright from its EXIF orientation (6: rotated 90°)', async () => {
    const photo = await noisyPhoto(800, 600, 6);
    const prepared = await prepareImage(photo, 200);
    expect(prepared.heightPx).toBeGreaterThan(prepared.widthPx);
    const meta = await sharp(prepared.jpeg).metadata();
    expect([meta.width, meta.height]).toEqual([prepared.widthPx, prepared.heightPx]);
    expect(meta.orientation ?? 1).toBe(1);
  });

  it('prints fewer pixels at a lower resolution', async () => {
    const photo = await noisyPhoto(2400, 1800);
    const at200 = await prepareImage(photo, 200);
    const at100 = await prepareImage(photo, 100);
    expect(at100.widthPx).toBeLessThan(at200.widthPx * 0.55);
    expect(at100.jpeg.length).toBeLessThan(at200.jpeg.length);
  });

  it.each([
    ['CMYK JPEG', () => sharp({ create: { width: 300, height: 200, channels: 3, background: '#3366cc' } }).toColourspace('cmyk').jpeg().toBuffer()],
    ['16-bit PNG', () => sharp({ create: { width: 300, height: 200, channels: 3, background: '#cc6633' } }).toColourspace('rgb16').png().toBuffer()],
    ['palette PNG with transparency', () => sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 10, g: 200, b: 10, alpha: 0.5 } } }).png({ palette: true }).toBuffer()],
    ['greyscale PNG', () => sharp({ create: { width: 300, height: 200, channels: 3, background: '#777777' } }).greyscale().png().toBuffer()],
  ])('converts a %s to an 8-bit sRGB JPEG', async (_name, make) => {
    const prepared = await prepareImage(await make(), 200);
    const meta = await sharp(prepared.jpeg).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.space).toBe('srgb');
    expect(meta.channels).toBe(3);
    expect(meta.depth).toBe('uchar');
  });

  it('throws for bytes that are not an image', async () => {
    await expect(prepareImage(new TextEncoder().encode('not an image at all'), 200)).rejects.toThrow();
  });
});
