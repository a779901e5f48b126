import { describe, expect, it } from 'vitest';
import { Portfolio, PORTFOLIO_SCHEMA_VERSION } from '../../../../core/model/portfolio';
import { MIGRATIONS, migrateToCurrent, NewerFormatError, storedVersion } from '../../../../electron/services/migrations';

/** A version 1 file as the first release wrote it: only CPD records with six fields. */
const version1 = {
  cpd: [
    { id: 'rec-00000001', title: 'Biosafety level 2 refresher', startDate: '2025-05-06', hours: 3.5, createdAt: '2025-05-06T10:00:00.000Z', updatedAt: '2025-05-06T10:00:00.000Z' },
    { id: 'rec-00000002', title: 'Łukasz’s LC-MS workshop', startDate: '2024-11-02', hours: 6, createdAt: '2024-11-02T09:00:00.000Z', updatedAt: '2024-11-03T09:00:00.000Z' },
  ],
};

/** One sample file per earlier version; a new migration must add its version here. */
const samplesByVersion: Record<number, Record<string, unknown>> = { 1: version1 };

describe('portfolio migrations', () => {
  it('has a sample file for every version that has a migration', () => {
    expect(Object.keys(MIGRATIONS).map(Number).sort()).toEqual(Object.keys(samplesByVersion).map(Number).sort());
    for (let v = 1; v < PORTFOLIO_SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `migration from ${v}`).toBeTypeOf('function');
  });

  it.each(Object.entries(samplesByVersion))('brings a version %s file to the current format, and the result passes the schema', (version, sample) => {
    const { data, fromVersion } = migrateToCurrent(structuredClone(sample));
    expect(fromVersion).toBe(Number(version));
    expect(data.schemaVersion).toBe(PORTFOLIO_SCHEMA_VERSION);
    expect(Portfolio.safeParse(data).success).toBe(true);
  });

  it('keeps every field of every version 1 record and fills the new fields with the defaults', () => {
    const portfolio = Portfolio.parse(migrateToCurrent(structuredClone(version1)).data);
    expect(portfolio.cpd).toHaveLength(2);
    for (const [i, original] of version1.cpd.entries()) expect(portfolio.cpd[i]).toMatchObject(original);
    expect(portfolio.cpd[0]).toMatchObject({ status: 'complete', evidenceIds: [], tags: [], reflection: { model: 'science-council', answers: {} } });
    expect(portfolio.profile.name).toBe('');
  });

  it('is pure: the input is not changed', () => {
    const input = structuredClone(version1);
    migrateToCurrent(input);
    expect(input).toEqual(version1);
  });

  it('reads a file without a version as version 1 and leaves a current file as it is', () => {
    expect(storedVersion({ cpd: [] })).toBe(1);
    const current = { schemaVersion: PORTFOLIO_SCHEMA_VERSION, cpd: [] };
    expect(migrateToCurrent(current)).toEqual({ data: current, fromVersion: PORTFOLIO_SCHEMA_VERSION });
  });

  it('refuses a file from a newer version instead of guessing', () => {
    expect(() => migrateToCurrent({ schemaVersion: PORTFOLIO_SCHEMA_VERSION + 1 })).toThrow(NewerFormatError);
  });

  it('rejects a version that was never written', () => {
    expect(() => storedVersion({ schemaVersion: 'two' })).toThrow(/not a version/);
    expect(() => storedVersion({ schemaVersion: 0 })).toThrow(/not a version/);
  });
});
