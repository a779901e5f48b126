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
    expect(sections[0]).toBe('\nA1 Apply knowledge of underlying concepts and principles associated with area of work\nLength: 4 words (about 300 advised) · Report: 13 words (about 5,000 advised)\n\nFirst line.\nSecond line.\n\nEvidence: Ev 1 Autoclave log\n\n');
    expect(sections[1]).toContain('[No statement written yet]');
    expect(text.split('\n')[0]).toBe('Registered Science Technician (RSciTech) competence report: Łukasz Bjørn Ŵyn');
  });

  it('names a pending criterion by its area, never by our summary, and gives the applicant\'s form wording marked as theirs', async () => {
    const portfolio = makePortfolio(new MapEvidence(), []);
    portfolio.frameworkOverrides = [{ frameworkId: 'sc-rscitech', code: 'B1', formWording: 'Take responsibility for your own work.' }];
    const sections = statementsAsText(portfolio, loadFramework(), '2026-11-20').split(/^={72}$/m).slice(1);
    expect(sections[1]!.split('\n')[1]).toBe('A2 Area A: Application of knowledge and understanding');
    expect(sections[1]).not.toContain('Using scientific knowledge and methods at work');
    expect(sections[3]!.split('\n').slice(1, 3)).toEqual(['B1 Area B: Personal responsibility', 'As given in your application form: Take responsibility for your own work.']);
  });
});
