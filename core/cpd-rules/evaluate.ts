import { addMonths, format, parseISO } from 'date-fns';
import { findCategoryScheme } from '../cpd/categories';
import { countedCpdInPeriod, isCountedCpd } from '../cpd/counted-records';
import { formatUkDate } from '../format/uk-date';
import type { Goal } from '../model/career';
import type { CpdRecord } from '../model/cpd-record';
import { nextDay, previousDay, proratedTarget } from './period';
import { benefitShortfall, reflectionWords } from './reflection-quality';
import type { CpdAudit, CpdPeriod, CpdRuleResult, CpdRuleSet, CpdRuleSpec, GapExplanation } from './schema';

export interface CpdRuleContext {
  records: readonly CpdRecord[];
  goals: readonly Goal[];
  period: CpdPeriod;
  gapExplanations?: readonly GapExplanation[];
}

type Outcome = Omit<CpdRuleResult, 'ruleId' | 'title'>;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const named = (r: CpdRecord) => `"${r.title}" (${formatUkDate(r.startDate)})`;
const round1 = (n: number) => Math.round(n * 10) / 10;
const ids = (records: readonly CpdRecord[]) => records.map((r) => r.id);

function recordsPresent(spec: Extract<CpdRuleSpec, { kind: 'records-present' }>, { records, period }: CpdRuleContext): Outcome {
  const counted = countedCpdInPeriod(records, period);
  return counted.length >= spec.minimum
    ? { status: 'pass', summary: `${plural(counted.length, 'completed record')} in the period.`, missing: [], countingRecordIds: ids(counted) }
    : {
        status: 'fail',
        summary: `${plural(counted.length, 'completed record')} in the period; at least ${spec.minimum} needed.`,
        missing: ['Log your CPD activities for this period (drafts do not count until marked complete).'],
        countingRecordIds: ids(counted),
      };
}

function categorySpread(spec: Extract<CpdRuleSpec, { kind: 'category-spread' }>, { records, period }: CpdRuleContext): Outcome {
  const scheme = findCategoryScheme(spec.scheme);
  const known = new Map((scheme?.categories ?? []).map((c) => [c.id, c.label]));
  const counted = countedCpdInPeriod(records, period);
  const withCategory = counted.filter((r) => r.category !== undefined && known.has(r.category));
  const used = new Set(withCategory.map((r) => r.category!));
  const unused = [...known.entries()].filter(([id]) => !used.has(id)).map(([, label]) => label);
  const uncategorised = counted.filter((r) => r.category === undefined || !known.has(r.category));
  const usedLabels = [...known.entries()].filter(([id]) => used.has(id)).map(([, label]) => label);
  const summary = `Activities in ${plural(used.size, 'category', 'categories')}${usedLabels.length > 0 ? `: ${usedLabels.join(', ')}` : ''}.`;
  const hint = uncategorised.length > 0 ? [`${plural(uncategorised.length, 'record has', 'records have')} no category: ${uncategorised.slice(0, 5).map(named).join(', ')}${uncategorised.length > 5 ? ', …' : ''}.`] : [];
  if (used.size >= spec.minimum) return { status: 'pass', summary, missing: [], countingRecordIds: ids(withCategory) };
  const needed = spec.minimum - used.size;
  const missing = [`Add activities in ${plural(needed, 'more category', 'more categories')}, such as ${unused.join(', ')}.`, ...hint];
  if (used.size >= spec.exceptionalMinimum) {
    return { status: 'warn', summary: `${summary} ${spec.exceptionalMinimum} is accepted only in exceptional circumstances.`, missing, countingRecordIds: ids(withCategory) };
  }
  return { status: 'fail', summary, missing, countingRecordIds: ids(withCategory) };
}

function reflectionBenefit(_spec: CpdRuleSpec, { records, period }: CpdRuleContext): Outcome {
  const counted = countedCpdInPeriod(records, period);
  if (counted.length === 0) return { status: 'fail', summary: 'No completed records in the period to reflect on.', missing: ['Log your CPD activities, each with a reflection.'], countingRecordIds: [] };
  const short = counted.map((r) => ({ r, why: benefitShortfall(r.reflection) })).filter((x) => x.why !== undefined);
  const good = counted.filter((r) => benefitShortfall(r.reflection) === undefined);
  if (short.length === 0) return { status: 'pass', summary: `All ${plural(counted.length, 'record')} reflect on the benefit to practice and to users.`, missing: [], countingRecordIds: ids(good) };
  return {
    status: 'fail',
    summary: `Not yet showing the benefit to practice and to users: ${short.length} of ${plural(counted.length, 'record')}.`,
    missing: short.map(({ r, why }) => `${named(r)}: ${why}.`),
    countingRecordIds: ids(good),
  };
}

function reflectionPresent(spec: Extract<CpdRuleSpec, { kind: 'reflection-present' }>, { records, period }: CpdRuleContext): Outcome {
  const counted = countedCpdInPeriod(records, period);
  if (counted.length === 0) return { status: 'fail', summary: 'No completed records in the period.', missing: ['Log your CPD activities, each with a reflection.'], countingRecordIds: [] };
  const short = counted.filter((r) => reflectionWords(r.reflection) < spec.minimumWords);
  const good = counted.filter((r) => reflectionWords(r.reflection) >= spec.minimumWords);
  if (short.length === 0) return { status: 'pass', summary: `All ${plural(counted.length, 'record')} have a written reflection.`, missing: [], countingRecordIds: ids(good) };
  return {
    status: 'fail',
    summary: `Without a written reflection: ${short.length} of ${plural(counted.length, 'record')}.`,
    missing: short.map((r) => `${named(r)}: write what you learned or achieved (at least ${spec.minimumWords} words; it has ${reflectionWords(r.reflection)}).`),
    countingRecordIds: ids(good),
  };
}

function developmentPlan(_spec: CpdRuleSpec, { goals }: CpdRuleContext): Outcome {
  const active = goals.filter((g) => g.status !== 'dropped');
  return active.length > 0
    ? { status: 'pass', summary: `${plural(active.length, 'development goal')} in your plan.`, missing: [], countingRecordIds: [] }
    : { status: 'fail', summary: 'Your development plan has no goals.', missing: ['Add at least one development goal: what you want to learn or achieve, and by when.'], countingRecordIds: [] };
}

function evaluationAgainstObjectives(_spec: CpdRuleSpec, { records, goals, period }: CpdRuleContext): Outcome {
  const counted = countedCpdInPeriod(records, period);
  const linked = new Set(goals.flatMap((g) => g.cpdRecordIds));
  const toGoals = counted.filter((r) => linked.has(r.id));
  if (toGoals.length === 0) {
    return {
      status: 'fail',
      summary: 'No record in the period is linked to a development goal.',
      missing: [goals.length === 0 ? 'Add development goals, then link the records that work towards them.' : 'Link the records that worked towards a goal to that goal.'],
      countingRecordIds: [],
    };
  }
  const unevaluated = toGoals.filter((r) => r.outcomes.trim() === '');
  const evaluated = toGoals.filter((r) => r.outcomes.trim() !== '');
  if (unevaluated.length === 0) return { status: 'pass', summary: `${plural(evaluated.length, 'record')} linked to goals, each with its outcome recorded.`, missing: [], countingRecordIds: ids(evaluated) };
  return {
    status: 'fail',
    summary: `Linked to goals but without a recorded outcome: ${unevaluated.length} of ${plural(toGoals.length, 'record')}.`,
    missing: unevaluated.map((r) => `${named(r)}: record the outcome against its goal.`),
    countingRecordIds: ids(evaluated),
  };
}

const pointsInRange = (r: CpdRecord, min: number, max: number) => r.points !== undefined && r.points >= min * r.hours - 1e-9 && r.points <= max * r.hours + 1e-9;

function pointsPerHour(spec: Extract<CpdRuleSpec, { kind: 'points-per-hour' }>, { records, period }: CpdRuleContext): Outcome {
  const counted = countedCpdInPeriod(records, period);
  const bad = counted.filter((r) => !pointsInRange(r, spec.minimum, spec.maximum));
  const good = counted.filter((r) => pointsInRange(r, spec.minimum, spec.maximum));
  if (counted.length === 0) return { status: 'fail', summary: 'No completed records in the period.', missing: ['Log your CPD activities with their points.'], countingRecordIds: [] };
  if (bad.length === 0) return { status: 'pass', summary: `All ${plural(counted.length, 'record')} claim ${spec.minimum} to ${spec.maximum} points an hour.`, missing: [], countingRecordIds: ids(good) };
  return {
    status: 'fail',
    summary: `Points outside ${spec.minimum} to ${spec.maximum} an hour: ${bad.length} of ${plural(counted.length, 'record')}.`,
    missing: bad.map((r) =>
      r.points === undefined
        ? `${named(r)}: no points recorded; for ${r.hours} h claim ${round1(spec.minimum * r.hours)} to ${round1(spec.maximum * r.hours)}.`
        : `${named(r)}: ${r.points} points for ${r.hours} h; claim ${round1(spec.minimum * r.hours)} to ${round1(spec.maximum * r.hours)}.`,
    ),
    countingRecordIds: ids(good),
  };
}

function pointsPerYear(spec: Extract<CpdRuleSpec, { kind: 'points-per-year' }>, { records, period }: CpdRuleContext): Outcome {
  // Only points claimed at an allowed rate count; the points-per-hour rule lists the others.
  const good = countedCpdInPeriod(records, period).filter((r) => pointsInRange(r, spec.minimumPerHour, spec.maximumPerHour));
  const total = round1(good.reduce((sum, r) => sum + (r.points ?? 0), 0));
  const target = proratedTarget(spec.perYear, period);
  const summary = `${total} of ${target} points (${spec.perYear} a year over ${formatUkDate(period.from)} to ${formatUkDate(period.to)}).`;
  return total >= target
    ? { status: 'pass', summary, missing: [], countingRecordIds: ids(good) }
    : { status: 'fail', summary, missing: [`${round1(target - total)} more points needed in this period.`], countingRecordIds: ids(good) };
}

function hoursPerYear(spec: Extract<CpdRuleSpec, { kind: 'hours-per-year' }>, { records, period }: CpdRuleContext): Outcome {
  const counted = countedCpdInPeriod(records, period);
  const total = round1(counted.reduce((sum, r) => sum + r.hours, 0));
  const target = proratedTarget(spec.perYear, period);
  const summary = `${total} of ${target} hours (${spec.perYear} a year over ${formatUkDate(period.from)} to ${formatUkDate(period.to)}).`;
  return total >= target
    ? { status: 'pass', summary, missing: [], countingRecordIds: ids(counted) }
    : { status: 'fail', summary, missing: [`${round1(target - total)} more hours needed in this period.`], countingRecordIds: ids(counted) };
}

/**
 * Stretches of the period with neither an activity nor an explanation. Activities cover their days
 * (start to end); explanations cover theirs the same way, so a career break fills its gap. A
 * stretch counts as a gap when it lasts the given number of calendar months or more
 * (1 January to 31 March is three months).
 */
export function findGaps(intervals: readonly { from: string; to: string }[], period: CpdPeriod, months: number): { from: string; to: string }[] {
  const sorted = intervals
    .filter((i) => i.to >= period.from && i.from <= period.to)
    .map((i) => ({ from: i.from < period.from ? period.from : i.from, to: i.to > period.to ? period.to : i.to }))
    .sort((a, b) => a.from.localeCompare(b.from));
  const gaps: { from: string; to: string }[] = [];
  const check = (from: string, to: string) => {
    if (from > to) return;
    // The stretch from..to (inclusive) lasts `months` months or more when adding them to its first day lands on or before the day after its end.
    if (format(addMonths(parseISO(from), months), 'yyyy-MM-dd') <= nextDay(to)) gaps.push({ from, to });
  };
  let cursor = period.from; // first day not yet covered
  for (const interval of sorted) {
    if (interval.from > cursor) check(cursor, previousDay(interval.from));
    if (interval.to >= cursor) cursor = nextDay(interval.to);
  }
  check(cursor, period.to);
  return gaps;
}

function noLongGaps(spec: Extract<CpdRuleSpec, { kind: 'no-long-gaps' }>, { records, period, gapExplanations = [] }: CpdRuleContext): Outcome {
  const complete = records.filter(isCountedCpd);
  const activities = complete.map((r) => ({ from: r.startDate, to: r.endDate ?? r.startDate }));
  const gaps = findGaps([...activities, ...gapExplanations], period, spec.months);
  const counting = complete.filter((r) => (r.endDate ?? r.startDate) >= period.from && r.startDate <= period.to);
  if (gaps.length === 0) {
    return { status: 'pass', summary: `No gap of ${spec.months} months or more without an activity or an explanation.`, missing: [], countingRecordIds: ids(counting) };
  }
  return {
    status: 'fail',
    summary: `${plural(gaps.length, 'gap')} of ${spec.months} months or more without an activity or an explanation.`,
    missing: gaps.map((g) => `${formatUkDate(g.from)} to ${formatUkDate(g.to)}: log the CPD you did, or explain the gap.`),
    countingRecordIds: ids(counting),
  };
}

export function evaluateRule(spec: CpdRuleSpec, context: CpdRuleContext): CpdRuleResult {
  const outcome = ((): Outcome => {
    switch (spec.kind) {
      case 'records-present':
        return recordsPresent(spec, context);
      case 'category-spread':
        return categorySpread(spec, context);
      case 'reflection-benefit':
        return reflectionBenefit(spec, context);
      case 'reflection-present':
        return reflectionPresent(spec, context);
      case 'development-plan':
        return developmentPlan(spec, context);
      case 'evaluation-against-objectives':
        return evaluationAgainstObjectives(spec, context);
      case 'points-per-hour':
        return pointsPerHour(spec, context);
      case 'points-per-year':
        return pointsPerYear(spec, context);
      case 'hours-per-year':
        return hoursPerYear(spec, context);
      case 'no-long-gaps':
        return noLongGaps(spec, context);
    }
  })();
  return { ruleId: spec.id, title: spec.title, ...outcome };
}

/** Every rule of a body over a period; the audit fails if any rule fails. */
export function evaluateRuleSet(set: CpdRuleSet, context: CpdRuleContext): CpdAudit {
  const results = set.rules.map((spec) => evaluateRule(spec, context));
  const status = results.some((r) => r.status === 'fail') ? 'fail' : results.some((r) => r.status === 'warn') ? 'warn' : 'pass';
  return { bodyId: set.bodyId, name: set.name, period: { from: context.period.from, to: context.period.to }, status, results };
}
