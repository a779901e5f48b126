import { PDFHexString, PDFName, cmyk, degrees, drawText, grayscale, rgb } from '@cantoo/pdf-lib';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPackDocument, type PackDocument } from '../../../../core/pack/pack-document';
import { loadFonts } from './pack-fixtures';

describe('a line drawn from cached numbers', () => {
  let pack: PackDocument;
  beforeAll(async () => {
    pack = await createPackDocument(loadFonts());
  });

  it('writes exactly what pdf-lib’s drawText writes, for any place, size, colour and rotation', () => {
    const colour = fc.oneof(
      fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([r, g, b]) => rgb(r, g, b)),
      fc.double({ min: 0, max: 1, noNaN: true }).map((g) => grayscale(g)),
      fc.constant(cmyk(0.1, 0.2, 0.3, 0.4)),
      fc.constant(undefined),
    );
    const place = fc.double({ min: -2000, max: 2000, noNaN: true });
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), place, place, fc.double({ min: 0.5, max: 72, noNaN: true }), colour, fc.constantFrom(0, 90, 180, 270, undefined), (text, x, y, size, color, rotate) => {
        const font = pack.fonts.regular;
        const key = PDFName.of('F1');
        // Asked twice, so the second answer comes from the cache.
        pack.type.operators(text, { x, y, size, font, ...(color && { color }), ...(rotate !== undefined && { rotate }) }, key);
        const ours = pack.type.operators(text, { x, y, size, font, ...(color && { color }), ...(rotate !== undefined && { rotate }) }, key);
        const shown = ours.find((op) => op.toString().endsWith(' Tj'));
        if (!shown) return ours.length === 0 && text.trim() === '';
        const hex = shown.toString().slice(1, shown.toString().indexOf('>'));
        const theirs = drawText(PDFHexString.of(hex), { x, y, size, font: key, color: color ?? rgb(0, 0, 0), rotate: degrees(rotate ?? 0), xSkew: degrees(0), ySkew: degrees(0) });
        expect(ours.map(String)).toEqual(theirs.map(String));
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
