import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cpdSearcher, criteriaInUse, narrows, newestCpd, searchCpd, tagsInUse, type CpdFilter, type CpdSort } from '../../../../core/cpd/search';
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

describe('narrows', () => {
  it('holds when each earlier word is inside a new word and the other filters are the same', () => {
    expect(narrows({ text: 'auto' }, { text: 'autoclave' })).toBe(true);
    expect(narrows({ text: 'autoclave' }, { text: 'autoclave val' })).toBe(true);
    expect(narrows({ text: '' }, { text: 'laser' })).toBe(true);
    expect(narrows({ text: 'clave', category: 'formal' }, { text: 'AUTOCLAVE', category: 'formal' })).toBe(true);
  });

  it('fails when a word is removed or shortened, or another filter changes', () => {
    expect(narrows({ text: 'autoclave' }, { text: 'autoclav' })).toBe(false);
    expect(narrows({ text: 'autoclave val' }, { text: 'autoclave' })).toBe(false);
    expect(narrows({ text: 'laser' }, { text: '' })).toBe(false);
    expect(narrows({ text: 'a', status: 'draft' }, { text: 'ab' })).toBe(false);
    expect(narrows({ text: 'a', from: '2025-01-01' }, { text: 'ab', from: '2024-01-01' })).toBe(false);
  });
});

describe('cpdSearcher', () => {
  it('gives what searchCpd gives at every step of typing, deleting, filtering and re-sorting', () => {
    // Two records with the same date and title: their order must not depend on the route taken.
    const twinA = makeCpdRecord({ title: 'Fume cupboard testing', startDate: '2025-02-01', tags: ['safety'] });
    const twinB = makeCpdRecord({ title: 'Fume cupboard testing', startDate: '2025-02-01', description: 'Face velocity readings' });
    const records = [twinB, mentoring, autoclave, twinA, laser];
    const steps: [CpdFilter, CpdSort][] = [
      [{ text: '' }, 'date-desc'],
      [{ text: 'a' }, 'date-desc'],
      [{ text: 'au' }, 'date-desc'],
      [{ text: 'auto' }, 'date-desc'],
      [{ text: 'aut' }, 'date-desc'],
      [{ text: 'f' }, 'date-desc'],
      [{ text: 'f velocity' }, 'date-desc'],
      [{ text: 'f' }, 'date-desc'],
      [{ text: 'f', tag: 'safety' }, 'date-desc'],
      [{ text: 'fu', tag: 'safety' }, 'title'],
      [{ text: 'fum' }, 'title'],
      [{ text: 'e' }, 'hours-desc'],
      [{ text: 'e' }, 'title'],
      [{ text: '' }, 'date-asc'],
    ];
    const search = cpdSearcher();
    for (const [filter, sort] of steps) expect({ filter, sort, found: search(records, filter, sort) }).toEqual({ filter, sort, found: searchCpd(records, filter, sort) });
  });

  it('searches new records afresh when the list is replaced, and never reorders its input', () => {
    const search = cpdSearcher();
    const first = [laser, autoclave];
    expect(search(first, { text: 'a' })).toEqual([autoclave, laser]);
    expect(first).toEqual([laser, autoclave]);
    expect(search([laser, autoclave, mentoring], { text: 'apprentice' })).toEqual([mentoring]);
  });
});

describe('tagsInUse and criteriaInUse', () => {
  it('lists each tag once whatever its case, and each mapped criterion once', () => {
    expect(tagsInUse(all)).toHaveLength(3);
    expect(tagsInUse(all).map((t) => t.toLowerCase())).toEqual(['people', 'safety', 'sterilisation']);
    expect(criteriaInUse(all)).toEqual(['sc-rscitech:A1']);
  });
});

describe('newestCpd', () => {
  it('gives the first records of the log as searchCpd orders it, ties and all, for any count', () => {
    const record = fc.record({ day: fc.integer({ min: 1, max: 6 }), title: fc.constantFrom('A', 'a', 'B', 'Zebra', 'zebra', 'Ähnlich') });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), fc.integer({ min: 1, max: 70 }), (specs, count) => {
        const records = specs.map(({ day, title }) => makeCpdRecord({ title, startDate: `2025-03-0${day}` }));
        expect(newestCpd(records, count).map((r) => r.id)).toEqual(searchCpd(records, {}).slice(0, count).map((r) => r.id));
      }),
      { numRuns: 300 },
    );
  });
});
