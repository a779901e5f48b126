import { coverageOf } from '../coverage/coverage';
import type { Framework } from '../frameworks/schema';
import type { Portfolio } from '../model/portfolio';
import type { PlanSettings, WritingPlan, WritingPlanView } from './schema';
import { criteriaDone, criteriaToWrite, nextSession, planFit, plannedCodes, scheduleSessions } from './writing-plan';

type PlanPortfolio = Pick<Portfolio, 'cpd' | 'training' | 'qualifications' | 'evidence' | 'statements' | 'activities' | 'profile'>;

const targetDateOf = (portfolio: PlanPortfolio, frameworkId: string): string | undefined =>
  portfolio.profile.targetRegistrations.find((r) => r.frameworkId === frameworkId)?.targetDate;

/** A new plan for the criteria still to write, against the profile's target date for the route. */
export function makeWritingPlan(portfolio: PlanPortfolio, framework: Framework, settings: PlanSettings, stamp: { id: string; createdAt: string; updatedAt: string }): WritingPlan {
  const coverage = coverageOf(portfolio, framework, { asOf: settings.from });
  const sessions = scheduleSessions(criteriaToWrite(coverage), settings);
  const targetDate = targetDateOf(portfolio, framework.id);
  return { ...stamp, settings, sessions, ...(targetDate ? { targetDate } : {}) };
}

/** The plan with progress as the statements stand today: done updates as statements are written. */
export function writingPlanView(portfolio: PlanPortfolio, framework: Framework, plan: WritingPlan, today: string): WritingPlanView {
  const coverage = coverageOf(portfolio, framework, { asOf: today });
  const done = criteriaDone(coverage);
  const codes = plannedCodes(plan);
  const doneCodes = codes.filter((c) => done.has(c));
  // The profile's target as it is now: moving it re-judges the plan without making it again.
  const fit = planFit(plan.sessions, targetDateOf(portfolio, framework.id) ?? plan.targetDate);
  const next = nextSession(plan, done, today);
  return {
    plan,
    frameworkShortName: framework.shortName,
    planned: codes.length,
    done: doneCodes.length,
    doneCodes,
    ...(next ? { next } : {}),
    fits: fit.fits,
    message: fit.message,
  };
}

/** The plan kept for a framework, if any (the newest wins). */
export function planFor(plans: readonly WritingPlan[], frameworkId: string): WritingPlan | undefined {
  return plans.filter((p) => p.settings.frameworkId === frameworkId).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0];
}

export type { PlanSettings };
