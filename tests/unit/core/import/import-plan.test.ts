import { describe, expect, it } from 'vitest';
import { planImport, MAX_IMPORT_ROWS } from '../../../../core/import/import-plan';
import type { ImportTable } from '../../../../core/import/cells';

const table = (headers: string[], rows: (string | number | null)[][]): ImportTable => ({ headers, rows });

function plan(t: ImportTable, mapping = {}) {
  const outcome = planImport(t, { mapping });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.plan;
}

describe('planImport', () => {
  it('turns rows into CPD records with Science Council categories, tags and reflection', () => {
    const p = plan(
      table(
        ['Date', 'Activity', 'Hours', 'Category', 'Reflection', 'Notes', 'Tags'],
        [['25/03/2025', 'Autoclave validation course', '1h30', 'Formal/Educational', 'Learned F0 values', 'Half-day course', 'sterilisation; safety']],
      ),
    );
    expect(p.rejected).toEqual([]);
    expect(p.cpd).toHaveLength(1);
    expect(p.cpd[0]).toEqual({
      row: 2,
      record: expect.objectContaining({
        title: 'Autoclave validation course',
        startDate: '2025-03-25',
        hours: 1.5,
        category: 'formal',
        description: 'Half-day course',
        tags: ['sterilisation', 'safety'],
        reflection: { model: 'free', answers: { reflection: 'Learned F0 values' } },
        status: 'complete',
      }),
    });
  });

  it('reports each rejected row by its spreadsheet row number (header is row 1) with every reason', () => {
    const p = plan(
      table(
        ['Date', 'Activity', 'Hours'],
        [
          ['25/03/2025', 'Good row', '2'],
          ['31/02/2025', '', 'lots'],
          [null, null, null],
          ['01/04/2025', 'Another good row', '90 min'],
        ],
      ),
    );
    expect(p.cpd.map((v) => v.row)).toEqual([2, 5]);
    expect(p.rejected).toEqual([
      {
        row: 3,
        reason:
          'Date: "31/02/2025" is not a real day: February 2025 has 28 days; write a day from 1 to 28. Hours: "lots" is not a time we can read; write hours such as 1.5, 1:30 or 90 min. Title: the title is empty.',
      },
    ]);
  });

  it('reports schema limits in the user’s terms', () => {
    const p = plan(table(['Date', 'Activity', 'Hours'], [['25/03/2025', 'x'.repeat(301), '1']]));
    expect(p.rejected[0]?.reason).toMatch(/^Title: Keep a title for the activity under 300 characters\.$/);
  });

  it('rejects an end date before the start date', () => {
    const p = plan(table(['Date', 'End date', 'Activity', 'Hours'], [['25/03/2025', '24/03/2025', 'Course', '1']]));
    expect(p.rejected[0]?.reason).toContain('The end date is before the start date.');
  });

  it('lets the user’s mapping override the guess', () => {
    const p = plan(table(['When', 'Item', 'Duration', 'Summary'], [['25/03/2025', 'Seminar', '1', 'Notes here']]), { title: 'Item' });
    expect(p.guessedMapping.title).toBeUndefined();
    expect(p.mapping).toMatchObject({ date: 'When', title: 'Item', hours: 'Duration', description: 'Summary' });
    expect(p.cpd[0]?.record.title).toBe('Seminar');
  });

  it('previews the first rows as read, with what each would become', () => {
    const p = plan(table(['Date', 'Activity', 'Hours'], [['25/03/2025', 'Seminar', '1'], ['bad', 'Seminar', '1']]));
    expect(p.previewRows[0]).toMatchObject({ row: 2, cells: ['25/03/2025', 'Seminar', '1'], record: { date: '2025-03-25', title: 'Seminar', hours: 1 }, reason: null });
    expect(p.previewRows[1]).toMatchObject({ row: 3, record: null, reason: expect.stringContaining('Date:') });
  });

  it('refuses a file whose required columns it cannot find, naming them', () => {
    expect(planImport(table(['Foo', 'Bar'], [['1', '2']]), {})).toEqual({
      ok: false,
      message: 'Choose the column that holds: Date, Title, Hours. The columns are: Foo, Bar.',
    });
  });

  it('refuses a file with a header but no records', () => {
    expect(planImport(table(['Date', 'Activity', 'Hours'], [[null, '', null]]), {})).toMatchObject({ ok: false, message: expect.stringContaining('no records') });
  });

  it('refuses more rows than a CPD log holds', () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => ['25/03/2025', 'x', '1']);
    expect(planImport(table(['Date', 'Activity', 'Hours'], rows), {})).toMatchObject({ ok: false });
  });
});
