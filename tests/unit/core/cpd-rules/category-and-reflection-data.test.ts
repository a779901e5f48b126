import { describe, expect, it } from 'vitest';
import { cpdCategorySchemes, scienceCouncilCategories } from '../../../../core/cpd/categories';
import { reflectionModels } from '../../../../core/cpd/reflection-models';
import { benefitShortfall } from '../../../../core/cpd-rules/reflection-quality';
import { ReflectionModelId } from '../../../../core/model/cpd-record';

describe('CPD categories and reflection models as data', () => {
  it('uses the Science Council category ids that CPD records store', () => {
    expect(scienceCouncilCategories.categories.map((c) => c.id)).toEqual(['work-based', 'professional', 'formal', 'self-directed', 'other']);
    expect(scienceCouncilCategories.categories.map((c) => c.code)).toEqual(['S2.1', 'S2.2', 'S2.3', 'S2.4', 'S2.5']);
  });

  it('ships IET TWAVES as a second scheme with six categories, and no duplicate ids in any scheme', () => {
    expect(cpdCategorySchemes.map((s) => s.id)).toEqual(['science-council', 'iet-twaves']);
    expect(cpdCategorySchemes[1]!.categories.map((c) => c.code).join('')).toBe('TWAVES');
    for (const scheme of cpdCategorySchemes) expect(new Set(scheme.categories.map((c) => c.id)).size).toBe(scheme.categories.length);
  });

  it('has prompts for every reflection model a record can choose, with the ids the rules read', () => {
    expect(Object.keys(reflectionModels).sort()).toEqual([...ReflectionModelId.options].sort());
    expect(reflectionModels['science-council'].prompts.map((p) => p.id)).toEqual(['what-i-did', 'benefit-to-practice', 'benefit-to-users']);
    expect(reflectionModels['what-so-what-now-what'].prompts.map((p) => p.id)).toEqual(['what', 'so-what', 'now-what']);
    expect(reflectionModels.gibbs.prompts).toHaveLength(6);
  });

  it('reads forward-looking prompts that each model really has, so no model can never pass', () => {
    // Over fifty words: enough on its own for the free-text model.
    const answer = 'I changed how I prepare the teaching lab so that students spend less time waiting for kit. '.repeat(3) + 'The module lead says the practical now finishes on time.';
    for (const model of ReflectionModelId.options) {
      const answers = Object.fromEntries(reflectionModels[model].prompts.map((p) => [p.id, answer]));
      expect(benefitShortfall({ model, answers }), model).toBeUndefined();
    }
  });
});
