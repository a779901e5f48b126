import type { Portfolio } from '../model/portfolio';
import { roleLengths, type LengthLevel } from '../writing/length-limits';
import type { PackFinding } from './pack-options';
import type { PackPlan } from './pack-plan';

const unitWord = (level: LengthLevel, n: number) => (level.unit === 'words' ? (n === 1 ? 'word' : 'words') : n === 1 ? 'character' : 'characters');
const figure = (n: number) => n.toLocaleString('en-GB');

function subject(level: LengthLevel): string {
  if (level.scope === 'criterion') return `The statement for ${level.code}`;
  if (level.scope === 'area') return `The statements of area ${level.code} together`;
  if (level.scope === 'report') return 'The statements together';
  return 'A job role description';
}

function describe(level: LengthLevel, what = subject(level)): string {
  const has = `${what} ${level.scope === 'criterion' || level.scope === 'role' ? 'has' : 'have'} ${figure(level.count)} ${unitWord(level, level.count)}`;
  const source = level.note ? ` ${level.note}` : '';
  if (level.kind === 'limit') {
    return level.over ? `${has}, over the limit of ${figure(level.max!)}.${source}` : `${has}, under the minimum of ${figure(level.min!)}.${source}`;
  }
  const range = level.min !== undefined && level.min !== level.max ? `${figure(level.min)}–${figure(level.max!)}` : figure(level.max!);
  return `${has}; about ${range} is advised (guidance, not a limit).${source}`;
}

/**
 * Length findings at every level: a hard limit broken is must-fix (an error), guidance missed is
 * worth a look (a warning). An area's or the report's total is reported once, not under every
 * criterion it includes.
 */
export function lengthFindings(plan: PackPlan): PackFinding[] {
  const out: PackFinding[] = [];
  const seen = new Set<string>();
  const frameworkId = plan.framework.id;
  for (const c of plan.criteria) {
    if (!c.statement || c.statement.text.trim() === '') continue;
    for (const level of c.coverage.statement.lengths) {
      if (level.kind === undefined || (!level.over && !level.under)) continue;
      const key = `${level.scope}|${level.code ?? ''}|${level.unit}|${level.kind}|${level.max}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const target = { screen: 'statement' as const, frameworkId, code: c.criterion.code };
      if (level.kind === 'limit') {
        // The message for a criterion's word limit stays as it was, so older saved reports read the same.
        const kind = level.scope === 'criterion' && level.unit === 'words' && level.over ? 'over-word-limit' : 'length-limit';
        out.push({ kind, severity: 'error', message: describe(level), target });
      } else {
        out.push({ kind: 'length-guidance', severity: 'warning', message: describe(level), target });
      }
    }
  }
  return out;
}

/** Each job role description against the framework's role figures. */
export function roleLengthFindings(portfolio: Pick<Portfolio, 'employment'>, framework: PackPlan['framework']): PackFinding[] {
  return portfolio.employment.flatMap((job) =>
    roleLengths(framework, job.description)
      .filter((level) => level.over || level.under)
      .map((level): PackFinding => ({
        kind: level.kind === 'limit' ? 'length-limit' : 'length-guidance',
        severity: level.kind === 'limit' ? 'error' : 'warning',
        message: describe(level, `The description of your role as ${job.role} at ${job.employer}`),
        target: { screen: 'employment', id: job.id },
      })),
  );
}
