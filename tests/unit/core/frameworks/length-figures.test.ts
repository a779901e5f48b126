import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Framework } from '../../../../core/frameworks/schema';
import { lengthLimitsOf } from '../../../../core/writing/length-limits';

const shipped = (id: string) => Framework.parse(JSON.parse(readFileSync(`assets/frameworks/${id}.json`, 'utf8')));
const figures = (id: string) => shipped(id).lengthLimits.map(({ scope, code, unit, min, max, kind, source }) => ({ scope, code, unit, min, max, kind, source }));

describe('length figures in the shipped files', () => {
  it('gives every figure a source and a note, and only guidance: no body recorded a hard limit', () => {
    for (const id of ['sc-rscitech', 'sc-rsci', 'sc-csci', 'ukspec4-engtech', 'ukspec4-ieng', 'psf2023-afhea']) {
      for (const limit of shipped(id).lengthLimits) {
        expect(limit.source, `${id} ${limit.scope}`).toMatch(/^https?:\/\//);
        expect(limit.note.length, `${id} ${limit.scope}`).toBeGreaterThan(20);
        expect(limit.kind).toBe('guidance');
      }
    }
  });

  it('CSci: about 300–350 words per criterion, the Science Council\'s own advice', () => {
    expect(figures('sc-csci')).toEqual([{ scope: 'criterion', code: undefined, unit: 'words', min: 300, max: 350, kind: 'guidance', source: 'http://sciencecouncil.org/competence-report-advice-csci/' }]);
    // The older field and the sourced figure are one figure, shown once.
    expect(lengthLimitsOf(shipped('sc-csci')).filter((l) => l.scope === 'criterion')).toHaveLength(1);
  });

  it('RSciTech: about 300 per field and 5,000 in all, marked as a single source', () => {
    const f = shipped('sc-rscitech');
    expect(figures('sc-rscitech')).toEqual([
      { scope: 'criterion', code: undefined, unit: 'words', min: undefined, max: 300, kind: 'guidance', source: 'https://labnews.co.uk/article/2096956/letters-of-mark' },
      { scope: 'report', code: undefined, unit: 'words', min: undefined, max: 5000, kind: 'guidance', source: 'https://labnews.co.uk/article/2096956/letters-of-mark' },
    ]);
    for (const limit of f.lengthLimits) expect(limit.note).toMatch(/Single source/);
  });

  it('IEng: about 1,500 words for the report, as one institution\'s guidance', () => {
    expect(figures('ukspec4-ieng')).toEqual([{ scope: 'report', code: undefined, unit: 'words', min: undefined, max: 1500, kind: 'guidance', source: 'https://www.igem.org.uk/membership/professional-registration/asessing-your-professional-experience/' }]);
    expect(shipped('ukspec4-ieng').lengthLimits[0]!.note).toMatch(/One institution's guidance \(IGEM\)/);
  });

  it('AFHEA: 1,400 words in all and 700 for each Area of Activity, from one scheme', () => {
    const f = figures('psf2023-afhea');
    expect(f[0]).toEqual({ scope: 'report', code: undefined, unit: 'words', min: undefined, max: 1400, kind: 'guidance', source: 'https://asu.edu.bh/asurise-advance-he-centre/your-submission' });
    expect(f.slice(1).map((l) => [l.code, l.max])).toEqual([['A1', 700], ['A2', 700], ['A3', 700], ['A4', 700], ['A5', 700]]);
  });

  it('RSci and EngTech carry no figure: none is recorded for them', () => {
    expect(figures('sc-rsci')).toEqual([]);
    expect(figures('ukspec4-engtech')).toEqual([]);
  });
});
