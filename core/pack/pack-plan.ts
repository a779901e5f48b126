import { format, parseISO, subYears } from 'date-fns';
import { coverageOf } from '../coverage/coverage';
import type { CoverageItem, CriterionCoverage, FrameworkCoverage } from '../coverage/schema';
import { countedCpdInPeriod, draftCpdInPeriod } from '../cpd/counted-records';
import { criterionWording, type CriterionWording } from '../frameworks/criterion-wording';
import type { Criterion, Framework } from '../frameworks/schema';
import type { Qualification } from '../model/career';
import type { CpdRecord } from '../model/cpd-record';
import type { EvidenceItem } from '../model/evidence';
import type { Portfolio } from '../model/portfolio';
import type { CompetenceStatement } from '../model/statement';
import { countWords } from '../text/word-count';
import { localToday } from '../format/today';
import { evidenceLabel } from './evidence-label';
import { routeRequirements, type RouteRequirements } from './route-requirements';

/** One evidence file in the pack: its number, and every criterion it is cited for. */
export interface PlannedEvidence {
  /** 1, 2, ... in the order the pack first refers to the item. */
  number: number;
  /** "Ev 7": never mistaken for a criterion code such as E1. */
  label: string;
  item: EvidenceItem;
  /** The criteria of this framework that cite it, in the framework's order. */
  codes: string[];
}

/** One record (or evidence item) that shows a criterion, with the evidence files it brings. */
export interface PlannedCitation {
  item: CoverageItem;
  evidence: PlannedEvidence[];
}

export interface PlannedCriterion {
  areaCode: string;
  areaHeading: string;
  criterion: Criterion;
  /** What may be printed as the criterion's heading and wording (never unconfirmed text as official). */
  wording: CriterionWording;
  statement: CompetenceStatement | undefined;
  words: number;
  coverage: CriterionCoverage;
  /** Exactly what coverage counts for the criterion, in coverage's order. */
  citations: PlannedCitation[];
  /** The evidence files the citations bring, each once. */
  evidence: PlannedEvidence[];
}

export interface PlannedQualification {
  qualification: Qualification;
  /** Its certificates, printed whether or not the qualification is mapped to a criterion. */
  evidence: PlannedEvidence[];
}

/** Everything the pack prints, chosen once so preflight, the writer and the CLI agree. */
export interface PackPlan {
  framework: Framework;
  portfolio: Portfolio;
  date: string;
  period: { from: string; to: string };
  coverage: FrameworkCoverage;
  criteria: PlannedCriterion[];
  qualifications: PlannedQualification[];
  /** The appendix, in number order. */
  evidence: PlannedEvidence[];
  /** Completed CPD in the period; drafts are never printed. */
  cpd: CpdRecord[];
  /** Drafts in the period, left out: the preflight says how many. */
  draftsInPeriod: number;
  /** What the route asks for besides statements, from the framework file. */
  route: RouteRequirements;
}

/** The pack's default date: the user's day (core/format/today.ts), never the UTC one. */
export { localToday as isoToday } from '../format/today';

/** The three years up to a date: the window most bodies ask CPD and examples to come from. */
export function defaultPeriod(date: string, years = 3): { from: string; to: string } {
  return { from: format(subYears(parseISO(date), years), 'yyyy-MM-dd'), to: date };
}

export function planPack(portfolio: Portfolio, framework: Framework, options: { from?: string | undefined; to?: string | undefined; date?: string | undefined }): PackPlan {
  const date = options.date ?? localToday(new Date());
  const fallback = defaultPeriod(options.to ?? date);
  const period = { from: options.from ?? fallback.from, to: options.to ?? date };
  const coverage = coverageOf(portfolio, framework, { asOf: date });
  const evidenceById = new Map(portfolio.evidence.map((e) => [e.id, e]));

  // Which criteria cite each file, in framework order: the band on its pages names them.
  const codesOf = new Map<string, string[]>();
  for (const c of coverage.criteria) for (const id of c.evidenceIds) codesOf.set(id, [...(codesOf.get(id) ?? []), c.code]);

  const numbered = new Map<string, PlannedEvidence>();
  const evidence: PlannedEvidence[] = [];
  const take = (id: string): PlannedEvidence | undefined => {
    const item = evidenceById.get(id);
    if (!item) return undefined;
    let planned = numbered.get(id);
    if (!planned) {
      const number = evidence.length + 1;
      planned = { number, label: evidenceLabel(number), item, codes: codesOf.get(id) ?? [] };
      numbered.set(id, planned);
      evidence.push(planned);
    }
    return planned;
  };
  const takeAll = (ids: readonly string[]) => ids.map(take).filter((e): e is PlannedEvidence => e !== undefined);

  // Numbered in the order the pack refers to them: qualifications come before the competence report.
  const qualifications = [...portfolio.qualifications]
    .sort((a, b) => (b.dateAwarded ?? '').localeCompare(a.dateAwarded ?? '') || a.title.localeCompare(b.title))
    .map((qualification) => ({ qualification, evidence: takeAll(qualification.evidenceIds) }));

  const statements = new Map<string, CompetenceStatement>();
  for (const s of portfolio.statements) if (s.frameworkId === framework.id) statements.set(s.code, s);
  const aliases = new Map(framework.aliases.map((a) => [a.to, a.from]));
  const byCode = new Map(coverage.criteria.map((c) => [c.code, c]));
  const criteria: PlannedCriterion[] = [];
  for (const area of framework.areas) {
    for (const criterion of area.criteria) {
      // A statement kept under an old alias still belongs to the criterion it now means.
      const alias = aliases.get(criterion.code);
      const statement = statements.get(criterion.code) ?? (alias !== undefined ? statements.get(alias) : undefined);
      const covered = byCode.get(criterion.code)!;
      const citations = covered.items.map((item) => ({ item, evidence: takeAll(item.evidenceIds) }));
      criteria.push({
        areaCode: area.code,
        areaHeading: area.heading,
        criterion,
        wording: criterionWording(framework, criterion.code, portfolio.frameworkOverrides),
        statement,
        words: statement ? countWords(statement.text) : 0,
        coverage: covered,
        citations,
        evidence: takeAll(covered.evidenceIds),
      });
    }
  }

  return {
    framework,
    portfolio,
    date,
    period,
    coverage,
    criteria,
    qualifications,
    evidence,
    cpd: countedCpdInPeriod(portfolio.cpd, period),
    draftsInPeriod: draftCpdInPeriod(portfolio.cpd, period).length,
    route: routeRequirements(portfolio, framework),
  };
}
