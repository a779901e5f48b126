import { describe, expect, it } from 'vitest';
import { CpdRecord } from '../../../../core/model/cpd-record';
import { Portfolio } from '../../../../core/model/portfolio';
import { mergePortfolios } from '../../../../core/transfer/portfolio-merge';

const record = (id: string, title: string, updatedAt: string) =>
  CpdRecord.parse({ id: `record-${id}`, title, startDate: '2025-01-01', hours: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt });
const portfolio = (cpd: CpdRecord[], profile = {}) => Portfolio.parse({ cpd, profile });

describe('merging an archive into a portfolio', () => {
  it('adds what only the archive holds, takes a later copy, keeps a newer one and names it', () => {
    const current = portfolio([record('a', 'Mine, newer', '2025-05-01T00:00:00.000Z'), record('b', 'Mine, older', '2025-01-01T00:00:00.000Z'), record('c', 'Only mine', '2025-01-01T00:00:00.000Z')]);
    const incoming = portfolio([record('a', 'Archive, older', '2025-02-01T00:00:00.000Z'), record('b', 'Archive, newer', '2025-03-01T00:00:00.000Z'), record('d', 'Only archive', '2025-01-01T00:00:00.000Z')]);
    const { merged, summary } = mergePortfolios(current, incoming);
    expect(merged.cpd.map((r) => [r.id, r.title])).toEqual([
      ['record-a', 'Mine, newer'],
      ['record-b', 'Archive, newer'],
      ['record-c', 'Only mine'],
      ['record-d', 'Only archive'],
    ]);
    expect(summary).toMatchObject({ added: 1, updated: 1, unchanged: 0, keptNewer: [{ list: 'cpd', label: 'Mine, newer' }] });
  });

  it('identical records count as unchanged, and the current profile is never replaced', () => {
    const same = record('a', 'Same', '2025-01-01T00:00:00.000Z');
    const { merged, summary } = mergePortfolios(portfolio([same], { name: 'Current name' }), portfolio([same], { name: 'Archive name' }));
    expect(summary).toMatchObject({ added: 0, updated: 0, unchanged: 1, keptNewer: [], profileTaken: false });
    expect(merged.profile.name).toBe('Current name');
  });

  it('an empty profile takes the archive’s', () => {
    const { merged, summary } = mergePortfolios(portfolio([]), portfolio([], { name: 'Archive name' }));
    expect(summary.profileTaken).toBe(true);
    expect(merged.profile.name).toBe('Archive name');
  });
});
