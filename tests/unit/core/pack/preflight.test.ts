import { describe, expect, it } from 'vitest';
import { fontCharacterSet } from '../../../../core/pack/pack-document';
import { PackOptions, type PackFinding } from '../../../../core/pack/pack-options';
import { preflightPack } from '../../../../core/pack/preflight';
import { MapEvidence, loadFonts, loadFramework, makePdf, makePortfolio, type FileEvidence } from './pack-fixtures';

const charset = fontCharacterSet(loadFonts());
const options = (extra: Partial<PackOptions> = {}) => PackOptions.parse({ frameworkId: 'sc-rscitech', date: '2026-11-20', ...extra });

async function findingsFor(files: FileEvidence[], change: (p: ReturnType<typeof makePortfolio>, e: MapEvidence) => void = () => {}, extra: Partial<PackOptions> = {}) {
  const evidence = new MapEvidence();
  const portfolio = makePortfolio(evidence, files);
  const framework = loadFramework();
  change(portfolio, evidence);
  return preflightPack({ portfolio, framework, options: options(extra), evidence, charset });
}

const of = (findings: PackFinding[], kind: PackFinding['kind']) => findings.filter((f) => f.kind === kind);
const pdfFile = async (title: string, codes: string[], date = '2025-04-01'): Promise<FileEvidence> => ({ title, codes, date, bytes: await makePdf(title, 1), mediaType: 'application/pdf', originalName: `${title}.pdf` });

describe('preflightPack', () => {
  it('reports each criterion without a statement as an error pointing at its statement screen', async () => {
    const { findings } = await findingsFor([]);
    const missing = of(findings, 'missing-statement');
    expect(missing.map((f) => f.target.code)).toEqual(['A2', 'A3', 'B2', 'B3', 'B4', 'C1', 'C2', 'C3', 'D1', 'D2', 'D3', 'E1', 'E2']);
    expect(missing[0]).toMatchObject({ severity: 'error', target: { screen: 'statement', frameworkId: 'sc-rscitech', code: 'A2' } });
  });

  it('reports a missing name as an error pointing at the profile', async () => {
    const { findings } = await findingsFor([], (p) => {
      p.profile.name = '';
    });
    expect(of(findings, 'missing-name')).toEqual([expect.objectContaining({ severity: 'error', target: { screen: 'profile' } })]);
    expect(of((await findingsFor([])).findings, 'missing-name')).toEqual([]);
  });

  it('reports a statement over its word limit with the count and the limit', async () => {
    const evidence = new MapEvidence();
    const portfolio = makePortfolio(evidence);
    const framework = loadFramework();
    framework.areas[0]!.criteria[0]!.wordLimit = 10;
    const { findings } = await preflightPack({ portfolio, framework, options: options(), evidence, charset });
    expect(of(findings, 'over-word-limit')).toEqual([
      { kind: 'over-word-limit', severity: 'error', message: 'The statement for A1 has 22 words, over the limit of 10.', target: { screen: 'statement', frameworkId: 'sc-rscitech', code: 'A1' } },
    ]);
  });

  it('warns about criteria that cite no evidence', async () => {
    const { findings } = await findingsFor([await pdfFile('Autoclave log', ['A1'])]);
    const codes = of(findings, 'no-evidence').map((f) => f.target.code);
    expect(codes).not.toContain('A1');
    expect(codes).toContain('B1');
  });

  it('reports evidence files that are missing or changed since they were added', async () => {
    const files = [await pdfFile('Lost log', ['A1']), await pdfFile('Edited log', ['B1'])];
    const { findings } = await findingsFor(files, (p, e) => {
      const [lost, edited] = p.evidence;
      if (lost?.kind !== 'file' || edited?.kind !== 'file') throw new Error('fixture');
      e.files.delete(lost.file.sha256);
      e.files.set(edited.file.sha256, new Uint8Array([1, 2, 3]));
    });
    expect(of(findings, 'evidence-missing')).toHaveLength(1);
    expect(of(findings, 'evidence-missing')[0]!.message).toContain('Lost log');
    expect(of(findings, 'evidence-changed')[0]!.message).toContain('Edited log');
    expect(of(findings, 'evidence-changed')[0]!.target.screen).toBe('evidence');
  });

  it('warns about examples older than three years', async () => {
    const { findings } = await findingsFor([await pdfFile('Old induction', ['E1'], '2023-11-19'), await pdfFile('Recent audit', ['E2'], '2023-11-21')]);
    const old = of(findings, 'evidence-old');
    expect(old).toHaveLength(1);
    expect(old[0]!.message).toContain('Old induction');
    expect(old[0]!.message).toContain('19/11/2023');
  });

  it('reports characters no bundled font has, with where they are, before anything is drawn', async () => {
    const { findings } = await findingsFor([], (p) => {
      p.statements[1]!.text = 'Labelled the 冷凍庫 with 🧪 stickers; Łódź and Øresund print fine.';
      p.profile.name = 'Zoë 王';
    });
    const found = of(findings, 'unprintable-characters');
    expect(found.map((f) => f.target)).toEqual([{ screen: 'profile' }, { screen: 'statement', frameworkId: 'sc-rscitech', code: 'B1' }]);
    expect(found[1]!.message).toContain('冷 (U+51B7)');
    expect(found[1]!.message).toContain('🧪 (U+1F9EA)');
    expect(found[1]!.message).not.toContain('Ł');
  });

  it('estimates the size, offers lower image resolutions, and warns when over the budget', async () => {
    const photo: FileEvidence = { title: 'Photo', codes: ['C1'], bytes: new Uint8Array(4 * 1024 * 1024), mediaType: 'image/jpeg', originalName: 'photo.jpg' };
    const files = Array.from({ length: 6 }, (_, i) => ({ ...photo, title: `Photo ${i}`, bytes: new Uint8Array(4 * 1024 * 1024).fill(i) }));
    const report = await findingsFor(files, () => {}, { maxMb: 1.2 });
    expect(report.size.budgetBytes).toBe(1.2 * 1024 * 1024);
    expect(report.size.atDpi.map((d) => d.imageDpi)).toEqual([200, 150, 100]);
    const [at200, at150, at100] = report.size.atDpi.map((d) => d.bytes);
    expect(at200!).toBeGreaterThan(at150!);
    expect(at150!).toBeGreaterThan(at100!);
    const over = of(report.findings, 'over-size-budget');
    expect(over).toHaveLength(1);
    expect(over[0]!.target).toEqual({ screen: 'pack' });
    expect(over[0]!.message).toContain('at 100 dpi');
  });

  it('finds nothing about size under the default 20 MB budget', async () => {
    const report = await findingsFor([await pdfFile('Small', ['A1'])]);
    expect(report.size.budgetBytes).toBe(20 * 1024 * 1024);
    expect(of(report.findings, 'over-size-budget')).toEqual([]);
  });
});
