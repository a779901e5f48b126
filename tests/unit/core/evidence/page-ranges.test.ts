import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describePageSelection, parsePageRanges, selectedPageIndices, type PageRange } from '../../../../core/evidence/page-ranges';
import { formatPageRanges } from '../../../../core/evidence/page-selection';

const HOW = 'Write pages like "1-3, 7" or "10-".';

/** Every page a set of ranges names, up to `last` for an open range. */
const pagesOf = (ranges: readonly PageRange[], last: number) => new Set(ranges.flatMap((r) => Array.from({ length: (r.to ?? last) - r.from + 1 }, (_, i) => r.from + i)));

/**
 * A set of pages written the way a person might: split into runs, some runs broken up or
 * repeated, in any order, with hyphens or en dashes, with or without spaces.
 */
const writtenSelection = fc
  .uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 40 })
  .chain((pages) => {
    const sorted = [...pages].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const page of sorted) {
      const last = runs[runs.length - 1];
      if (last && page === last[1] + 1) last[1] = page;
      else runs.push([page, page]);
    }
    const part = ([from, to]: [number, number]) =>
      fc.record({ dash: fc.constantFrom('-', '–', ' - ', ' – ', '—'), split: fc.boolean(), twice: fc.boolean(), single: fc.boolean() }).map(({ dash, split, twice, single }) => {
        // A run may be written whole, as its single pages, or as "5-5"; repeated; pieces may overlap.
        const pieces = from === to ? [single ? `${from}` : `${from}${dash}${to}`] : split ? Array.from({ length: to - from + 1 }, (_, i) => `${from + i}`) : [`${from}${dash}${to}`];
        return twice ? [...pieces, pieces[0]!] : pieces;
      });
    return fc
      .tuple(...runs.map(part))
      .chain((pieces) => fc.shuffledSubarray(pieces.flat(), { minLength: pieces.flat().length }))
      .chain((shuffled) => fc.constantFrom(', ', ',', ' , ', ' ,').map((comma) => ({ pages: new Set(sorted), text: shuffled.join(comma) })));
  });

describe('parsePageRanges', () => {
  it('reads any set of pages however it is written, and the normalised form reads back the same', () => {
    fc.assert(
      fc.property(writtenSelection, ({ pages, text }) => {
        const parsed = parsePageRanges(text);
        if (!parsed.ok) throw new Error(`${text}: ${parsed.message}`);
        expect(pagesOf(parsed.ranges, 0)).toEqual(pages);
        // Sorted, merged: no two ranges touch or overlap.
        parsed.ranges.forEach((r, i) => i > 0 && expect(r.from).toBeGreaterThan(parsed.ranges[i - 1]!.to! + 1));
        const again = parsePageRanges(formatPageRanges(parsed.ranges));
        expect(again).toEqual(parsed);
      }),
    );
  });

  it('reads the forms people write', () => {
    expect(parsePageRanges('12-14')).toEqual({ ok: true, ranges: [{ from: 12, to: 14 }] });
    expect(parsePageRanges('7, 1-3')).toEqual({ ok: true, ranges: [{ from: 1, to: 3 }, { from: 7, to: 7 }] });
    expect(parsePageRanges('5')).toEqual({ ok: true, ranges: [{ from: 5, to: 5 }] });
    expect(parsePageRanges('10-')).toEqual({ ok: true, ranges: [{ from: 10 }] });
    expect(parsePageRanges(' 1 – 3 ,7 ')).toEqual({ ok: true, ranges: [{ from: 1, to: 3 }, { from: 7, to: 7 }] });
  });

  it('lets an open range swallow what follows it, and joins ranges that touch', () => {
    expect(parsePageRanges('20-25, 10-, 3, 4')).toEqual({ ok: true, ranges: [{ from: 3, to: 4 }, { from: 10 }] });
    expect(parsePageRanges('1-3, 4-6, 8')).toEqual({ ok: true, ranges: [{ from: 1, to: 6 }, { from: 8, to: 8 }] });
    expect(parsePageRanges('5-, 2-9')).toEqual({ ok: true, ranges: [{ from: 2 }] });
  });

  it.each([
    ['0', 'numbered from 1'],
    ['3-1', 'runs backwards'],
    ['a', 'is not a page'],
    ['1--2', 'is not a page'],
    ['99999999999', 'no document has that many pages'],
    ['1-3; 7', 'is not a page'],
    ['1 3', 'is not a page'],
    ['-5', 'is not a page'],
    ['', 'No pages were given'],
    [' , ', 'No pages were given'],
    ['2.5', 'is not a page'],
  ])('refuses %j, saying what is wrong and what to write', (text, problem) => {
    const parsed = parsePageRanges(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toContain(problem);
    expect(parsed.message).toContain(HOW);
  });

  it('refuses any text holding a letter or a zero page', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('x', '0', 'page', '#'), (noise, bad) => {
        const text = `1-2, ${bad}${noise.replace(/[0-9]/g, '')}`;
        expect(parsePageRanges(text).ok).toBe(false);
      }),
    );
  });
});

describe('selectedPageIndices', () => {
  it('keeps every page when nothing is chosen', () => {
    expect(selectedPageIndices(undefined, 4)).toEqual([0, 1, 2, 3]);
    expect(selectedPageIndices('  ', 3)).toEqual([0, 1, 2]);
  });

  it('gives 0-based indices, runs an open range to the end, and clips past it', () => {
    expect(selectedPageIndices('1-3, 7', 66)).toEqual([0, 1, 2, 6]);
    expect(selectedPageIndices('64-', 66)).toEqual([63, 64, 65]);
    expect(selectedPageIndices('5, 9-12', 10)).toEqual([4, 8, 9]);
  });

  it('returns nothing when the whole selection is past the end', () => {
    expect(selectedPageIndices('70-80', 66)).toEqual([]);
    expect(selectedPageIndices('67-', 66)).toEqual([]);
  });

  it('agrees with the parser for any selection and length', () => {
    fc.assert(
      fc.property(writtenSelection, fc.integer({ min: 0, max: 500 }), ({ pages, text }, count) => {
        const expected = [...pages].filter((p) => p <= count).sort((a, b) => a - b).map((p) => p - 1);
        expect(selectedPageIndices(text, count)).toEqual(expected);
      }),
    );
  });
});

describe('describePageSelection', () => {
  it('names the pages kept and the length of the document', () => {
    expect(describePageSelection('12-14', 66)).toBe('pp. 12–14 of 66');
    expect(describePageSelection('5', 66)).toBe('p. 5 of 66');
    expect(describePageSelection('1-3, 7', 66)).toBe('pp. 1–3, 7 of 66');
    expect(describePageSelection('60-', 66)).toBe('pp. 60–66 of 66');
    expect(describePageSelection('66-', 66)).toBe('p. 66 of 66');
    expect(describePageSelection('5, 60-90', 62)).toBe('pp. 5, 60–62 of 62');
  });

  it('counts the pages when all are kept', () => {
    expect(describePageSelection(undefined, 66)).toBe('66 pages');
    expect(describePageSelection('', 1)).toBe('1 page');
    expect(describePageSelection('1-', 66)).toBe('66 pages');
    expect(describePageSelection('1-100', 66)).toBe('66 pages');
  });

  it('says when the selection misses the document', () => {
    expect(describePageSelection('70-80', 66)).toBe('no pages: "70-80" is past the end of the 66 pages');
  });
});
