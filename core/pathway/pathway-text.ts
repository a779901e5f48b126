import { formatUkDate } from '../format/uk-date';
import { RATING_LABELS } from '../model/competence-rating';
import type { PathwayView } from './pathway-view';

/** The pathway as plain text for the command line: levels, current and target, gaps and suggestions. */
export function pathwayAsText(view: PathwayView): string {
  const name = (id: string | null) => view.levels.find((l) => l.id === id)?.name;
  const lines: string[] = [`${view.frameworkName}`, ''];
  for (const level of view.levels) {
    const mark = level.id === view.currentLevelId ? 'current' : level.id === view.targetLevelId ? 'target ' : '       ';
    lines.push(`  ${mark}  ${level.id.padEnd(12)} ${level.met ? 'met    ' : 'not met'}  ${level.metCount}/${level.expectationCount}  ${level.name}`);
  }
  lines.push('', `Current level: ${name(view.currentLevelId) ?? 'none met yet'}`);
  lines.push(`Target level:  ${name(view.targetLevelId) ?? 'the top level is reached'}`);
  const rated = view.competences.filter((c) => c.current !== null);
  lines.push('', `Ratings (${rated.length} of ${view.competences.length} competences rated):`);
  for (const c of view.competences) {
    lines.push(`  ${c.code.padEnd(6)} ${(c.current ? RATING_LABELS[c.current] : 'Not rated').padEnd(13)} ${c.ratedOn ? formatUkDate(c.ratedOn) : '          '}  ${c.heading}`);
  }
  if (view.targetLevelId !== null) {
    lines.push('', view.gaps.length === 0 ? 'Nothing left to show for the target level.' : `Still to show (${view.gaps.length}):`);
    for (const g of view.gaps) {
      lines.push(`  ${g.code.padEnd(6)} ${g.heading}: ${g.current ? RATING_LABELS[g.current] : 'not rated'}, needs ${RATING_LABELS[g.expected]}`);
      const categories = g.cpdCategories.map((c) => c.label).join(', ');
      if (g.suggestedCpd || categories) lines.push(`         Suggested CPD: ${[g.suggestedCpd, categories ? `(${categories})` : ''].filter(Boolean).join(' ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
