import { describe, expect, it } from 'vitest';
import { fontCharacterSet } from '../../../../core/pack/pack-document';
import { PackOptions, type PackFinding } from '../../../../core/pack/pack-options';
import { preflightPack } from '../../../../core/pack/preflight';
import { MapEvidence, loadFonts, loadFramework, makePdf, makePortfolio, type FileEvidence } from './pack-fixtures';

/** What the preflight says before a pack is made: the findings that decide whether it is a draft. */

const charset = fontCharacterSet(loadFonts());
const of = (findings: PackFinding[], kind: PackFinding['kind']) => findings.filter((f) => f.kind === kind);
const pdf = async (title: string, pages: number, codes = ['A1']): Promise<FileEvidence> => ({ title, codes, bytes: await makePdf(title, pages), mediaType: 'application/pdf', originalName: `${title}.pdf` });

async function preflight(files: FileEvidence[], change: (p: ReturnType<typeof makePortfolio>) => void = () => {}, extra: Record<string, unknown> = {}) {
  const evidence = new MapEvidence();
  const portfolio = makePortfolio(evidence, files);
  change(portfolio);
  return preflightPack({ portfolio, framework: loadFramework(), options: PackOptions.parse({ frameworkId: 'sc-rscitech', date: '2026-11-20', ...extra }), evidence, charset });
}

describe('preflight: what the pack will really print', () => {
  it('says which evidence will print as a placeholder, before the pack is made', async () => {
    const whole = await makePdf('Broken', 3);
    const cut: FileEvidence = { title: 'Half-downloaded report', codes: ['B1'], bytes: whole.slice(0, Math.floor(whole.length / 2)), mediaType: 'application/pdf', originalName: 'report.pdf' };
    const { findings } = await preflight([cut, await pdf('Good log', 1)]);
    expect(of(findings, 'evidence-unreadable')).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/^Ev \d “Half-downloaded report” \(report\.pdf\) is damaged or incomplete, so the pack would show a placeholder page instead\./), target: expect.objectContaining({ screen: 'evidence' }) }),
    ]);
  });

  it('counts only the pages chosen, warns when one item passes the page budget, and when the whole pack does', async () => {
    const manual = await pdf('Instrument manual', 40);
    const within = await preflight([manual], (p) => {
      if (p.evidence[0]?.kind === 'file') p.evidence[0].pages = '12-14';
    }, { pageBudget: 30 });
    expect(of(within.findings, 'evidence-over-page-budget')).toEqual([]);
    expect(of(within.findings, 'over-page-budget')).toEqual([]);

    const whole = await preflight([manual], () => {}, { pageBudget: 30 });
    expect(of(whole.findings, 'evidence-over-page-budget')).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('adds 40 pages, over the 30-page budget on its own') })]);
    expect(of(whole.findings, 'over-page-budget')).toEqual([expect.objectContaining({ message: expect.stringMatching(/about \d+ pages, over the 30-page budget/) })]);
    expect(whole.pages).toBeGreaterThan(within.pages + 30);
  });

  it('reports pages chosen outside the document as must-fix', async () => {
    const { findings } = await preflight([await pdf('Short note', 3)], (p) => {
      if (p.evidence[0]?.kind === 'file') p.evidence[0].pages = '10-12';
    });
    expect(of(findings, 'evidence-pages-outside')).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('(10-12) are not in the document, which has 3 pages') })]);
  });

  it('says how many drafts in the period the pack leaves out', async () => {
    const { findings } = await preflight([], (p) => {
      p.cpd[0]!.status = 'draft';
      p.cpd[1]!.status = 'draft';
    });
    expect(of(findings, 'drafts-in-period')).toEqual([
      { kind: 'drafts-in-period', severity: 'warning', message: '2 draft CPD records in this period are left out of the pack and every total. Finish them in the CPD log to include them.', target: { screen: 'cpd' } },
    ]);
    expect(of((await preflight([])).findings, 'drafts-in-period')).toEqual([]);
  });

  it('asks for a nominated supporter with an email where the route needs one', async () => {
    const none = await preflight([]);
    expect(of(none.findings, 'no-nominated-supporter')).toHaveLength(1);
    const named = await preflight([], (p) => {
      p.profile.targetRegistrations[0]!.nominatedSupporterId = p.supporters[0]!.id;
      p.supporters[0]!.email = '';
    });
    expect(of(named.findings, 'no-nominated-supporter')).toEqual([]);
    expect(of(named.findings, 'supporter-without-email')).toEqual([expect.objectContaining({ severity: 'error' })]);
  });

  it('lists a mapping to a code the edition no longer has, since it shows nothing', async () => {
    const { findings } = await preflight([await pdf('Old mapping', 1, ['Z9'])]);
    expect(of(findings, 'unresolved-mapping')).toEqual([expect.objectContaining({ message: expect.stringContaining('“Old mapping” is mapped to Z9, which RSciTech no longer has') })]);
  });
});
