import { describe, expect, it } from 'vitest';
import { Framework, type FrameworkInput } from '../../../../core/frameworks/schema';
import { countCharacters } from '../../../../core/text/character-count';
import { lengthLevelsText, lengthLimitsOf, roleLengths, statementLengths, withLiveText } from '../../../../core/writing/length-limits';

const demo = (fields: Partial<FrameworkInput> = {}) =>
  Framework.parse({
    formatVersion: 1,
    id: 'demo',
    name: 'Demo',
    shortName: 'Demo',
    awardingBody: 'Demo body',
    edition: '1',
    sourceUrl: 'https://example.org/',
    dateChecked: '2026-01-01',
    areas: [
      { code: 'A', heading: 'Area A', criteria: [{ code: 'A1', heading: 'One' }, { code: 'A2', heading: 'Two' }] },
      { code: 'B', heading: 'Area B', criteria: [{ code: 'B1', heading: 'Three' }] },
    ],
    ...fields,
  });
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('countCharacters', () => {
  it('counts code points as people do, each line break once, without the spaces around the text', () => {
    expect(countCharacters('CO₂ é 🙂')).toBe(7);
    expect(countCharacters('ab\r\ncd')).toBe(5);
    expect(countCharacters('ab\ncd')).toBe(5);
    expect(countCharacters('  padded \n')).toBe(6);
  });
});

describe('statementLengths', () => {
  const texts: Record<string, string> = { A1: words(310), A2: words(700), B1: words(40) };
  const framework = demo({
    lengthLimits: [
      { scope: 'criterion', unit: 'words', max: 350, min: 300, kind: 'guidance', source: 'https://example.org/advice', note: 'Their advice.' },
      { scope: 'criterion', code: 'B1', unit: 'characters', max: 100, kind: 'limit' },
      { scope: 'area', code: 'A', unit: 'words', max: 1500, kind: 'limit' },
      { scope: 'report', unit: 'words', max: 1000, kind: 'guidance' },
    ],
  });
  const lengthsOf = statementLengths(framework, (code) => texts[code] ?? '');

  it('gives a criterion its own count, its area\'s total and the report\'s, each against its figure', () => {
    const a1 = lengthsOf('A1');
    expect(a1.map((l) => [l.scope, l.label, l.unit, l.count, l.max, l.kind, l.over])).toEqual([
      ['criterion', 'A1', 'words', 310, 350, 'guidance', false],
      ['area', 'Area A', 'words', 1010, 1500, 'limit', false],
      ['report', 'Report', 'words', 1050, 1000, 'guidance', true],
    ]);
    expect(lengthLevelsText(a1)).toBe('A1: 310 words (about 300–350 advised) · Area A: 1,010 of 1,500 words (limit) · Report: 1,050 words (about 1,000 advised, over)');
  });

  it('counts a character limit in characters beside the word guidance, and marks it over', () => {
    const b1 = lengthsOf('B1');
    const chars = b1.find((l) => l.unit === 'characters')!;
    expect(chars).toMatchObject({ scope: 'criterion', kind: 'limit', max: 100, count: texts.B1!.length, over: true });
    expect(b1.find((l) => l.scope === 'area')).toBeUndefined(); // area B has no figure
    expect(lengthLevelsText([chars])).toBe(`B1: ${texts.B1!.length} of 100 characters (limit, ${texts.B1!.length - 100} over)`);
  });

  it('guidance under its minimum is "under", a hard limit over is "over"; only the hard one is a broken limit', () => {
    const a2 = lengthsOf('A2');
    expect(a2[0]).toMatchObject({ kind: 'guidance', over: true });
    const short = statementLengths(framework, () => words(20))('A1');
    expect(short[0]).toMatchObject({ kind: 'guidance', under: true, over: false });
  });

  it('shows the plain word count where no figure applies', () => {
    const plain = statementLengths(demo(), () => 'Three short words.')('A1');
    expect(plain).toEqual([{ scope: 'criterion', code: 'A1', label: 'A1', unit: 'words', count: 3, note: '', over: false, under: false }]);
  });

  it('reads the older wordLimit and suggestedWords fields as criterion figures, and a lengthLimits figure wins over the same kind', () => {
    const older = demo({ areas: [{ code: 'A', heading: 'A', criteria: [{ code: 'A1', heading: 'One', wordLimit: 200 }, { code: 'A2', heading: 'Two', suggestedWords: { min: 100, max: 150 } }] }] });
    expect(lengthLimitsOf(older)).toEqual([
      { scope: 'criterion', code: 'A1', unit: 'words', max: 200, kind: 'limit', note: '' },
      { scope: 'criterion', code: 'A2', unit: 'words', max: 150, min: 100, kind: 'guidance', note: '' },
    ]);
    const both = demo({
      areas: [{ code: 'A', heading: 'A', criteria: [{ code: 'A1', heading: 'One', suggestedWords: { min: 300, max: 350 } }] }],
      lengthLimits: [{ scope: 'criterion', unit: 'words', min: 300, max: 350, kind: 'guidance', source: 'https://example.org/advice' }],
    });
    expect(lengthLimitsOf(both)).toHaveLength(1);
    expect(lengthLimitsOf(both)[0]!.source).toBe('https://example.org/advice');
  });

  it('moves the area and report totals by the live text\'s difference from the saved text', () => {
    const live = withLiveText(lengthsOf('A1'), texts.A1!, words(10));
    expect(live.map((l) => l.count)).toEqual([10, 710, 750]);
    expect(live[2]!.over).toBe(false);
  });
});

describe('roleLengths', () => {
  it('measures a job role description against role figures only', () => {
    const framework = demo({ lengthLimits: [{ scope: 'role', unit: 'words', max: 200, kind: 'limit' }, { scope: 'report', unit: 'words', max: 10, kind: 'limit' }] });
    expect(roleLengths(framework, words(250))).toEqual([expect.objectContaining({ scope: 'role', count: 250, max: 200, over: true, kind: 'limit' })]);
  });
});

describe('the lengthLimits format', () => {
  const issues = (fields: Partial<FrameworkInput>) => {
    const r = Framework.safeParse({ ...demo(), ...fields });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('refuses a code the framework lacks, a code on a report figure, and a minimum over the maximum', () => {
    expect(issues({ lengthLimits: [{ scope: 'criterion', code: 'Z9', unit: 'words', max: 10, kind: 'limit' }] })).toEqual(['lengthLimits.0.code: The length figure names "Z9", which is not a criterion of this framework.']);
    expect(issues({ lengthLimits: [{ scope: 'area', code: 'A1', unit: 'words', max: 10, kind: 'limit' }] })).toEqual(['lengthLimits.0.code: The length figure names "A1", which is not an area of this framework.']);
    expect(issues({ lengthLimits: [{ scope: 'report', code: 'A', unit: 'words', max: 10, kind: 'limit' }] })).toEqual(['lengthLimits.0.code: Only a criterion or area figure names a code; leave "code" out.']);
    expect(issues({ lengthLimits: [{ scope: 'report', unit: 'words', min: 20, max: 10, kind: 'guidance' }] })).toEqual(['lengthLimits.0.min: Give a minimum no larger than the maximum.']);
  });
  it('still reads a file without lengthLimits or upgradeFrom', () => {
    const f = demo();
    expect(f.lengthLimits).toEqual([]);
    expect(f.upgradeFrom).toEqual([]);
  });
});
