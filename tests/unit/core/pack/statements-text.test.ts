import { describe, expect, it } from 'vitest';
import { statementsAsText } from '../../../../core/pack/statements-text';
import { MapEvidence, loadFramework, makePdf, makePortfolio } from './pack-fixtures';

describe('statementsAsText', () => {
  it('gives one section per criterion with its heading, word count, statement and evidence', async () => {
    const evidence = new MapEvidence();
    const portfolio = makePortfolio(evidence, [{ title: 'Autoclave log', bytes: await makePdf('x', 1), mediaType: 'application/pdf', originalName: 'log.pdf', codes: ['A1'] }]);
    portfolio.statements[0]!.text = 'First line.\r\nSecond line.';
    const text = statementsAsText(portfolio, loadFramework(), '2026-11-20');
    const sections = text.split(/^={72}$/m).slice(1);
    expect(sections).toHaveLength(15);
    expect(sections[0]).toBe('\nA1 Apply the concepts and principles behind your work\n(4 words)\n\nFirst line.\nSecond line.\n\nEvidence: E1 Autoclave log\n\n');
    expect(sections[1]).toContain('[No statement written yet]');
    expect(text.split('\n')[0]).toBe('Registered Science Technician (RSciTech) competence report: Łukasz Bjørn Ŵyn');
  });
});
