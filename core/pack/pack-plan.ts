import { subYears, format, parseISO } from 'date-fns';
import type { Criterion, Framework } from '../frameworks/schema';
import type { CpdRecord } from '../model/cpd-record';
import type { EvidenceItem } from '../model/evidence';
import type { Portfolio } from '../model/portfolio';
import type { CompetenceStatement } from '../model/statement';
import { countWords } from '../text/word-count';

export interface PlannedCriterion {
  areaCode: string;
  areaHeading: string;
  criterion: Criterion;
  statement: CompetenceStatement | undefined;
  words: number;
  /** E-numbers of the evidence mapped to this criterion, in pack order. */
  evidence: PlannedEvidence[];
}

export interface PlannedEvidence {
  /** "E1", "E2", ... in the order the competence report first cites them. */
  label: string;
  item: EvidenceItem;
  /** Codes of this framework the item is mapped to. */
  codes: string[];
}

/** Everything the pack prints, chosen once so preflight and the writer agree. */
export interface PackPlan {
  framework: Framework;
  portfolio: Portfolio;
  date: string;
  period: { from: string; to: string };
  criteria: PlannedCriterion[];
  evidence: PlannedEvidence[];
  cpd: CpdRecord[];
}

export const isoToday = (now: Date = new Date()): string => format(now, 'yyyy-MM-dd');

/** The three years up to a date: the window most bodies ask CPD and examples to come from. */
export function defaultPeriod(date: string, years = 3): { from: string; to: string } {
  return { from: format(subYears(parseISO(date), years), 'yyyy-MM-dd'), to: date };
}

export function planPack(portfolio: Portfolio, framework: Framework, options: { from?: string | undefined; to?: string | undefined; date?: string | undefined }): PackPlan {
  const date = options.date ?? isoToday();
  const fallback = defaultPeriod(options.to ?? date);
  const period = { from: options.from ?? fallback.from, to: options.to ?? date };
  const aliases = new Map(framework.aliases.map((a) => [a.from, a.to]));
  const codeOf = (code: string) => aliases.get(code) ?? code;

  const byCode = new Map<string, EvidenceItem[]>();
  const codesOf = new Map<EvidenceItem, string[]>();
  const byDate = [...portfolio.evidence].sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  for (const item of byDate) {
    const codes = [...new Set(item.mappings.filter((m) => m.frameworkId === framework.id).map((m) => codeOf(m.code)))];
    if (codes.length === 0) continue;
    codesOf.set(item, codes);
    for (const code of codes) byCode.set(code, [...(byCode.get(code) ?? []), item]);
  }

  const labels = new Map<EvidenceItem, PlannedEvidence>();
  const evidence: PlannedEvidence[] = [];
  const take = (item: EvidenceItem): PlannedEvidence => {
    let planned = labels.get(item);
    if (!planned) {
      planned = { label: `E${evidence.length + 1}`, item, codes: codesOf.get(item) ?? [] };
      labels.set(item, planned);
      evidence.push(planned);
    }
    return planned;
  };

  const statements = new Map(portfolio.statements.filter((s) => s.frameworkId === framework.id).map((s) => [codeOf(s.code), s]));
  const criteria: PlannedCriterion[] = [];
  for (const area of framework.areas) {
    for (const criterion of area.criteria) {
      const statement = statements.get(criterion.code);
      criteria.push({
        areaCode: area.code,
        areaHeading: area.heading,
        criterion,
        statement,
        words: statement ? countWords(statement.text) : 0,
        evidence: (byCode.get(criterion.code) ?? []).map(take),
      });
    }
  }
  // Evidence mapped only to retired codes still belongs in the appendix.
  for (const item of codesOf.keys()) take(item);

  const cpd = portfolio.cpd
    .filter((r) => r.startDate >= period.from && r.startDate <= period.to)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title));

  return { framework, portfolio, date, period, criteria, evidence, cpd };
}
