import type { SelectionRule } from '../frameworks/schema';

/** What readiness needs to know about one criterion. */
export interface ReadinessInput {
  code: string;
  hasRecentExample: boolean;
  hasOnlyOldExamples: boolean;
  statementWritten: boolean;
  statementOverLimit: boolean;
}

/**
 * One criterion's score, 0 to 1: half for evidence, half for the statement.
 *   evidence:  1 with at least one example inside the recency window, 0.5 with only older ones, 0 with none;
 *   statement: 1 when written and within the word limit, 0.5 when written but over it, 0 when not written.
 *   score = (evidence + statement) / 2
 */
export function criterionScore(c: ReadinessInput): number {
  const evidence = c.hasRecentExample ? 1 : c.hasOnlyOldExamples ? 0.5 : 0;
  const statement = c.statementWritten ? (c.statementOverLimit ? 0.5 : 1) : 0;
  return (evidence + statement) / 2;
}

export interface ReadinessResult {
  /** 0 to 100, whole percent. */
  readiness: number;
  rules: { description: string; met: boolean; chosen: string[] }[];
}

/**
 * The overall readiness of an application, 0 to 100:
 *   readiness = 100 × mean(score of each counted criterion), rounded to a whole percent, where the
 *   counted criteria are
 *   - every criterion, for a framework without selection rules;
 *   - otherwise, for each rule: "all-of" counts all its codes, "at-least n" counts the n codes
 *     with the best scores (the ones the applicant would choose). A code named by two rules counts once.
 * A rule is met when every criterion it counts has an example and a statement.
 */
export function readinessOf(inputs: readonly ReadinessInput[], rules: readonly SelectionRule[]): ReadinessResult {
  const byCode = new Map(inputs.map((c) => [c.code, c]));
  const score = (code: string) => {
    const c = byCode.get(code);
    return c ? criterionScore(c) : 0;
  };
  const complete = (code: string) => {
    const c = byCode.get(code);
    return !!c && (c.hasRecentExample || c.hasOnlyOldExamples) && c.statementWritten;
  };
  if (rules.length === 0) {
    const mean = inputs.length === 0 ? 0 : inputs.reduce((sum, c) => sum + criterionScore(c), 0) / inputs.length;
    return { readiness: Math.round(100 * mean), rules: [] };
  }
  const counted = new Set<string>();
  const ruleResults = rules.map((rule) => {
    const chosen =
      rule.kind === 'all-of'
        ? [...rule.codes]
        : [...rule.codes]
            .map((code, index) => ({ code, index, s: score(code) }))
            .sort((a, b) => b.s - a.s || a.index - b.index)
            .slice(0, rule.count)
            .map((x) => x.code);
    for (const code of chosen) counted.add(code);
    const description =
      rule.note !== '' ? rule.note : rule.kind === 'all-of' ? `All of ${rule.codes.join(', ')}` : `At least ${rule.count} of ${rule.codes.join(', ')}`;
    return { description, met: chosen.every(complete), chosen };
  });
  const codes = [...counted];
  const mean = codes.reduce((sum, code) => sum + score(code), 0) / codes.length;
  return { readiness: Math.round(100 * mean), rules: ruleResults };
}

/** How each criterion stands against the rules: named by an all-of rule, one of a choice, or neither. */
export function requirementOf(code: string, rules: readonly SelectionRule[]): 'required' | 'choice' | 'optional' {
  if (rules.length === 0) return 'required';
  if (rules.some((r) => r.kind === 'all-of' && r.codes.includes(code))) return 'required';
  if (rules.some((r) => r.kind === 'at-least' && r.codes.includes(code))) return 'choice';
  return 'optional';
}
