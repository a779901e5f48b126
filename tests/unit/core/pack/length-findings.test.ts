import { describe, expect, it } from 'vitest';
import { fontCharacterSet } from '../../../../core/pack/pack-document';
import { PackOptions } from '../../../../core/pack/pack-options';
import { preflightPack } from '../../../../core/pack/preflight';
import { wordCountText } from '../../../../core/pack/competence-report';
import { planPack } from '../../../../core/pack/pack-plan';
import { MapEvidence, loadFonts, loadFramework, makePortfolio } from './pack-fixtures';

const charset = fontCharacterSet(loadFonts());
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

async function preflightWith(change: (framework: ReturnType<typeof loadFramework>, portfolio: ReturnType<typeof makePortfolio>) => void) {
  const evidence = new MapEvidence();
  const portfolio = makePortfolio(evidence);
  const framework = loadFramework();
  change(framework, portfolio);
  const { findings } = await preflightPack({ portfolio, framework, options: PackOptions.parse({ frameworkId: 'sc-rscitech', date: '2026-11-20' }), evidence, charset });
  return findings.filter((f) => f.kind === 'over-word-limit' || f.kind === 'length-limit' || f.kind === 'length-guidance');
}

describe('length findings before making a pack', () => {
  it('treats a hard limit at area level as must-fix, reported once for the area', async () => {
    const findings = await preflightWith((framework, portfolio) => {
      framework.lengthLimits = [{ scope: 'area', code: 'A', unit: 'words', max: 30, kind: 'limit', note: '' }];
      portfolio.statements[0]!.text = words(40);
    });
    expect(findings).toEqual([
      { kind: 'length-limit', severity: 'error', message: 'The statements of area A together have 40 words, over the limit of 30.', target: { screen: 'statement', frameworkId: 'sc-rscitech', code: 'A1' } },
    ]);
  });

  it('treats guidance (the shipped RSciTech figures) as advice only, with its source note', async () => {
    const findings = await preflightWith((_framework, portfolio) => {
      portfolio.statements[0]!.text = words(320);
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: 'length-guidance', severity: 'warning', target: { code: 'A1' } });
    expect(findings[0]!.message).toMatch(/^The statement for A1 has 320 words; about 300 is advised \(guidance, not a limit\)\. Single source \(Lab News/);
  });

  it('counts a character limit in characters and says so', async () => {
    const findings = await preflightWith((framework, portfolio) => {
      framework.lengthLimits = [{ scope: 'criterion', code: 'A1', unit: 'characters', max: 20, kind: 'limit', note: '' }];
      portfolio.statements[0]!.text = 'Twenty-five characters!!';
    });
    expect(findings).toEqual([expect.objectContaining({ kind: 'length-limit', severity: 'error', message: 'The statement for A1 has 24 characters, over the limit of 20.' })]);
  });

  it('checks each job role description against a role limit, pointing at the employment screen', async () => {
    const findings = await preflightWith((framework, portfolio) => {
      framework.lengthLimits = [{ scope: 'role', unit: 'words', max: 5, kind: 'limit', note: '' }];
      portfolio.employment = [{ id: 'job-1', employer: 'Uni', role: 'Technician', department: '', startDate: '2020-01-01', description: words(8), createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }];
    });
    expect(findings).toEqual([{ kind: 'length-limit', severity: 'error', message: 'The description of your role as Technician at Uni has 8 words, over the limit of 5.', target: { screen: 'employment', id: 'job-1' } }]);
  });

  it('prints every level on the pack\'s length line', () => {
    const portfolio = makePortfolio(new MapEvidence());
    portfolio.statements = portfolio.statements.slice(0, 1);
    portfolio.statements[0]!.text = words(12);
    expect(wordCountText(planPack(portfolio, loadFramework(), { date: '2026-11-20' }).criteria[0]!)).toBe('12 words (about 300 advised) · Report: 12 words (about 5,000 advised)');
  });
});
