import { describe, expect, it } from 'vitest';
import { checkMapping, guessMapping, parseMappingSpec, uniqueHeaders } from '../../../../core/import/columns';

describe('guessMapping', () => {
  it('maps the usual header names', () => {
    expect(guessMapping(['Date', 'Activity', 'Hours', 'Category', 'Reflection', 'Notes', 'Tags'])).toEqual({
      date: 'Date',
      title: 'Activity',
      hours: 'Hours',
      category: 'Category',
      reflection: 'Reflection',
      description: 'Notes',
      tags: 'Tags',
    });
  });

  it('maps Title, Duration, Type and Description', () => {
    expect(guessMapping(['Title', 'Duration', 'Type', 'Description', 'Date'])).toEqual({
      title: 'Title',
      hours: 'Duration',
      category: 'Type',
      description: 'Description',
      date: 'Date',
    });
  });

  it('takes "Activity type" as the category, not the title, and "Activity" as the title', () => {
    expect(guessMapping(['Activity type', 'Activity', 'Date of activity', 'Time spent (hours)'])).toEqual({
      category: 'Activity type',
      title: 'Activity',
      date: 'Date of activity',
      hours: 'Time spent (hours)',
    });
  });

  it('gives each header to one field only', () => {
    const mapping = guessMapping(['Date', 'End date', 'Activity']);
    expect(mapping.date).toBe('Date');
    expect(mapping.endDate).toBe('End date');
  });

  it('guesses nothing for unrelated headers', () => {
    expect(guessMapping(['Foo', 'Bar'])).toEqual({});
  });
});

describe('uniqueHeaders', () => {
  it('names blank headers by position and numbers repeated ones', () => {
    expect(uniqueHeaders(['Date', '', 'Notes', 'Notes'])).toEqual(['Date', 'Column 2', 'Notes', 'Notes (2)']);
  });
});

describe('checkMapping', () => {
  it('names a mapped column that does not exist, and lists the columns', () => {
    const check = checkMapping({ date: 'Date', title: 'Activity', hours: 'Durration' }, ['Date', 'Activity', 'Duration']);
    expect(check).toEqual({ ok: false, message: 'There is no column named "Durration" for Hours. The columns are: Date, Activity, Duration.' });
  });

  it('asks for the fields a record needs', () => {
    const check = checkMapping({ date: 'Date' }, ['Date', 'What']);
    expect(check).toEqual({ ok: false, message: 'Choose the column that holds: Title, Hours. The columns are: Date, What.' });
  });
});

describe('parseMappingSpec', () => {
  it('reads the --map form', () => {
    expect(parseMappingSpec('date=Date,title=Activity,hours=Duration')).toEqual({
      ok: true,
      value: { date: 'Date', title: 'Activity', hours: 'Duration' },
    });
  });

  it('keeps spaces inside column names', () => {
    expect(parseMappingSpec('title = Activity name ')).toEqual({ ok: true, value: { title: 'Activity name' } });
  });

  it('refuses an unknown field, listing the fields', () => {
    const result = parseMappingSpec('when=Date');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('Fields: date, endDate, title, hours');
  });

  it('refuses a field without "=", and reads "field=" as not imported', () => {
    expect(parseMappingSpec('date').ok).toBe(false);
    expect(parseMappingSpec('category=,title=Activity')).toEqual({ ok: true, value: { category: null, title: 'Activity' } });
  });
});
