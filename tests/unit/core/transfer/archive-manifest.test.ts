import { describe, expect, it } from 'vitest';
import { ArchiveManifest, classifyArchiveEntry } from '../../../../core/transfer/archive-manifest';
import { describeBytes, describeCounts, isEmptyPortfolio } from '../../../../core/transfer/portfolio-contents';
import { emptyPortfolio } from '../../../../core/model/portfolio';
import { makeCpdRecord } from '../../../support/fixtures';

const sha = 'a'.repeat(64);

describe('classifyArchiveEntry', () => {
  it('knows the manifest, the portfolio and evidence files named by their SHA-256', () => {
    expect(classifyArchiveEntry('manifest.json')).toEqual({ kind: 'manifest' });
    expect(classifyArchiveEntry('portfolio.json')).toEqual({ kind: 'portfolio' });
    expect(classifyArchiveEntry(`evidence/${sha}`)).toEqual({ kind: 'evidence', sha256: sha });
    expect(classifyArchiveEntry('evidence/')).toEqual({ kind: 'directory' });
  });

  it.each([
    '/etc/passwd',
    '../portfolio.json',
    `evidence/../${sha.slice(3)}`,
    `evidence\\${sha}`,
    'C:/portfolio.json',
    `evidence/${sha.toUpperCase()}`,
    `evidence/${sha}/x`,
    `./manifest.json`,
    'Portfolio.json',
    'portfolio.json/',
    'other.txt',
    '',
  ])('refuses %j', (name) => {
    expect(classifyArchiveEntry(name)).toBeNull();
  });
});

describe('ArchiveManifest', () => {
  const valid = {
    format: 'techfolio-archive',
    formatVersion: 1,
    createdAt: '2025-01-01T00:00:00.000Z',
    appVersion: '0.1.0',
    schemaVersion: 2,
    portfolio: { sha256: sha, size: 10 },
    evidence: [{ sha256: 'b'.repeat(64), size: 3 }],
  };

  it('accepts a manifest as the writer makes it', () => {
    expect(ArchiveManifest.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['an unknown key', { ...valid, extra: 1 }],
    ['a newer format version', { ...valid, formatVersion: 2 }],
    ['a bad hash', { ...valid, portfolio: { sha256: 'xyz', size: 1 } }],
    ['a negative size', { ...valid, evidence: [{ sha256: sha, size: -1 }] }],
    ['a file listed twice', { ...valid, evidence: [{ sha256: sha, size: 1 }, { sha256: sha, size: 1 }] }],
    ['another format', { ...valid, format: 'zip' }],
  ])('refuses %s', (_name, manifest) => {
    expect(ArchiveManifest.safeParse(manifest).success).toBe(false);
  });
});

describe('isEmptyPortfolio', () => {
  it('is true only when nothing was written', () => {
    expect(isEmptyPortfolio(emptyPortfolio())).toBe(true);
    expect(isEmptyPortfolio({ ...emptyPortfolio(), cpd: [makeCpdRecord()] })).toBe(false);
    expect(isEmptyPortfolio({ ...emptyPortfolio(), profile: { ...emptyPortfolio().profile, name: 'Sam' } })).toBe(false);
  });
});

describe('describeCounts and describeBytes', () => {
  it('words counts and sizes for people', () => {
    expect(describeCounts({ cpd: 1, training: 0, evidence: 2 })).toBe('1 CPD record, 0 training records, 2 evidence items');
    expect(describeBytes(10)).toBe('1 KB');
    expect(describeBytes(840 * 1024)).toBe('840 KB');
    expect(describeBytes(12.5 * 1024 * 1024)).toBe('12.5 MB');
  });
});
