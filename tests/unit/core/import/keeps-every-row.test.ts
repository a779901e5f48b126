import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_CATEGORIES } from '../../../../core/import/categories';
import type { ImportTable } from '../../../../core/import/cells';
import { planImport } from '../../../../core/import/import-plan';
import { parseValuesSpec } from '../../../../core/import/values';

const plan = (...args: Parameters<typeof planImport>) => {
  const outcome = planImport(...args);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.plan;
};

const sheet = (types: string[]): ImportTable => ({
  headers: ['Date', 'Activity', 'Hours', 'Type'],
  rows: types.map((type, i) => [`${String(i + 1).padStart(2, '0')}/03/2025`, `Activity ${i + 1}`, '1.5', type]),
});

describe('an import keeps every row', () => {
  it('everyday words are placed; an unknown one keeps its row, uncategorised, tagged and reported', () => {
    const p = plan(sheet(['Course', 'Webinar', 'Conference', 'Reading', 'Training', 'Seminar', 'Wibble']));
    expect(p.cpd.map((r) => r.record.category ?? null)).toEqual(['formal', 'formal', 'professional', 'self-directed', 'formal', 'formal', null]);
    expect(p.cpd[6]?.record.tags).toEqual(['Wibble']);
    expect(p.values.find((v) => v.value === 'Wibble')).toEqual({ value: 'Wibble', rows: 1, target: null, guessed: null, chosen: false });
    expect(p.report).toEqual([{ row: 8, outcome: 'uncategorised', reason: expect.stringContaining('Category "Wibble" could not be placed'), cells: ['07/03/2025', 'Activity 7', '1.5', 'Wibble'] }]);
  });

  it('the user’s value choices win over the guess, by id or label, whatever the case', () => {
    const p = plan(sheet(['Course', 'seminar', 'Wibble']), { values: { category: { course: 'Work-based learning', SEMINAR: 'professional', Wibble: null } } });
    expect(p.cpd.map((r) => r.record.category ?? null)).toEqual(['work-based', 'professional', null]);
    // Chosen as uncategorised: the user decided, so nothing is reported and no tag is added.
    expect(p.report).toEqual([]);
    expect(p.cpd[2]?.record.tags).toEqual([]);
  });

  it('refuses a chosen target that is no category, rather than filing rows wrongly', () => {
    expect(planImport(sheet(['Course']), { values: { category: { Course: 'Formall' } } })).toMatchObject({ ok: false, message: expect.stringContaining('"Formall" is not a category') });
  });

  it('accepts the IET’s categories by label and id, and reads everyday words in the IET scheme when the file uses it', () => {
    const p = plan(sheet(['Training courses', 'Events and seminars', 'Self-study', 'work-experience', 'Webinar', 'Reading']));
    expect(p.cpd.map((r) => r.record.category)).toEqual(['training', 'events', 'self-study', 'work-experience', 'events', 'self-study']);
    expect(p.report).toEqual([]);
  });

  it('"not imported" (null) beats a guessed column', () => {
    const p = plan(sheet(['Course']), { mapping: { category: null } });
    expect(p.mapping.category).toBeNull();
    expect(p.cpd[0]?.record.category).toBeUndefined();
    expect(p.values).toEqual([]);
  });

  it('rows already in the log are found by date, title (any case, trimmed) and hours; skipped by default and reported', () => {
    const existing = [{ id: 'cpd-1', startDate: '2025-03-01', title: '  activity 1 ', hours: 1.5 }];
    const p = plan(sheet(['Course', 'Course']), {}, { cpd: existing, training: [], profiles: [] });
    expect(p.cpd.map((r) => r.duplicateOf)).toEqual(['cpd-1', undefined]);
    expect(p.report).toEqual([expect.objectContaining({ row: 2, outcome: 'duplicate' })]);
    const update = plan(sheet(['Course']), { duplicates: 'update' }, { cpd: existing, training: [], profiles: [] });
    expect(update.report).toEqual([]);
  });

  it('imports a learning-system export as training: course, provider, completion, expiry or renewal, kind', () => {
    const p = plan(
      {
        headers: ['Course title', 'Training provider', 'Completion date', 'Valid until', 'Renewal period', 'Training type', 'Comments'],
        rows: [
          ['Radiation protection', 'RPA Ltd', '12/01/2024', '12/01/2027', '', 'Radiation', ''],
          ['First aid at work', 'St John', new Date(Date.UTC(2024, 5, 3)), null, '3 years', 'First aid', 'Refresher'],
          ['Laser safety', '', '01/02/2024', '', '12', '', ''],
          ['', 'Nobody', '01/02/2024', '', '', '', ''],
        ],
      },
      { kind: 'training' },
    );
    expect(p.mapping).toEqual({
      course: 'Course title', provider: 'Training provider', completedDate: 'Completion date', expiryDate: 'Valid until', renewalMonths: 'Renewal period', kind: 'Training type', notes: 'Comments',
    });
    expect(p.training.map((t) => [t.record.course, t.record.provider, t.record.completedDate, t.record.expiryDate, t.record.renewalMonths, t.record.kind])).toEqual([
      ['Radiation protection', 'RPA Ltd', '2024-01-12', '2027-01-12', undefined, 'Radiation'],
      ['First aid at work', 'St John', '2024-06-03', undefined, 36, 'First aid'],
      ['Laser safety', '', '2024-02-01', undefined, 12, ''],
    ]);
    expect(p.report).toEqual([expect.objectContaining({ row: 5, outcome: 'rejected', reason: 'Course: the course name is empty.' })]);
  });

  it('reads the command line’s --values', () => {
    expect(parseValuesSpec('category=Course:formal,Seminar:Formal / educational,Fun:')).toEqual({
      ok: true,
      value: { category: { Course: 'formal', Seminar: 'Formal / educational', Fun: null } },
    });
    expect(parseValuesSpec('Course:formal').ok).toBe(false);
    expect(parseValuesSpec('colour=Red:formal').ok).toBe(false);
  });

  it('random category words and random choices: every row is imported or in the report with a reason', () => {
    const word = fc.oneof(
      fc.constantFrom('Course', 'Webinar', 'Conference', 'Reading', 'Training', 'Seminar', 'On-the-job', 'Journal', 'Workshop', 'Events and seminars', ''),
      fc.string({ maxLength: 80 }),
    );
    const target = fc.oneof(fc.constant(null), fc.constantFrom(...ALL_CATEGORIES.map((c) => c.id)), fc.constantFrom(...ALL_CATEGORIES.map((c) => c.label)));
    const row = fc.tuple(word, fc.constantFrom('01/03/2025', 'bad date', ''), fc.constantFrom('Title', ''), fc.constantFrom('1', 'x'));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), fc.array(fc.tuple(word, target), { maxLength: 6 }), fc.boolean(), (rows, choices, update) => {
        const table: ImportTable = { headers: ['Date', 'Title', 'Hours', 'Category'], rows: rows.map(([category, date, title, hours]) => [date, title, hours, category]) };
        const outcome = planImport(table, { values: { category: Object.fromEntries(choices) }, duplicates: update ? 'update' : 'skip' });
        if (!outcome.ok) return;
        const p = outcome.plan;
        const inputRows = table.rows.flatMap((cells, i) => (cells.some((c) => String(c).trim() !== '') ? [i + 2] : []));
        const imported = p.cpd.map((r) => r.row);
        const notImported = p.report.filter((r) => r.outcome !== 'uncategorised').map((r) => r.row);
        expect([...imported, ...notImported].sort((a, b) => a - b)).toEqual(inputRows);
        for (const r of p.report) expect(r.reason.trim().length).toBeGreaterThan(10);
        // A value nobody could place is never silent: its row is imported and reported.
        for (const r of p.cpd) {
          const text = String(table.rows[r.row - 2]![3]).trim();
          const choice = p.values.find((v) => v.value.toLowerCase().replace(/\s+/g, ' ') === text.toLowerCase().replace(/\s+/g, ' '));
          if (text !== '' && choice?.target === null && !choice.chosen) expect(p.report.some((x) => x.row === r.row && x.outcome === 'uncategorised')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
