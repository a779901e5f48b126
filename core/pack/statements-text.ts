import { criterionWording, wordingBelowHeading, WORDING_SOURCE_LABELS } from '../frameworks/criterion-wording';
import type { Framework } from '../frameworks/schema';
import { formatUkDate } from '../format/uk-date';
import type { Portfolio } from '../model/portfolio';
import { lengthLevelsUnderHeading } from '../writing/length-limits';
import { planPack } from './pack-plan';

/**
 * The competence statements as plain text, one section per criterion, for pasting into a body's
 * online application form. Line breaks inside statements are kept; nothing is wrapped.
 */
export function statementsAsText(portfolio: Portfolio, framework: Framework, date: string): string {
  const plan = planPack(portfolio, framework, { date });
  const name = portfolio.profile.name;
  const lines: string[] = [
    `${framework.name} (${framework.shortName}) competence report${name ? `: ${name}` : ''}`,
    `Exported ${formatUkDate(date)}. ${framework.edition}.`,
    '',
  ];
  for (const c of plan.criteria) {
    // Only the official wording or the applicant's own form wording is exported; never our summary.
    const w = criterionWording(framework, c.criterion.code, portfolio.frameworkOverrides);
    lines.push('='.repeat(72), `${w.code} ${w.heading}`);
    const below = wordingBelowHeading(w);
    if (below) lines.push(w.source === 'applicant' ? `${WORDING_SOURCE_LABELS.applicant}: ${below}` : below);
    lines.push(`Length: ${lengthLevelsUnderHeading(c.coverage.statement.lengths)}`);
    lines.push('');
    lines.push(c.statement?.text.trim() ? c.statement.text.replace(/\r\n?/g, '\n').trimEnd() : '[No statement written yet]');
    if (c.evidence.length > 0) lines.push('', `Evidence: ${c.evidence.map((e) => `${e.label} ${e.item.title}`).join('; ')}`);
    lines.push('');
  }
  return lines.join('\n');
}
