import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fontkit from '@cantoo/fontkit';
import { PDFDocument, rgb } from '@cantoo/pdf-lib';
import { formatUkDateLong } from '../../core/format/uk-date';
import { loadSharp } from '../pack/native-packages';
import type { SeededRandom } from './seeded-random';

/** DejaVu Sans from the app's assets (source tree or bundle). */
async function loadFont(): Promise<Uint8Array> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    path.join(here, '..', 'assets', 'fonts', 'DejaVuSans.ttf'),
    path.join(here, '..', '..', 'assets', 'fonts', 'DejaVuSans.ttf'),
    path.join(process.cwd(), 'assets', 'fonts', 'DejaVuSans.ttf'),
  ];
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error('assets/fonts/DejaVuSans.ttf is missing');
  return readFile(found);
}

let fontBytes: Promise<Uint8Array> | undefined;

/** A one-page certificate of completion; Unicode names need the embedded font (the standard fonts are WinAnsi only). */
export async function certificatePdf(options: { holder: string; course: string; provider: string; date: string }): Promise<Uint8Array> {
  fontBytes ??= loadFont();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(await fontBytes, { subset: true });
  const page = doc.addPage([842, 595]);
  const centre = (text: string, y: number, size: number) =>
    page.drawText(text, { x: (842 - font.widthOfTextAtSize(text, size)) / 2, y, size, font, color: rgb(0.1, 0.15, 0.3) });
  page.drawRectangle({ x: 30, y: 30, width: 782, height: 535, borderWidth: 3, borderColor: rgb(0.2, 0.35, 0.6) });
  centre('Certificate of Completion', 470, 34);
  centre('This is to certify that', 410, 16);
  centre(options.holder, 365, 28);
  centre('has successfully completed', 320, 16);
  centre(options.course, 280, 22);
  centre(`Awarded by ${options.provider} on ${formatUkDateLong(options.date)}`, 200, 14);
  const at = new Date(`${options.date}T12:00:00Z`);
  doc.setTitle(`${options.course}: certificate`);
  doc.setAuthor(options.provider);
  doc.setCreator('Techfolio sample');
  doc.setProducer('Techfolio sample');
  doc.setCreationDate(at);
  doc.setModificationDate(at);
  return doc.save();
}

/** A photo-like JPEG: a bench and shelves in seeded colours, enough to stand in for a picture of the lab. */
export async function labPhotoJpeg(random: SeededRandom, width = 640, height = 480): Promise<Uint8Array> {
  const pixels = Buffer.alloc(width * height * 3);
  const wall = [random.int(170, 230), random.int(170, 230), random.int(160, 220)] as const;
  const bench = [random.int(60, 110), random.int(60, 90), random.int(40, 70)] as const;
  const shelves = Array.from({ length: 3 }, () => ({ y: random.int(40, 260), colour: [random.int(0, 255), random.int(0, 255), random.int(0, 255)] as const }));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const shelf = shelves.find((s) => y >= s.y && y < s.y + 18 && x % 90 < 60);
      const base = y > height * 0.65 ? bench : (shelf?.colour ?? wall);
      const shade = 1 - (0.25 * y) / height + ((x * 7 + y * 13) % 11) / 200;
      const i = (y * width + x) * 3;
      pixels[i] = Math.min(255, Math.round(base[0] * shade));
      pixels[i + 1] = Math.min(255, Math.round(base[1] * shade));
      pixels[i + 2] = Math.min(255, Math.round(base[2] * shade));
    }
  }
  const sharp = await loadSharp();
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 80 }).toBuffer();
}
