import { describe, expect, it } from 'vitest';
import { parseFrameworkText } from '../../../../core/frameworks/parse-framework';
import type { FrameworkInput } from '../../../../core/frameworks/schema';

const minimal = (): FrameworkInput => ({
  formatVersion: 1,
  id: 'uni-technician',
  name: 'University technician career framework',
  shortName: 'Uni Tech',
  kind: 'career',
  awardingBody: 'Example University',
  edition: '2026',
  sourceUrl: 'https://example.ac.uk/technicians',
  dateChecked: '2026-10-01',
  areas: [{ code: 'T', heading: 'Technical skills', criteria: [{ code: 'T1', heading: 'Runs core equipment' }, { code: 'T2', heading: 'Trains others' }] }],
});

const problemsOf = (data: unknown) => {
  const result = parseFrameworkText(typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
};

describe('parseFrameworkText', () => {
  it('accepts a minimal institution framework and fills in the defaults', () => {
    const result = parseFrameworkText(JSON.stringify(minimal()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.framework.areas[0]!.criteria[0]).toMatchObject({ wordingStatus: 'pending', guidance: '' });
    expect(result.framework.selectionRules).toEqual([]);
  });

  it('names the JSON path and the reason for a criterion without a heading', () => {
    const data = minimal();
    data.areas[0]!.criteria[1] = { code: 'T2', heading: '' };
    expect(problemsOf(data)).toEqual([{ path: '$.areas[0].criteria[1].heading', message: 'Enter a short heading for the criterion.' }]);
  });

  it('refuses a code used twice, pointing at the second one', () => {
    const data = minimal();
    data.areas[0]!.criteria[1]!.code = 'T1';
    const [problem] = problemsOf(data);
    expect(problem!.path).toBe('$.areas[0].criteria[1].code');
    expect(problem!.message).toContain('"T1" is used twice');
  });

  it('refuses a misspelt field at its own path instead of ignoring it', () => {
    const data = { ...minimal(), areas: [{ ...minimal().areas[0]!, criteria: [{ code: 'T1', heading: 'Runs core equipment', wordlimit: 300 }] }] };
    expect(problemsOf(data)).toEqual([{ path: '$.areas[0].criteria[0].wordlimit', message: expect.stringContaining('Unknown field "wordlimit"') }]);
  });

  it('refuses an official statement on a criterion whose wording is not confirmed', () => {
    const data = minimal();
    data.areas[0]!.criteria[0] = { code: 'T1', heading: 'Runs core equipment', officialStatement: 'Quoted text' };
    expect(problemsOf(data)[0]!.path).toBe('$.areas[0].criteria[0].officialStatement');
  });

  it('refuses an alias that points at no criterion, and a selection rule naming an unknown code', () => {
    const data = { ...minimal(), aliases: [{ from: 'X1', to: 'T9' }], selectionRules: [{ kind: 'at-least', count: 1, codes: ['T1', 'Q1'] }] };
    expect(problemsOf(data).map((p) => p.path)).toEqual(['$.aliases[0].to', '$.selectionRules[0].codes[1]']);
  });

  it('gives the line and column of a JSON syntax error: a missing comma', () => {
    const text = '{\n  "formatVersion": 1\n  "id": "x"\n}';
    expect(problemsOf(text)).toEqual([{ path: '$', line: 3, column: 3, message: expect.stringMatching(/^The file is not valid JSON\. .*expected "," or "}"/) }]);
  });

  it('gives the line and column of a trailing comma and of an unclosed string', () => {
    expect(problemsOf('{\n  "a": [1, 2,]\n}')[0]).toMatchObject({ line: 2, column: 14, message: expect.stringContaining('A comma before "]"') });
    expect(problemsOf('{\n  "a": "open\n}')[0]).toMatchObject({ line: 2, column: 13, message: expect.stringContaining("line break") });
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(parseFrameworkText(`\ufeff${JSON.stringify(minimal())}`).ok).toBe(true);
  });

  it('refuses a file of another format version, saying which one it reads', () => {
    expect(problemsOf({ ...minimal(), formatVersion: 2 })[0]).toMatchObject({ path: '$.formatVersion', message: expect.stringContaining('format version 1') });
  });
});
