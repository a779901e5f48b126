import { describe, expect, it } from 'vitest';
import { CpdRecordInput } from '../../../../core/model/cpd-record';

describe('a CPD record', () => {
  const base = { title: 'Autoclave validation', startDate: '2025-03-25', hours: 1.5 };

  it('takes a reflection with prompts left blank, keeping only the answers written', () => {
    const parsed = CpdRecordInput.parse({
      ...base,
      reflection: { model: 'science-council', answers: { 'what-i-did': 'Validated the autoclave.', 'benefit-to-practice': '', 'benefit-to-users': undefined, other: '   ' } },
    });
    expect(parsed.reflection).toEqual({ model: 'science-council', answers: { 'what-i-did': 'Validated the autoclave.' } });
  });

  it('fills in what a quick entry leaves out', () => {
    expect(CpdRecordInput.parse(base)).toMatchObject({ status: 'complete', tags: [], evidenceIds: [], mappings: [], reflection: { model: 'science-council', answers: {} } });
  });

  it('refuses an end date before the start, naming the field', () => {
    const result = CpdRecordInput.safeParse({ ...base, endDate: '2025-03-24' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['endDate'], message: 'The end date is before the start date.' });
  });
});
