import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { Framework } from '../../../core/frameworks/schema';
import { statementLengths } from '../../../core/writing/length-limits';
import { LengthCount } from '../../../renderer/components/WordCount';
import { rscitech } from '../screens/framework-fixtures';

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
const SOURCE = 'https://sciencecouncil.org/registration-form-guidance/';

/**
 * RSciTech with figures at every level: B2 in characters (a hard limit), area B in words (a hard
 * limit, with where it was read), and the whole report in words (guidance only).
 */
const framework = Framework.parse({
  ...rscitech.framework,
  lengthLimits: [
    { scope: 'criterion', code: 'B2', unit: 'characters', max: 2500, kind: 'limit' },
    { scope: 'area', code: 'B', unit: 'words', max: 1500, kind: 'limit', source: SOURCE, note: 'As the application form gives it.' },
    { scope: 'report', unit: 'words', min: 1000, max: 1500, kind: 'guidance' },
  ],
});

function renderLevels(texts: Record<string, string>) {
  const levels = statementLengths(framework, (code) => texts[code] ?? '')('B2');
  const result = render(<LengthCount levels={levels} id="statement-count" />);
  const list = screen.getByRole('list', { name: 'Length' });
  return { ...result, list, items: within(list).getAllByRole('listitem') };
}

async function axeViolations(container: HTMLElement): Promise<string[]> {
  // jsdom has no layout, so contrast is checked in the browser tests instead.
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.help}`);
}

describe('LengthCount', () => {
  it('shows every level, the criterion’s, its area’s and the report’s, each with its unit and whether it is a limit or advice', async () => {
    const { container, list, items } = renderLevels({ B2: words(310), B1: words(710), A1: words(200) });
    expect(items.map((li) => li.textContent)).toEqual([
      'B2: 310 words',
      'B2: 1,549 of 2,500 characters (limit)',
      'Area B: 1,020 of 1,500 words (limit) As the application form gives it. Where this figure comes from (opens in your browser)',
      'Report: 1,220 words (about 1,000–1,500 advised)',
    ]);
    // Within the limits, nothing is marked.
    expect(items.filter((li) => li.classList.contains('over'))).toEqual([]);
    expect(within(items[2]!).getByRole('link', { name: /Where this figure comes from/ })).toHaveAttribute('href', SOURCE);
    // Typing changes the count: a polite live region says so without taking focus.
    expect(list).toHaveAttribute('aria-live', 'polite');
    expect(list).toHaveAttribute('id', 'statement-count');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('marks a level over its hard limit in words and by style, and guidance that is passed only as advice', async () => {
    const { container, items } = renderLevels({ B2: words(310), B1: words(1300), A1: words(200) });
    const area = items[2]!;
    expect(area).toHaveTextContent('Area B: 1,610 of 1,500 words (limit, 110 over)');
    expect(area).toHaveClass('over');
    const report = items[3]!;
    expect(report).toHaveTextContent('Report: 1,810 words (about 1,000–1,500 advised, over)');
    // Guidance is advice: passing it is said, but not styled as a broken limit.
    expect(report).not.toHaveClass('over');
    expect(items[0]).not.toHaveClass('over');
    expect(items[1]).not.toHaveClass('over');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('marks a criterion over its own character limit', () => {
    const { items } = renderLevels({ B2: words(520) });
    expect(items[1]).toHaveTextContent('B2: 2,599 of 2,500 characters (limit, 99 over)');
    expect(items[1]).toHaveClass('over');
    expect(items[0]).toHaveTextContent('B2: 520 words');
  });
});
