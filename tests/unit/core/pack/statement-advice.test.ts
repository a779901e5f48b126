import { describe, expect, it } from 'vitest';
import { fontCharacterSet } from '../../../../core/pack/pack-document';
import { PackOptions } from '../../../../core/pack/pack-options';
import { preflightPack } from '../../../../core/pack/preflight';
import { MapEvidence, loadFonts, loadFramework, makePortfolio } from './pack-fixtures';

const charset = fontCharacterSet(loadFonts());

async function adviceFindings(change: (p: ReturnType<typeof makePortfolio>) => void = () => {}) {
  const evidence = new MapEvidence();
  const portfolio = makePortfolio(evidence);
  change(portfolio);
  const { findings } = await preflightPack({ portfolio, framework: loadFramework(), options: PackOptions.parse({ frameworkId: 'sc-rscitech', date: '2026-11-20' }), evidence, charset });
  return findings.filter((f) => f.kind === 'statement-advice');
}

describe('preflight: the statement coach\'s advice', () => {
  it('gives one warning per statement with advice, its checks summarised, pointing at the statement', async () => {
    const findings = await adviceFindings((p) => {
      p.statements[1]!.text = 'We moved the freezers. It was decided to label the racks. We checked the HPLC.';
    });
    expect(findings.map((f) => f.target.code)).toEqual(['A1', 'B1']);
    const b1 = findings.find((f) => f.target.code === 'B1')!;
    expect(b1).toEqual({
      kind: 'statement-advice',
      severity: 'warning',
      message: `Advice on the statement for B1: say "I" rather than "we"; say what resulted; too brief; use the criterion's words; spell out abbreviations. See the coach beside the statement.`,
      target: { screen: 'statement', frameworkId: 'sc-rscitech', code: 'B1' },
    });
  });

  it('says nothing about a criterion with no statement (already its own finding) and never raises an error', async () => {
    const findings = await adviceFindings();
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings.map((f) => f.target.code)).not.toContain('A2');
  });
});
