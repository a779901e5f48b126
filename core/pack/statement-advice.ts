import { CHECK_SUMMARIES, coachCriterionStatement } from '../writing/criterion-coaching';
import type { PackFinding } from './pack-options';
import type { PackPlan } from './pack-plan';

/**
 * The statement coach's advice as warnings: one finding per criterion, its checks summarised in a
 * line, so a pack of fifteen statements does not bury the errors under advice.
 */
export function statementAdviceFindings(plan: PackPlan): PackFinding[] {
  const out: PackFinding[] = [];
  for (const c of plan.criteria) {
    const code = c.criterion.code;
    // A missing statement is already its own finding; there is nothing to advise on.
    if (!c.statement || c.statement.text.trim() === '') continue;
    const advice = coachCriterionStatement({ framework: plan.framework, code, text: c.statement.text, coverage: plan.coverage, asOf: plan.date });
    if (advice.length === 0) continue;
    const checks = [...new Set(advice.map((a) => CHECK_SUMMARIES[a.check]))];
    out.push({
      kind: 'statement-advice',
      severity: 'warning',
      message: `Advice on the statement for ${code}: ${checks.join('; ')}. See the coach beside the statement.`,
      target: { screen: 'statement', frameworkId: plan.framework.id, code },
    });
  }
  return out;
}
