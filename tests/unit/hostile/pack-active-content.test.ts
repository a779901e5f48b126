import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MadeFile } from '../../../core/api/methods/pack';
import type { Backend } from '../../../electron/backend';
import { openTestBackend } from '../../support/backend';
import {
  SCRIPT_MARKER,
  activeContentPdf,
  cmykJpeg,
  exifRotatedJpeg,
  heicPhoto,
  htmlWithScript,
  ownerPasswordPdf,
  palettePng,
  pixelBombPng,
  plainPdf,
  png16Bit,
  svgWithScript,
  truncatedPdf,
  userPasswordPdf,
} from '../../support/hostile-files';
import { makeTempDir } from '../../support/temp-dir';
import { embeddedImages, findActiveContent, pdfText, qpdfCheck } from './pdf-inspect';

const FRAMEWORK = 'sc-rscitech';
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/**
 * One pack made from every hostile evidence file at once, then inspected: the files that can be
 * printed are printed (upright, in sRGB), the ones that cannot get a page saying why, and nothing
 * active from any file reaches the pack.
 */
describe('a pack made from hostile evidence', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let backend: Backend;
  let made: MadeFile;
  let packPath: string;

  beforeAll(async () => {
    temp = await makeTempDir('techfolio-hostile-pack-');
    const dataDir = path.join(temp.dir, 'data');
    backend = await openTestBackend(dataDir, 'web', { now: () => new Date('2026-03-01T10:00:00.000Z') });
    await backend.api.saveProfile({ ...(await backend.api.getProfile()), name: 'Sam Tester' });
    const files: [string, string, Uint8Array][] = [
      ['Scripted certificate', 'scripted.pdf', await activeContentPdf('Scripted certificate page')],
      ['Locked certificate', 'locked.pdf', await userPasswordPdf('Locked certificate page')],
      ['Owner protected certificate', 'owner.pdf', await ownerPasswordPdf('Owner protected page text')],
      ['Truncated certificate', 'truncated.pdf', await truncatedPdf()],
      ['Phone photo HEIC', 'IMG_0001.HEIC', heicPhoto()],
      ['Sideways phone photo', 'phone.jpg', await exifRotatedJpeg()],
      ['CMYK scan', 'cmyk.jpg', await cmykJpeg()],
      ['Deep PNG', 'deep.png', await png16Bit()],
      ['Palette PNG', 'palette.png', await palettePng()],
      ['Scripted diagram', 'diagram.svg', svgWithScript()],
      ['Scripted report', 'report.html', htmlWithScript()],
      ['Plain certificate', 'plain.pdf', await plainPdf('Plain certificate page')],
      ['Pixel bomb', 'bomb.png', pixelBombPng()],
    ];
    for (const [title, fileName, bytes] of files) {
      await backend.api.addEvidenceFile({ fileName, dataBase64: base64(bytes), title, mappings: [{ frameworkId: FRAMEWORK, code: 'A1' }] });
    }
    made = await backend.api.makePack({ frameworkId: FRAMEWORK, date: '2026-03-01' });
    packPath = path.join(dataDir, 'exports', `${made.exportId}.pdf`);
  }, 60_000);
  afterAll(async () => {
    await backend?.close();
    await temp?.remove();
  });

  it('is a valid PDF (qpdf --check)', () => {
    expect(qpdfCheck(packPath)).toMatch(/No syntax or stream encoding errors found/);
  });

  it('carries no JavaScript, launch, open or additional actions, forms or submit actions from any evidence', () => {
    expect(findActiveContent(packPath, SCRIPT_MARKER)).toEqual([]);
  });

  it('still prints the pages of the PDF that carried scripts', () => {
    expect(pdfText(packPath)).toContain('Scripted certificate page');
  });

  it('prints a PDF with an owner password (no password needed to open it)', () => {
    expect(pdfText(packPath)).toContain('Owner protected page text');
  });

  it('puts a page saying what to do in place of a PDF that needs a password to open', () => {
    const text = pdfText(packPath);
    expect(text).toContain('This PDF needs a password to open, so its pages could not be added. Save an unprotected copy');
    expect(text).not.toContain('Locked certificate page');
  });

  it('puts a page saying what to do in place of a truncated PDF', () => {
    expect(pdfText(packPath)).toContain('This PDF is damaged or incomplete, so its pages could not be added. Replace it with a good copy');
  });

  it('puts a page saying how to convert in place of an HEIC photo it cannot decode', () => {
    const text = pdfText(packPath);
    expect(text).toMatch(/could not be read.*JPEG/);
    expect(text).toContain('IMG_0001.HEIC');
  });

  it('puts a page in place of a PNG declaring 100,000 × 100,000 pixels (a decompression bomb) and still makes the pack', () => {
    const text = pdfText(packPath);
    expect(text).toMatch(/Pixel bomb.*This image could not be read/);
    expect(embeddedImages(packPath).every((i) => i.width * i.height < 10_000_000)).toBe(true);
  });

  it('lists SVG and HTML files by name and fingerprint, never drawing or running them', () => {
    const text = pdfText(packPath);
    expect(text).toContain('diagram.svg');
    expect(text).toContain('report.html');
    expect(text).not.toContain('alert(');
  });

  it('prints the EXIF-rotated photo upright: portrait, red at the top and blue at the bottom', async () => {
    const images = embeddedImages(packPath);
    // Stored 120×40 sideways; upright it is 40 wide and 120 high (or a scaled copy of that shape).
    const upright = images.filter((i) => i.height === i.width * 3);
    const sideways = images.filter((i) => i.width === i.height * 3);
    expect(sideways).toEqual([]);
    expect(upright).toHaveLength(1);
    const { data, info } = await sharp(upright[0]!.bytes).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    const [topR, , topB] = pixel(Math.floor(info.width / 2), 2);
    const [bottomR, , bottomB] = pixel(Math.floor(info.width / 2), info.height - 3);
    expect(topR).toBeGreaterThan(200);
    expect(topB).toBeLessThan(60);
    expect(bottomB).toBeGreaterThan(200);
    expect(bottomR).toBeLessThan(60);
  });

  it('prints CMYK, 16-bit and palette images as 8-bit RGB JPEGs', async () => {
    const images = embeddedImages(packPath).filter((i) => i.width * 3 === i.height * 4);
    expect(images).toHaveLength(3);
    for (const image of images) {
      expect(image.filter).toBe('/DCTDecode');
      const meta = await sharp(image.bytes).metadata();
      expect({ space: meta.space, depth: meta.depth }).toEqual({ space: 'srgb', depth: 'uchar' });
    }
  });
});
