import sharp from 'sharp';

/** A phone-sized photo of noise over a gradient: JPEG cannot shrink it trivially. */
export async function noisyPhoto(width = 4032, height = 3024, orientation?: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 12345;
  for (let i = 0; i < pixels.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    pixels[i] = (((i / 3) % width) / width) * 160 + ((seed >> 16) % 96);
  }
  const image = sharp(pixels, { raw: { width, height, channels: 3 } });
  return (orientation ? image.withMetadata({ orientation }) : image).jpeg({ quality: 92 }).toBuffer();
}
