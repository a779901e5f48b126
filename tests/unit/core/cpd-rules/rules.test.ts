import { describe, expect, it } from 'vitest';
import { evaluateRule, evaluateRuleSet, findGaps, type CpdRuleContext } from '../../../../core/cpd-rules/evaluate';
import { findCpdRuleSet } from '../../../../core/cpd-rules/rule-sets';
import type { CpdRuleSpec } from '../../../../core/cpd-rules/schema';
import { Goal } from '../../../../core/model/career';
import type { CpdRecordInput } from '../../../../core/model/cpd-record';
import { makeCpdRecord } from '../../../support/fixtures';

const year = { from: '2025-01-01', to: '2025-12-31' };
const rule = (bodyId: string, ruleId: string): CpdRuleSpec => findCpdRuleSet(bodyId)!.rules.find((r) => r.id === ruleId)!;
const ctx = (records: Partial<CpdRecordInput & { id: string }>[], extra: Partial<CpdRuleContext> = {}): CpdRuleContext => ({
  records: records.map((r) => makeCpdRecord({ startDate: '2025-03-01', ...r })),
  goals: [],
  period: year,
  ...extra,
});
const goal = (fields: Record<string, unknown>) => Goal.parse({ objective: 'Learn LC-MS', id: `goal-${Math.random().toString(36).slice(2, 10)}`, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', ...fields });
const benefit = { model: 'science-council' as const, answers: { 'what-i-did': 'A course.', 'benefit-to-practice': 'I now run the calibration check before every batch of samples.', 'benefit-to-users': 'Students get results they can trust on the first run of each practical.' } };

describe('Science Council: a mixture of activities (standard 2)', () => {
  const spread = rule('science-council', 'sc-mixture');
  it('passes with activities in three of the five categories', () => {
    const result = evaluateRule(spread, ctx([{ category: 'work-based' }, { category: 'formal' }, { category: 'self-directed' }, { category: 'formal' }]));
    expect(result.status).toBe('pass');
    expect(result.countingRecordIds).toHaveLength(4);
  });
  it('warns with two categories, which is accepted only exceptionally', () => {
    const result = evaluateRule(spread, ctx([{ category: 'work-based' }, { category: 'formal' }]));
    expect(result.status).toBe('warn');
    expect(result.missing[0]).toContain('1 more category');
  });
  it('fails with one category and names the records without a category', () => {
    const result = evaluateRule(spread, ctx([{ category: 'formal' }, { title: 'Untagged seminar' }]));
    expect(result.status).toBe('fail');
    expect(result.missing.join('\n')).toContain('"Untagged seminar" (01/03/2025)');
  });
  it('counts only records inside the period and not drafts', () => {
    const result = evaluateRule(spread, ctx([{ category: 'formal' }, { category: 'work-based', startDate: '2024-12-31' }, { category: 'other', status: 'draft' }]));
    expect(result.status).toBe('fail');
  });
});

describe('Science Council: benefit to practice and to users (standards 3 and 4)', () => {
  const reflective = rule('science-council', 'sc-benefit');
  it('passes when every record answers both benefit prompts in real sentences', () => {
    expect(evaluateRule(reflective, ctx([{ reflection: benefit }])).status).toBe('pass');
  });
  it('fails a record whose benefit to users is a token answer, saying which part is missing', () => {
    const result = evaluateRule(reflective, ctx([{ title: 'Short one', reflection: { ...benefit, answers: { ...benefit.answers, 'benefit-to-users': 'Yes.' } } }, { reflection: benefit }]));
    expect(result.status).toBe('fail');
    expect(result.missing).toEqual([expect.stringMatching(/"Short one".*benefit to the users of your work/)]);
    expect(result.countingRecordIds).toHaveLength(1);
  });
  it('accepts a substantial reflection in another model, and refuses one that skips its forward-looking prompts', () => {
    const long = 'I learned to run the new mass spectrometer and to check its tuning, which means the research group gets cleaner data and I can train two PhD students to use it safely and well in the coming term without needing outside help.';
    expect(evaluateRule(reflective, ctx([{ reflection: { model: 'what-so-what-now-what', answers: { what: 'A course.', 'so-what': long, 'now-what': 'Next term I will write a short guide and train the two students myself.' } } }])).status).toBe('pass');
    expect(evaluateRule(reflective, ctx([{ reflection: { model: 'gibbs', answers: { description: long } } }])).missing[0]).toContain('"conclusion" and "action plan"');
    expect(evaluateRule(reflective, ctx([{ reflection: { model: 'free', answers: { reflection: 'It was useful.' } } }])).status).toBe('fail');
  });
  it('fails when there are no records to reflect on', () => {
    expect(evaluateRule(reflective, ctx([])).status).toBe('fail');
  });
});

describe('Engineering Council CPD Code', () => {
  it('passes the plan check with an active goal and fails with none or only dropped goals', () => {
    const plan = rule('engineering-council', 'engc-plan');
    expect(evaluateRule(plan, ctx([], { goals: [goal({})] })).status).toBe('pass');
    expect(evaluateRule(plan, ctx([], { goals: [goal({ status: 'dropped' })] })).status).toBe('fail');
  });
  it('fails the reflection check for a record with only a few words of reflection', () => {
    const reflection = rule('engineering-council', 'engc-reflection');
    expect(evaluateRule(reflection, ctx([{ reflection: benefit }])).status).toBe('pass');
    const result = evaluateRule(reflection, ctx([{ title: 'Bare', reflection: { model: 'free', answers: { reflection: 'Good day.' } } }]));
    expect(result.status).toBe('fail');
    expect(result.missing[0]).toContain('it has 2');
  });
  it('passes evaluation when records linked to goals record their outcome, and fails otherwise', () => {
    const evaluation = rule('engineering-council', 'engc-evaluation');
    const withOutcome = ctx([{ id: 'linked-0001', outcomes: 'Now certified to run the autoclave.' }], { goals: [goal({ cpdRecordIds: ['linked-0001'] })] });
    expect(evaluateRule(evaluation, withOutcome).status).toBe('pass');
    const withoutOutcome = ctx([{ id: 'linked-0002', title: 'No outcome' }], { goals: [goal({ cpdRecordIds: ['linked-0002'] })] });
    expect(evaluateRule(evaluation, withoutOutcome).missing).toEqual([expect.stringContaining('"No outcome"')]);
    expect(evaluateRule(evaluation, ctx([{}], { goals: [goal({})] })).status).toBe('fail');
  });
  it('fails the whole Code when any check fails', () => {
    const audit = evaluateRuleSet(findCpdRuleSet('engineering-council')!, ctx([{ reflection: benefit }]));
    expect(audit.status).toBe('fail');
    expect(audit.results.map((r) => [r.ruleId, r.status])).toEqual([
      ['engc-plan', 'fail'],
      ['engc-record', 'pass'],
      ['engc-reflection', 'pass'],
      ['engc-evaluation', 'fail'],
    ]);
  });
});

describe('RSB points', () => {
  it('passes 1 to 3 points an hour and fails a record outside that range or without points', () => {
    const rate = rule('rsb', 'rsb-rate');
    expect(evaluateRule(rate, ctx([{ hours: 2, points: 2 }, { hours: 2, points: 6 }])).status).toBe('pass');
    const result = evaluateRule(rate, ctx([{ title: 'Too many', hours: 2, points: 7 }, { title: 'None', hours: 1 }, { hours: 1, points: 0.5, title: 'Too few' }]));
    expect(result.status).toBe('fail');
    // Oldest first, then by title: the order every CPD listing uses.
    expect(result.missing).toEqual([
      expect.stringContaining('"None" (01/03/2025): no points recorded'),
      expect.stringContaining('"Too few"'),
      expect.stringContaining('"Too many" (01/03/2025): 7 points for 2 h; claim 2 to 6'),
    ]);
  });
  it('passes 50 points in a year and fails 49', () => {
    const total = rule('rsb', 'rsb-total');
    expect(evaluateRule(total, ctx([{ hours: 20, points: 30 }, { hours: 10, points: 20 }])).status).toBe('pass');
    const short = evaluateRule(total, ctx([{ hours: 20, points: 30 }, { hours: 10, points: 19 }]));
    expect(short).toMatchObject({ status: 'fail', missing: ['1 more points needed in this period.'] });
  });
  it('prorates the 50 points over a six-month period, and ignores points claimed at a disallowed rate', () => {
    const total = rule('rsb', 'rsb-total');
    const half = { from: '2025-01-01', to: '2025-06-30' }; // 181 days → 25 points
    expect(evaluateRule(total, ctx([{ hours: 10, points: 25 }], { period: half })).status).toBe('pass');
    expect(evaluateRule(total, ctx([{ hours: 5, points: 25 }], { period: half })).status).toBe('fail');
  });
});

describe('IET hours', () => {
  const hours = rule('iet', 'iet-hours');
  it('passes 30 hours in a year and fails 29.5', () => {
    expect(evaluateRule(hours, ctx([{ hours: 18 }, { hours: 12 }])).status).toBe('pass');
    expect(evaluateRule(hours, ctx([{ hours: 18 }, { hours: 11.5 }])).summary).toMatch(/^29\.5 of 30 hours/);
  });
  it('asks for 30 hours over a leap year too', () => {
    const leap = { from: '2024-01-01', to: '2024-12-31' };
    expect(evaluateRule(hours, ctx([{ startDate: '2024-05-01', hours: 30 }], { period: leap })).status).toBe('pass');
  });
});

describe('HCPC: no gap of three months or more without an explanation', () => {
  const gaps = rule('hcpc', 'hcpc-gaps');
  it('passes a record with an activity at least every three months', () => {
    const records = ['2025-01-15', '2025-04-01', '2025-06-20', '2025-09-10', '2025-11-30'].map((startDate) => ({ startDate }));
    expect(evaluateRule(gaps, ctx(records)).status).toBe('pass');
  });
  it('fails a gap of three months between activities and names its dates', () => {
    const result = evaluateRule(gaps, ctx(['2025-01-15', '2025-03-01', '2025-06-05', '2025-08-01', '2025-10-15', '2025-12-20'].map((startDate) => ({ startDate }))));
    expect(result.status).toBe('fail');
    expect(result.missing).toEqual(['02/03/2025 to 04/06/2025: log the CPD you did, or explain the gap.']);
  });
  it('accepts the same gap once it is explained', () => {
    const records = ['2025-01-15', '2025-03-01', '2025-06-05', '2025-08-01', '2025-10-15', '2025-12-20'].map((startDate) => ({ startDate }));
    expect(evaluateRule(gaps, ctx(records, { gapExplanations: [{ from: '2025-03-02', to: '2025-06-04', reason: 'Parental leave' }] })).status).toBe('pass');
  });
  it('counts a long course as covering the days it ran', () => {
    expect(evaluateRule(gaps, ctx([{ startDate: '2025-01-02', endDate: '2025-12-30' }])).status).toBe('pass');
  });
});

describe('findGaps', () => {
  it('treats a stretch of exactly three calendar months as a gap, and one day less as none', () => {
    expect(findGaps([{ from: '2025-04-01', to: '2025-04-01' }], { from: '2025-01-01', to: '2025-04-01' }, 3)).toEqual([{ from: '2025-01-01', to: '2025-03-31' }]);
    expect(findGaps([{ from: '2025-03-31', to: '2025-03-31' }], { from: '2025-01-01', to: '2025-03-31' }, 3)).toEqual([]);
  });
  it('reports the stretch after the last activity up to the end of the period', () => {
    expect(findGaps([{ from: '2025-01-01', to: '2025-01-01' }], { from: '2025-01-01', to: '2025-06-30' }, 3)).toEqual([{ from: '2025-01-02', to: '2025-06-30' }]);
  });
});

describe('Science Council rule set', () => {
  it('passes a year with three categories and reflective records', () => {
    const audit = evaluateRuleSet(findCpdRuleSet('science-council')!, ctx(['work-based', 'formal', 'professional'].map((category) => ({ category, reflection: benefit }))));
    expect(audit.status).toBe('pass');
  });
});
