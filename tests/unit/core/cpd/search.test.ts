import { describe, expect, it } from 'vitest';
import { criteriaInUse, searchCpd, tagsInUse } from '../../../../core/cpd/search';
import { makeCpdRecord } from '../../../support/fixtures';

const autoclave = makeCpdRecord({
  title: 'Autoclave validation course',
  startDate: '2025-03-25',
  hours: 1.5,
  category: 'formal',
  tags: ['Sterilisation'],
  reflection: { model: 'science-council', answers: { 'what-i-did': 'Learnt thermocouple mapping of loads' } },
  mappings: [{ frameworkId: 'sc-rscitech', code: 'A1', note: 'validated the autoclave' }],
});
const laser = makeCpdRecord({ title: 'Laser safety for users', startDate: '2024-11-02', endDate: '2024-11-03', hours: 6, category: 'formal', tags: ['safety'], status: 'draft' });
const mentoring = makeCpdRecord({ title: 'Mentoring an apprentice', startDate: '2025-01-10', hours: 2, category: 'work-based', tags: ['Safety', 'people'] });
const all = [autoclave, laser, mentoring];

describe('searchCpd', () => {
  it('finds words in the reflection answers, tags and mapping notes, ignoring case and order', () => {
    expect(searchCpd(all, { text: 'THERMOCOUPLE loads' })).toEqual([autoclave]);
    expect(searchCpd(all, { text: 'validated' })).toEqual([autoclave]);
    expect(searchCpd(all, { text: 'people' })).toEqual([mentoring]);
  });

  it('needs every word of the query to appear', () => {
    expect(searchCpd(all, { text: 'laser apprentice' })).toEqual([]);
  });

  it('keeps records that overlap the date range, including multi-day ones that end inside it', () => {
    expect(searchCpd(all, { from: '2024-11-03', to: '2025-01-31' }).map((r) => r.title)).toEqual(['Mentoring an apprentice', 'Laser safety for users']);
    expect(searchCpd(all, { to: '2024-12-31' })).toEqual([laser]);
  });

  it('filters by category, tag (any case), status and criterion or whole framework', () => {
    expect(searchCpd(all, { category: 'work-based' })).toEqual([mentoring]);
    expect(searchCpd(all, { tag: 'safety' }).map((r) => r.title)).toEqual(['Mentoring an apprentice', 'Laser safety for users']);
    expect(searchCpd(all, { status: 'draft' })).toEqual([laser]);
    expect(searchCpd(all, { criterion: 'sc-rscitech:A1' })).toEqual([autoclave]);
    expect(searchCpd(all, { criterion: 'sc-rscitech' })).toEqual([autoclave]);
    expect(searchCpd(all, { criterion: 'sc-rscitech:B2' })).toEqual([]);
  });

  it('sorts newest first by default, and by oldest, title or hours on request', () => {
    expect(searchCpd(all, {}).map((r) => r.startDate)).toEqual(['2025-03-25', '2025-01-10', '2024-11-02']);
    expect(searchCpd(all, {}, 'date-asc').map((r) => r.startDate)).toEqual(['2024-11-02', '2025-01-10', '2025-03-25']);
    expect(searchCpd(all, {}, 'title').map((r) => r.title)[0]).toBe('Autoclave validation course');
    expect(searchCpd(all, {}, 'hours-desc').map((r) => r.hours)).toEqual([6, 2, 1.5]);
  });

  it('never reorders the array it was given', () => {
    const input = [laser, autoclave, mentoring];
    searchCpd(input, {}, 'title');
    expect(input).toEqual([laser, autoclave, mentoring]);
  });
});

describe('tagsInUse and criteriaInUse', () => {
  it('lists each tag once whatever its case, and each mapped criterion once', () => {
    expect(tagsInUse(all)).toHaveLength(3);
    expect(tagsInUse(all).map((t) => t.toLowerCase())).toEqual(['people', 'safety', 'sterilisation']);
    expect(criteriaInUse(all)).toEqual(['sc-rscitech:A1']);
  });
});
