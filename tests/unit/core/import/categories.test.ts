import { describe, expect, it } from 'vitest';
import { parseImportCategory } from '../../../../core/import/categories';

describe('parseImportCategory', () => {
  it.each([
    ['Work based learning', 'work-based'],
    ['Work-based learning', 'work-based'],
    ['WORK BASED', 'work-based'],
    ['work-based', 'work-based'],
    ['Professional activity', 'professional'],
    ['Professional activities', 'professional'],
    ['Professional activity (conference)', 'professional'],
    ['Formal/Educational', 'formal'],
    ['Formal / educational', 'formal'],
    ['Formal', 'formal'],
    ['Education', 'formal'],
    ['Self directed', 'self-directed'],
    ['Self-directed learning', 'self-directed'],
    ['self-direced learning', 'self-directed'],
    ['Other', 'other'],
  ])('maps %j to %s', (text, id) => {
    expect(parseImportCategory(text)).toEqual({ ok: true, value: id });
  });

  it('leaves an empty category empty', () => {
    expect(parseImportCategory('  ')).toEqual({ ok: true, value: undefined });
  });

  it('refuses a name it cannot place, listing the names it knows', () => {
    const result = parseImportCategory('Fun stuff');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe('Category "Fun stuff" is not one we know; use one of: Work-based learning, Professional activity, Formal / educational, Self-directed learning, Other.');
  });
});
