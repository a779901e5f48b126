import { describe, expect, it } from 'vitest';
import { criterionWording, loadedCriterionWording, wordingBelowHeading } from '../../../../core/frameworks/criterion-wording';
import { buildFrameworkRegistry } from '../../../../core/frameworks/registry';
import { wordGuidance } from '../../../../core/frameworks/word-guidance';
import { Framework, type CriterionOverride } from '../../../../core/frameworks/schema';

const framework = Framework.parse({
  formatVersion: 1,
  id: 'sc-rsci',
  name: 'Registered Scientist',
  shortName: 'RSci',
  awardingBody: 'Science Council',
  edition: '2025',
  sourceUrl: 'https://sciencecouncil.org/',
  dateChecked: '2026-12-01',
  areas: [
    {
      code: 'B',
      heading: 'Personal responsibility',
      wordingStatus: 'confirmed',
      criteria: [
        { code: 'B1', heading: 'Work autonomously within scope', officialStatement: 'Work autonomously within scope.', wordingStatus: 'confirmed' },
        { code: 'B3', heading: 'Working to protocols' },
      ],
    },
    { code: 'D', heading: 'Practice, in our words', criteria: [{ code: 'D3', heading: 'Improving scientific work' }] },
    { code: 'T', heading: 'Technical practice', wordingStatus: 'confirmed', criteria: [{ code: 'T1', heading: 'Operates equipment', wordingStatus: 'confirmed' }] },
  ],
  aliases: [{ from: 'D4', to: 'D3' }],
  retiredCodes: [{ code: 'D3@pre2025', heading: 'Removed in 2025' }],
});
const form = (code: string, formWording: string, extra: Partial<CriterionOverride> = {}): CriterionOverride => ({ frameworkId: 'sc-rsci', code, formWording, ...extra });

describe('criterionWording', () => {
  it('gives a confirmed criterion its official statement as wording and heading, and no summary of ours', () => {
    expect(criterionWording(framework, 'B1', [])).toEqual({
      code: 'B1',
      source: 'official',
      wording: 'Work autonomously within scope.',
      heading: 'Work autonomously within scope',
      areaCode: 'B',
      areaLabel: 'Area B: Personal responsibility',
    });
  });

  it('keeps an official criterion official even when the user pasted form wording for it', () => {
    const w = criterionWording(framework, 'B1', [form('B1', 'Something else from the form.', { heading: 'My words' })]);
    expect(w).toMatchObject({ source: 'official', wording: 'Work autonomously within scope.', heading: 'Work autonomously within scope' });
    expect(w.summary).toBeUndefined();
  });

  it('uses a confirmed heading as it stands where there is no statement (a career framework)', () => {
    expect(criterionWording(framework, 'T1', [])).toMatchObject({ source: 'official', heading: 'Operates equipment', areaLabel: 'Area T: Technical practice' });
    expect(criterionWording(framework, 'T1', []).wording).toBeUndefined();
  });

  it('heads a pending criterion by its area only, and keeps our paraphrase as the summary', () => {
    const w = criterionWording(framework, 'B3', []);
    expect(w).toEqual({ code: 'B3', source: 'pending', heading: 'Area B: Personal responsibility', summary: 'Working to protocols', areaCode: 'B', areaLabel: 'Area B: Personal responsibility' });
    expect(w.wording).toBeUndefined();
  });

  it('names an area by its code alone while the area heading itself is unconfirmed', () => {
    expect(criterionWording(framework, 'D3', [])).toMatchObject({ heading: 'Area D', areaLabel: 'Area D', summary: 'Improving scientific work' });
  });

  it('uses the wording the user pasted from their application form for a pending criterion', () => {
    const w = criterionWording(framework, 'B3', [form('B3', '  Follow the protocols of the lab.  ')]);
    expect(w).toMatchObject({ source: 'applicant', wording: 'Follow the protocols of the lab.', heading: 'Area B: Personal responsibility', summary: 'Working to protocols' });
  });

  it('ignores blank form wording and another framework\'s overrides', () => {
    expect(criterionWording(framework, 'B3', [form('B3', '   ')]).source).toBe('pending');
    expect(criterionWording(framework, 'B3', [{ frameworkId: 'sc-rscitech', code: 'B3', formWording: 'Not this one.' }]).source).toBe('pending');
  });

  it('takes the user\'s own rewording of a pending heading as the summary, never as the heading', () => {
    const w = criterionWording(framework, 'B3', [{ frameworkId: 'sc-rsci', code: 'B3', heading: 'Sticking to SOPs' }]);
    expect(w).toMatchObject({ heading: 'Area B: Personal responsibility', summary: 'Sticking to SOPs' });
  });

  it('resolves an old code through its alias, including form wording saved under the old code', () => {
    expect(criterionWording(framework, 'D4', [])).toMatchObject({ code: 'D3', source: 'pending', heading: 'Area D' });
    expect(criterionWording(framework, 'D4', [form('D4', 'Pasted under D4.')])).toMatchObject({ code: 'D3', source: 'applicant', wording: 'Pasted under D4.' });
  });

  it('returns the bare code, pending, for a code the framework does not have or has retired', () => {
    expect(criterionWording(framework, 'Z9', [])).toEqual({ code: 'Z9', source: 'pending', heading: 'Z9', areaCode: '', areaLabel: '' });
    expect(criterionWording(framework, 'D3@pre2025', [])).toMatchObject({ source: 'pending', heading: 'D3@pre2025' });
  });

  it('gives the same answer for a framework as loaded, with the user\'s rewording already applied', () => {
    const overrides: CriterionOverride[] = [{ frameworkId: 'sc-rsci', code: 'B1', heading: 'Mine' }, { frameworkId: 'sc-rsci', code: 'B3', heading: 'Sticking to SOPs', formWording: 'From the form.' }];
    const loaded = buildFrameworkRegistry({ builtIn: [framework], imported: [], overrides }).get('sc-rsci')!;
    for (const code of ['B1', 'B3', 'D3', 'T1']) expect(loadedCriterionWording(loaded, code)).toEqual(criterionWording(framework, code, overrides));
  });
});

describe('wordingBelowHeading', () => {
  it('leaves out an official statement that is already the heading, and keeps form wording', () => {
    expect(wordingBelowHeading(criterionWording(framework, 'B1', []))).toBeUndefined();
    expect(wordingBelowHeading(criterionWording(framework, 'B3', [form('B3', 'From the form.')]))).toBe('From the form.');
    expect(wordingBelowHeading(criterionWording(framework, 'B3', []))).toBeUndefined();
  });
});

describe('wordGuidance', () => {
  it('states a real limit as a limit, and a suggestion as guidance', () => {
    expect(wordGuidance({ wordLimit: 500 })).toBe('Word limit: 500 words.');
    expect(wordGuidance({ suggestedWords: { min: 300, max: 350 } })).toBe('Suggested length: about 300–350 words will be sufficient (guidance, not a limit).');
    expect(wordGuidance({ suggestedWords: { max: 300 } })).toBe('Suggested length: about 300 words will be sufficient (guidance, not a limit).');
    expect(wordGuidance({})).toBeUndefined();
  });
});
