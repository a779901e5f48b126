import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../../core/coverage/coverage';
import { mappedItems } from '../../../../core/coverage/mapped-items';
import { Framework, type FrameworkInput } from '../../../../core/frameworks/schema';
import { CompetenceStatement } from '../../../../core/model/statement';
import { TrainingRecord } from '../../../../core/model/training';
import { makeCpdRecord } from '../../../support/fixtures';

const shipped = (id: string) => Framework.parse(JSON.parse(readFileSync(`assets/frameworks/${id}.json`, 'utf8')));
const small = (fields: Partial<FrameworkInput> = {}) =>
  Framework.parse({
    formatVersion: 1,
    id: 'demo',
    name: 'Demo',
    shortName: 'Demo',
    awardingBody: 'Demo body',
    edition: '1',
    sourceUrl: 'https://example.org/',
    dateChecked: '2026-01-01',
    areas: [{ code: 'A', heading: 'Area', criteria: [{ code: 'A1', heading: 'One', wordLimit: 5 }, { code: 'A2', heading: 'Two' }] }],
    ...fields,
  });
const statement = (frameworkId: string, code: string, text: string) => CompetenceStatement.parse({ frameworkId, code, text, updatedAt: '2026-01-01T00:00:00.000Z' });
const none = { cpd: [], training: [], qualifications: [], evidence: [] };
const asOf = '2026-11-23';

describe('computeCoverage', () => {
  it('counts the items per criterion, gives the latest date, and lists criteria with no evidence as gaps', () => {
    const cpd = [
      makeCpdRecord({ title: 'Old course', startDate: '2025-01-10', mappings: [{ frameworkId: 'demo', code: 'A1', note: 'first' }] }),
      makeCpdRecord({ title: 'Newer course', startDate: '2026-02-01', endDate: '2026-02-03', mappings: [{ frameworkId: 'demo', code: 'A1' }] }),
      makeCpdRecord({ title: 'Other framework', mappings: [{ frameworkId: 'sc-rsci', code: 'A2' }] }),
    ];
    const coverage = computeCoverage({ framework: small(), items: mappedItems({ ...none, cpd }), statements: [], asOf });
    const [a1, a2] = coverage.criteria;
    expect(a1).toMatchObject({ code: 'A1', itemCount: 2, latestDate: '2026-02-03', gap: false });
    // Newest first: the February 2026 course before the January 2025 one.
    expect(a1!.items.map((i) => i.note)).toEqual(['', 'first']);
    expect(a2).toMatchObject({ code: 'A2', itemCount: 0, gap: true });
    expect(a2!.latestDate).toBeUndefined();
    expect(coverage.summary).toMatchObject({ evidencedCount: 1, gapCodes: ['A2'] });
  });

  it('flags examples older than three years, and criteria whose examples are all old', () => {
    const cpd = [
      makeCpdRecord({ startDate: '2023-11-22', mappings: [{ frameworkId: 'demo', code: 'A1' }] }),
      makeCpdRecord({ startDate: '2023-11-23', mappings: [{ frameworkId: 'demo', code: 'A2' }] }),
    ];
    const coverage = computeCoverage({ framework: small(), items: mappedItems({ ...none, cpd }), statements: [], asOf });
    expect(coverage.criteria[0]!.items[0]!.old).toBe(true); // one day beyond three years
    expect(coverage.criteria[1]!.items[0]!.old).toBe(false); // exactly three years
    expect(coverage.summary.oldOnlyCodes).toEqual(['A1']);
  });

  it('uses the framework\'s own recency window where it states one', () => {
    const cpd = [makeCpdRecord({ startDate: '2024-06-01', mappings: [{ frameworkId: 'demo', code: 'A1' }] })];
    const framework = small({ requirements: { examplesWithinYears: 2 } });
    expect(computeCoverage({ framework, items: mappedItems({ ...none, cpd }), statements: [], asOf }).criteria[0]!.onlyOldExamples).toBe(true);
  });

  it('counts statement words against the criterion\'s word limit', () => {
    const statements = [statement('demo', 'A1', 'I calibrated the well-defined balance daily.'), statement('demo', 'A2', 'Short.')];
    const coverage = computeCoverage({ framework: small(), items: [], statements, asOf });
    expect(coverage.criteria[0]!.statement).toMatchObject({ written: true, words: 6, wordLimit: 5, overLimit: true });
    expect(coverage.criteria[0]!.statement.lengths).toEqual([{ scope: 'criterion', code: 'A1', label: 'A1', unit: 'words', count: 6, max: 5, kind: 'limit', note: '', over: true, under: false }]);
    expect(coverage.criteria[1]!.statement).toEqual({ written: true, words: 1, overLimit: false, lengths: [{ scope: 'criterion', code: 'A2', label: 'A2', unit: 'words', count: 1, note: '', over: false, under: false }] });
    expect(coverage.summary.overLimitCodes).toEqual(['A1']);
  });

  it('keeps an RSci mapping made to the old D4 and shows it under D3 through the alias', () => {
    const cpd = [makeCpdRecord({ id: 'record-d4-old', title: 'Process improvement', mappings: [{ frameworkId: 'sc-rsci', code: 'D4', note: 'mapped in 2024' }] })];
    const coverage = computeCoverage({ framework: shipped('sc-rsci'), items: mappedItems({ ...none, cpd }), statements: [statement('sc-rsci', 'D4', 'Written before the relabel.')], asOf });
    const d3 = coverage.criteria.find((c) => c.code === 'D3')!;
    expect(d3.items).toEqual([expect.objectContaining({ id: 'record-d4-old', viaAlias: 'D4', note: 'mapped in 2024' })]);
    expect(d3.statement.words).toBe(4);
    expect(coverage.unresolved).toEqual([]);
    expect(coverage.matrix.rows.find((r) => r.code === 'D3')!.columns).toEqual([0]);
  });

  it('keeps mappings to retired or unknown codes and lists them for re-mapping', () => {
    const cpd = [
      makeCpdRecord({ id: 'record-retired', mappings: [{ frameworkId: 'sc-rsci', code: 'D3@pre2025' }] }),
      makeCpdRecord({ id: 'record-unknown', mappings: [{ frameworkId: 'sc-rsci', code: 'F9', note: 'typo?' }] }),
    ];
    const coverage = computeCoverage({ framework: shipped('sc-rsci'), items: mappedItems({ ...none, cpd }), statements: [], asOf });
    expect(coverage.unresolved).toEqual([
      expect.objectContaining({ id: 'record-retired', code: 'D3@pre2025', reason: 'retired', retiredHeading: expect.stringContaining('removed in 2025') }),
      expect.objectContaining({ id: 'record-unknown', code: 'F9', reason: 'unknown', note: 'typo?' }),
    ]);
    expect(coverage.summary.evidencedCount).toBe(0);
  });

  it('counts an item once per criterion even when mapped both by its old and its new code', () => {
    const cpd = [makeCpdRecord({ mappings: [{ frameworkId: 'sc-rsci', code: 'D4' }, { frameworkId: 'sc-rsci', code: 'D3' }] })];
    const coverage = computeCoverage({ framework: shipped('sc-rsci'), items: mappedItems({ ...none, cpd }), statements: [], asOf });
    expect(coverage.criteria.find((c) => c.code === 'D3')!.itemCount).toBe(1);
  });

  it('builds the criteria × items matrix from CPD, training and other items', () => {
    const training = [
      TrainingRecord.parse({ id: 'training-0001', course: 'Radiation safety', completedDate: '2026-03-01', mappings: [{ frameworkId: 'demo', code: 'A2' }], createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z' }),
    ];
    const cpd = [makeCpdRecord({ id: 'cpd-matrix-1', mappings: [{ frameworkId: 'demo', code: 'A1' }, { frameworkId: 'demo', code: 'A2' }] })];
    const { matrix } = computeCoverage({ framework: small(), items: mappedItems({ ...none, cpd, training }), statements: [], asOf });
    expect(matrix.columns.map((c) => `${c.kind}:${c.id}`)).toEqual(['cpd:cpd-matrix-1', 'training:training-0001']);
    expect(matrix.rows).toEqual([{ code: 'A1', columns: [0] }, { code: 'A2', columns: [0, 1] }]);
  });

  it('computes readiness as the mean of half evidence, half statement over every criterion', () => {
    const cpd = [
      makeCpdRecord({ startDate: '2026-01-01', mappings: [{ frameworkId: 'demo', code: 'A1' }] }),
      makeCpdRecord({ startDate: '2020-01-01', mappings: [{ frameworkId: 'demo', code: 'A2' }] }),
    ];
    // A1: recent example (1) + statement within limit (1) → 1; A2: only old (0.5) + none (0) → 0.25. Mean 0.625 → 63.
    const coverage = computeCoverage({ framework: small(), items: mappedItems({ ...none, cpd }), statements: [statement('demo', 'A1', 'Three words here')], asOf });
    expect(coverage.summary.readiness).toBe(63);
  });

  it('applies the AFHEA rule: required V and K codes plus the best two areas of activity', () => {
    const afhea = shipped('psf2023-afhea');
    const required = ['V1', 'V3', 'K1', 'K2', 'K3', 'A2', 'A4'];
    const cpd = [makeCpdRecord({ startDate: '2026-05-01', mappings: required.map((code) => ({ frameworkId: 'psf2023-afhea', code })) })];
    const statements = required.map((code) => statement('psf2023-afhea', code, 'I supported learners in the teaching lab.'));
    const coverage = computeCoverage({ framework: afhea, items: mappedItems({ ...none, cpd }), statements, asOf });
    expect(coverage.summary.readiness).toBe(100);
    expect(coverage.summary.rules.map((r) => [r.met, r.chosen])).toEqual([
      [true, ['V1', 'V3', 'K1', 'K2', 'K3']],
      [true, ['A2', 'A4']],
    ]);
    expect(coverage.criteria.find((c) => c.code === 'V2')!.required).toBe('optional');
    expect(coverage.criteria.find((c) => c.code === 'A1')!.required).toBe('choice');
  });

  it('reports an AFHEA application with one area of activity as not meeting the rule', () => {
    const cpd = [makeCpdRecord({ startDate: '2026-05-01', mappings: ['V1', 'V3', 'K1', 'K2', 'K3', 'A1'].map((code) => ({ frameworkId: 'psf2023-afhea', code })) })];
    const coverage = computeCoverage({ framework: shipped('psf2023-afhea'), items: mappedItems({ ...none, cpd }), statements: [], asOf });
    expect(coverage.summary.rules[1]!.met).toBe(false);
    expect(coverage.summary.readiness).toBeLessThan(50);
  });

  it('handles 2,000 CPD records mapped across all 15 RSciTech criteria in one pass', () => {
    const rscitech = shipped('sc-rscitech');
    const codes = rscitech.areas.flatMap((a) => a.criteria.map((c) => c.code));
    const cpd = Array.from({ length: 2000 }, (_, i) =>
      makeCpdRecord({ id: `bulk-${String(i).padStart(5, '0')}`, startDate: '2026-01-01', mappings: [codes[i % 15]!, codes[(i + 7) % 15]!].map((code) => ({ frameworkId: 'sc-rscitech', code })) }),
    );
    const coverage = computeCoverage({ framework: rscitech, items: mappedItems({ ...none, cpd }), statements: [], asOf });
    // A1 is reached by i = 0, 15, …, 1995 (134 records) and by i = 8, 23, …, 1988 (133 records).
    expect(coverage.criteria[0]).toMatchObject({ code: 'A1', itemCount: 267 });
    expect(coverage.criteria.reduce((sum, c) => sum + c.itemCount, 0)).toBe(4000);
    expect(coverage.matrix.columns).toHaveLength(2000);
  });
});
