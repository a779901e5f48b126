import { describe, expect, it } from 'vitest';
import { evaluateRuleSet } from '../../../../core/cpd-rules/evaluate';
import { cpdRuleSets, findCpdRuleSet } from '../../../../core/cpd-rules/rule-sets';
import { makeCpdRecord } from '../../../support/fixtures';

const period = { from: '2025-01-01', to: '2025-12-31' };
const answers = {
  'what-i-did': 'A week-long course on LC-MS method validation.',
  'benefit-to-practice': 'I now validate each new method against the checklist before it goes into routine use.',
  'benefit-to-users': 'Researchers get results they can publish without a second validation run.',
};
const complete = [
  makeCpdRecord({ title: 'LC-MS course', startDate: '2025-02-10', hours: 10, points: 20, category: 'formal', reflection: { model: 'science-council', answers } }),
  makeCpdRecord({ title: 'Mentoring', startDate: '2025-09-01', hours: 2, points: 4, category: 'work-based', reflection: { model: 'science-council', answers } }),
];
// A draft with everything the rules could want: many hours, a new category, a month no other record fills.
const draft = makeCpdRecord({ title: 'Half-written conference notes', startDate: '2025-05-15', hours: 40, points: 80, category: 'professional', status: 'draft' });

describe('CPD audits never count a draft', () => {
  it.each(cpdRuleSets.map((set) => [set.bodyId, set] as const))('%s: the same result with or without a draft', (_, set) => {
    const without = evaluateRuleSet(set, { records: complete, goals: [], period });
    const withDraft = evaluateRuleSet(set, { records: [...complete, draft], goals: [], period });
    expect(withDraft).toEqual(without);
    expect(JSON.stringify(withDraft)).not.toContain('Half-written conference notes');
    expect(withDraft.results.flatMap((r) => r.countingRecordIds)).not.toContain(draft.id);
  });

  it('an IET hours check is not met by a draft\'s hours, and an HCPC gap is not filled by a draft', () => {
    const iet = evaluateRuleSet(findCpdRuleSet('iet')!, { records: [...complete, draft], goals: [], period });
    expect(iet.status).toBe('fail');
    expect(iet.results[0]!.summary).toContain('12 of 30 hours');
    const hcpc = evaluateRuleSet(findCpdRuleSet('hcpc')!, { records: [...complete, draft], goals: [], period });
    expect(hcpc.results.find((r) => r.ruleId === 'hcpc-gaps')!.missing[0]).toBe('11/02/2025 to 31/08/2025: log the CPD you did, or explain the gap.');
  });
});
