import sharp from 'sharp';
import { SeededRandom } from '../../electron/sample/seeded-random';
import type { GeneratedFile } from './generate-pdfs';

export const PHONE_PHOTO = { width: 4032, height: 3024 } as const;

/**
 * A phone-camera-sized JPEG that does not compress trivially: smooth gradients and a few
 * rectangles (like a bench and shelves), with seeded sensor-like noise over every pixel. At
 * quality 90 it comes out at a few megabytes, as a real phone photo does.
 */
export async function phonePhotoJpeg(seed: number, size: { width: number; height: number } = PHONE_PHOTO): Promise<Uint8Array> {
  const random = new SeededRandom(seed);
  const { width, height } = size;
  // A clamped array: values past 0 or 255 saturate, as a sensor does.
  const pixels = new Uint8ClampedArray(width * height * 3);
  const base = [random.int(60, 200), random.int(60, 200), random.int(60, 200)] as const;
  const tilt = [random.next() - 0.5, random.next() - 0.5, random.next() - 0.5] as const;
  const blocks = Array.from({ length: 6 }, () => ({
    x: random.int(0, width - 400),
    y: random.int(0, height - 300),
    w: random.int(200, 1200),
    h: random.int(100, 800),
    colour: [random.int(0, 255), random.int(0, 255), random.int(0, 255)] as const,
  }));
  // A small xorshift gives four noise bytes per draw: seeded, and fast enough for 12 million pixels.
  let state = (seed * 2654435761) >>> 0 || 1;
  const noise = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  for (let y = 0; y < height; y++) {
    const gy = y / height;
    const light = 0.7 + 0.3 * gy;
    let i = y * width * 3;
    for (let x = 0; x < width; x++) {
      const n = noise();
      const g = x / width - gy;
      pixels[i] = (base[0] + 80 * tilt[0] * g) * light + (n & 0x3f) - 32;
      pixels[i + 1] = (base[1] + 80 * tilt[1] * g) * light + ((n >>> 8) & 0x3f) - 32;
      pixels[i + 2] = (base[2] + 80 * tilt[2] * g) * light + ((n >>> 16) & 0x3f) - 32;
      i += 3;
    }
  }
  for (const b of blocks) {
    for (let y = b.y; y < Math.min(height, b.y + b.h); y++) {
      let i = (y * width + b.x) * 3;
      for (let x = b.x; x < Math.min(width, b.x + b.w); x++) {
        const n = noise();
        pixels[i] = b.colour[0] + (n & 0x1f) - 16;
        pixels[i + 1] = b.colour[1] + ((n >>> 8) & 0x1f) - 16;
        pixels[i + 2] = b.colour[2] + ((n >>> 16) & 0x1f) - 16;
        i += 3;
      }
    }
  }
  return sharp(Buffer.from(pixels.buffer), { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
}

export async function generatePhotos(options: { count: number; seed: number; size?: { width: number; height: number } }): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  for (let n = 0; n < options.count; n++) {
    files.push({ fileName: `IMG_${String(20240000 + n + 1)}.jpg`, bytes: await phonePhotoJpeg(options.seed * 1000 + n + 1, options.size) });
  }
  return files;
}
