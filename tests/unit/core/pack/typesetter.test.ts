import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPackDocument, type PackDocument } from '../../../../core/pack/pack-document';
import { fitLine } from '../../../../core/pack/page-frame';
import { loadFonts } from './pack-fixtures';

let pack: PackDocument;
beforeAll(async () => {
  pack = await createPackDocument(loadFonts());
});

describe('Typesetter', () => {
  it('measures text as pdf-lib does, from cached word widths', () => {
    const { type, fonts } = pack;
    for (const text of ['Łukasz Bjørn', 'Siân and Zoë calibrated the balance', 'a  b']) {
      expect(type.width(text, fonts.regular, 10)).toBeCloseTo(fonts.regular.widthOfTextAtSize(text, 10), 6);
    }
  });

  it('shapes scripts whose letters join (Arabic) through fontkit, as pdf-lib measures them', () => {
    const { type, fonts } = pack;
    expect(type.width('سلام عليكم', fonts.regular, 10)).toBeCloseTo(fonts.regular.widthOfTextAtSize('سلام عليكم', 10), 6);
  });

  it('cuts a line too long for its column with an ellipsis, within the width', () => {
    const { type, fonts } = pack;
    const cut = fitLine(type, 'I now check the load probe before every cycle and log the result', fonts.regular, 8, 120);
    expect(cut).toMatch(/^I now check the .*…$/);
    expect(type.width(cut, fonts.regular, 8)).toBeLessThanOrEqual(120);
    expect(fitLine(type, 'Short', fonts.regular, 8, 120)).toBe('Short');
  });

  it('never wraps a line wider than asked, and keeps every word in order', () => {
    const { type, fonts } = pack;
    const word = fc.stringMatching(/^[A-Za-zŁłøØâŵ0-9]{1,30}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), fc.integer({ min: 60, max: 480 }), (words, width) => {
        const lines = type.wrap(words.join(' '), fonts.regular, 10, width);
        for (const line of lines) expect(type.width(line, fonts.regular, 10)).toBeLessThanOrEqual(width + 1e-6);
        expect(lines.join('').replace(/\s/g, '')).toBe(words.join(''));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps paragraph breaks and splits a word longer than the line', () => {
    const { type, fonts } = pack;
    const lines = type.wrap(`First paragraph.\n\nSecond ${'x'.repeat(200)}`, fonts.regular, 10, 200);
    expect(lines.slice(0, 3)).toEqual(['First paragraph.', '', 'Second']);
    expect(lines.length).toBeGreaterThan(4);
    expect(lines.slice(3).join('')).toBe('x'.repeat(200));
  });

  it('replaces characters the font lacks with "?"', () => {
    expect(pack.type.printable('Zoë 中 Ł', pack.fonts.regular)).toBe('Zoë ? Ł');
  });
});
