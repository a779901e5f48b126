import type { CarryOverSummary, UpgradeCriterion, UpgradeView } from './schema';

const markText = (c: UpgradeCriterion) => (c.mark === 'new' ? ' [new]' : c.mark === 'raised' ? ' [asks more]' : '');
const progress = (c: UpgradeCriterion) => `${c.statementWords} words, ${c.mappedCount} mapped`;
// A pending heading is our own summary, never the standard's wording; say so.
const heading = (c: UpgradeCriterion) => (c.wordingStatus === 'confirmed' ? c.heading : `${c.heading} (our summary)`);

/** The side-by-side view as plain text, one area after another. */
export function upgradeViewAsText(view: UpgradeView): string {
  const lines = [`${view.from.shortName} → ${view.to.shortName}`, view.basis, ...(view.note ? [view.note] : []), ''];
  for (const area of view.areas) {
    lines.push(`Area ${area.code}: ${area.higherHeading ?? area.lowerHeading ?? ''}`);
    for (const c of area.lower) lines.push(`  ${view.from.shortName} ${c.code}  ${heading(c)} (${progress(c)}) → ${c.counterparts.length > 0 ? c.counterparts.join(', ') : 'not carried over'}`);
    for (const c of area.higher) lines.push(`  ${view.to.shortName} ${c.code}${markText(c)}  ${heading(c)} (${progress(c)}) ← ${c.counterparts.length > 0 ? c.counterparts.join(', ') : 'nothing'}`);
    lines.push('');
  }
  if (view.unknownFromCodes.length > 0) lines.push(`Codes the correspondence names that ${view.from.shortName} does not have: ${view.unknownFromCodes.join(', ')}.`, '');
  return lines.join('\n');
}

/** What a carry-over did, or would do in a dry run. */
export function carryOverAsText(summary: CarryOverSummary): string {
  const would = summary.dryRun ? 'Would carry' : 'Carried';
  const lines: string[] = [];
  lines.push(
    summary.statementsCarried.length > 0
      ? `${would} ${summary.statementsCarried.length} statement${summary.statementsCarried.length === 1 ? '' : 's'} over to ${summary.to.shortName} as drafts: ${summary.statementsCarried.map((s) => `${s.code} (from ${s.from.join(', ')})`).join('; ')}.`
      : `No statement to carry over to ${summary.to.shortName}.`,
  );
  if (summary.statementsKept.length > 0) lines.push(`Kept your own ${summary.to.shortName} statements for ${summary.statementsKept.join(', ')}; they were not changed.`);
  const mapped = summary.mappingsAdded.reduce((n, m) => n + m.codes.length, 0);
  lines.push(mapped > 0 ? `${summary.dryRun ? 'Would add' : 'Added'} ${mapped} mapping${mapped === 1 ? '' : 's'} to ${summary.mappingsAdded.length} record${summary.mappingsAdded.length === 1 ? '' : 's'}.` : 'No mapping to add.');
  if (summary.raised.length > 0) lines.push(`Asks more in ${summary.to.shortName}: ${summary.raised.join(', ')}. Rework these drafts to the higher level.`);
  if (summary.new.length > 0) lines.push(`New in ${summary.to.shortName}, with nothing to carry: ${summary.new.join(', ')}.`);
  if (summary.dryRun) lines.push('Dry run: nothing was saved.');
  return `${lines.join('\n')}\n`;
}
