import { ApiError } from '../../core/api/errors';
import type { TechfolioApiImpl } from '../../core/api/contract';
import { localToday } from '../../core/format/today';
import type { Portfolio } from '../../core/model/portfolio';
import { buildPlanCalendar } from '../../core/plan/plan-calendar';
import { makeWritingPlan, planFor, writingPlanView } from '../../core/plan/plan-view';
import { WritingPlan } from '../../core/plan/schema';
import { safeFileName } from '../services/made-files';
import { frameworkLookup } from './framework-lookup';
import type { ApiServices } from './services';

type PlanImpl = Pick<TechfolioApiImpl, 'makeWritingPlan' | 'getWritingPlan' | 'listWritingPlans' | 'exportWritingPlanCalendar'>;

/** Writing plans: made over coverage, kept in the portfolio, shown with progress, exported to calendars. */
export function createPlanImpl({ portfolio, frameworks }: ApiServices): PlanImpl {
  const { frameworkOf, requireFramework } = frameworkLookup(frameworks.builtIn);
  const requirePlan = (p: Portfolio, id: string): WritingPlan => {
    const plan = planFor(p.writingPlans, id);
    if (!plan) throw new ApiError({ code: 'not-found', message: 'There is no writing plan for this registration yet. Make one first ("Plan my application", or `techfolio plan`).' });
    return plan;
  };
  const today = () => localToday(portfolio.now());

  return {
    makeWritingPlan: async (settings) =>
      portfolio.update((current) => {
        const framework = requireFramework(current, settings.frameworkId);
        const plan = WritingPlan.parse(makeWritingPlan(current, framework, settings, portfolio.stamp()));
        // One plan per framework: the new one replaces the old, whose sessions are now out of date.
        const next = { ...current, writingPlans: [...current.writingPlans.filter((p) => p.settings.frameworkId !== framework.id), plan] };
        return { next, result: writingPlanView(next, framework, plan, today()) };
      }),
    getWritingPlan: async (frameworkId) => {
      const p = portfolio.read();
      const plan = planFor(p.writingPlans, frameworkId);
      const framework = plan ? frameworkOf(p, frameworkId) : undefined;
      return plan && framework ? writingPlanView(p, framework, plan, today()) : null;
    },
    listWritingPlans: async () => {
      const p = portfolio.read();
      const ids = [...new Set(p.writingPlans.map((plan) => plan.settings.frameworkId))];
      return ids.flatMap((id) => {
        const framework = frameworkOf(p, id);
        const plan = planFor(p.writingPlans, id);
        return framework && plan ? [writingPlanView(p, framework, plan, today())] : [];
      });
    },
    exportWritingPlanCalendar: async (frameworkId) => {
      const p = portfolio.read();
      const framework = requireFramework(p, frameworkId);
      const text = buildPlanCalendar(requirePlan(p, frameworkId), framework, p.frameworkOverrides);
      if (text === null) throw new ApiError({ code: 'refused', message: 'The plan has no sessions: every statement is already written.' });
      return { text, fileName: safeFileName(`${framework.shortName} writing plan.ics`) };
    },
  };
}
