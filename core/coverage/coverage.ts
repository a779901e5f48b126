import { format, parseISO, subYears } from 'date-fns';
import { allCriteria, indexCodes } from '../frameworks/codes';
import type { Framework } from '../frameworks/schema';
import type { CompetenceStatement } from '../model/statement';
import { statementLengths } from '../writing/length-limits';
import type { Portfolio } from '../model/portfolio';
import { mappedItems, type MappedItem } from './mapped-items';
import { readinessOf, requirementOf } from './readiness';
import type { CoverageItem, CoverageMatrix, CriterionCoverage, FrameworkCoverage, UnresolvedMapping } from './schema';

export const DEFAULT_RECENT_YEARS = 3;

export interface CoverageInput {
  framework: Framework;
  items: readonly MappedItem[];
  statements: readonly CompetenceStatement[];
  /** YYYY-MM-DD; examples are judged old against it. */
  asOf: string;
  recentYears?: number;
}

/**
 * How well the portfolio covers one framework. Every mapping is visited once and indexed by its
 * resolved code, so the cost is linear in the number of mappings (2,000 records × 15 criteria is
 * a single pass), never items × criteria.
 */
export function computeCoverage({ framework, items, statements, asOf, recentYears }: CoverageInput): FrameworkCoverage {
  const years = recentYears ?? framework.requirements.examplesWithinYears ?? DEFAULT_RECENT_YEARS;
  const cutoff = format(subYears(parseISO(asOf), years), 'yyyy-MM-dd');
  const index = indexCodes(framework);

  const byCode = new Map<string, CoverageItem[]>(index.codes.map((code) => [code, []]));
  const columnsOf = new Map<string, number[]>(index.codes.map((code) => [code, []]));
  const columns: CoverageMatrix['columns'] = [];
  const unresolved: UnresolvedMapping[] = [];
  const seen = new Set<string>();
  const drafts = new Map<string, Set<string>>();

  for (const item of items) {
    let column = -1;
    for (const mapping of item.mappings) {
      if (mapping.frameworkId !== framework.id) continue;
      const resolved = index.resolve(mapping.code);
      if (item.draft) {
        // A draft shows nothing yet; it is only counted so the screen can say it is waiting.
        if (resolved.kind === 'current' || resolved.kind === 'alias') drafts.set(resolved.code, (drafts.get(resolved.code) ?? new Set()).add(item.id));
        continue;
      }
      if (resolved.kind === 'retired' || resolved.kind === 'unknown') {
        unresolved.push({
          kind: item.kind,
          id: item.id,
          title: item.title,
          code: mapping.code,
          note: mapping.note,
          reason: resolved.kind,
          ...(resolved.kind === 'retired' ? { retiredHeading: resolved.heading } : {}),
        });
        continue;
      }
      const list = byCode.get(resolved.code)!;
      // The same item mapped twice to one criterion (say as D4 and D3) still counts once.
      const key = `${resolved.code}\u0000${item.kind}\u0000${item.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (column < 0) {
        column = columns.length;
        columns.push({ kind: item.kind, id: item.id, title: item.title, ...(item.date !== undefined ? { date: item.date } : {}) });
      }
      list.push({
        kind: item.kind,
        id: item.id,
        title: item.title,
        ...(item.date !== undefined ? { date: item.date } : {}),
        note: mapping.note,
        ...(resolved.kind === 'alias' ? { viaAlias: resolved.from } : {}),
        old: item.date !== undefined && item.date < cutoff,
        ...(item.hours !== undefined ? { hours: item.hours } : {}),
        evidenceIds: [...item.evidenceIds],
      });
      columnsOf.get(resolved.code)!.push(column);
    }
  }

  const statementByCode = new Map<string, CompetenceStatement>();
  for (const statement of statements) {
    if (statement.frameworkId !== framework.id) continue;
    const resolved = index.resolve(statement.code);
    if (resolved.kind !== 'current' && resolved.kind !== 'alias') continue;
    // A statement written under the current code wins over one kept under an old alias.
    if (resolved.kind === 'alias' && statementByCode.has(resolved.code)) continue;
    statementByCode.set(resolved.code, statement);
  }

  const lengthsOf = statementLengths(framework, (code) => statementByCode.get(code)?.text ?? '');
  const criteria: CriterionCoverage[] = allCriteria(framework).map(({ criterion, area }) => {
    const list = (byCode.get(criterion.code) ?? []).sort(newestFirst);
    const evidenceIds = [...new Set(list.flatMap((i) => i.evidenceIds))];
    const dated = list.filter((i) => i.date !== undefined).map((i) => i.date!);
    const latestDate = dated.length > 0 ? dated.reduce((a, b) => (a > b ? a : b)) : undefined;
    const lengths = lengthsOf(criterion.code);
    const words = lengths.find((l) => l.scope === 'criterion' && l.unit === 'words')?.count ?? 0;
    const limit = lengths.find((l) => l.scope === 'criterion' && l.unit === 'words' && l.kind === 'limit')?.max;
    return {
      code: criterion.code,
      areaCode: area.code,
      heading: criterion.heading,
      wordingStatus: criterion.wordingStatus,
      required: requirementOf(criterion.code, framework.selectionRules),
      items: list,
      itemCount: list.length,
      evidenceIds,
      draftsLeftOut: drafts.get(criterion.code)?.size ?? 0,
      ...(latestDate !== undefined ? { latestDate } : {}),
      // An undated qualification is not "old": nothing says it is.
      onlyOldExamples: list.length > 0 && list.every((i) => i.old),
      statement: {
        written: words > 0,
        words,
        ...(limit !== undefined ? { wordLimit: limit } : {}),
        overLimit: lengths.some((l) => l.scope === 'criterion' && l.kind === 'limit' && l.over),
        lengths,
      },
      gap: list.length === 0,
    };
  });

  const { readiness, rules } = readinessOf(
    criteria.map((c) => ({
      code: c.code,
      hasRecentExample: c.itemCount > 0 && !c.onlyOldExamples,
      hasOnlyOldExamples: c.onlyOldExamples,
      statementWritten: c.statement.written,
      statementOverLimit: c.statement.overLimit,
    })),
    framework.selectionRules,
  );

  return {
    frameworkId: framework.id,
    asOf,
    recentYears: years,
    criteria,
    unresolved,
    summary: {
      criteriaCount: criteria.length,
      evidencedCount: criteria.filter((c) => !c.gap).length,
      statementCount: criteria.filter((c) => c.statement.written).length,
      gapCodes: criteria.filter((c) => c.gap).map((c) => c.code),
      oldOnlyCodes: criteria.filter((c) => c.onlyOldExamples).map((c) => c.code),
      overLimitCodes: criteria.filter((c) => c.statement.overLimit).map((c) => c.code),
      readiness,
      rules,
    },
    matrix: { columns, rows: criteria.map((c) => ({ code: c.code, columns: columnsOf.get(c.code) ?? [] })) },
  };
}

/** Newest first, undated last; ties by title then id, so every consumer lists them alike. */
function newestFirst(a: CoverageItem, b: CoverageItem): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The one answer to "what shows this criterion" for a portfolio: which records and which evidence
 * files each criterion of the framework cites, with statements and readiness. Coverage, the
 * criterion screen, the dashboard, the preflight, the pack and the CLI all ask this function.
 */
export function coverageOf(
  portfolio: Pick<Portfolio, 'cpd' | 'training' | 'qualifications' | 'evidence' | 'statements'> & Partial<Pick<Portfolio, 'activities'>>,
  framework: Framework,
  options: { asOf: string; recentYears?: number | undefined },
): FrameworkCoverage {
  return computeCoverage({
    framework,
    items: mappedItems(portfolio),
    statements: portfolio.statements,
    asOf: options.asOf,
    ...(options.recentYears !== undefined ? { recentYears: options.recentYears } : {}),
  });
}
