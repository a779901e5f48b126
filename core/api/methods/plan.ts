import { z } from 'zod';
import { PlanSettings, WritingPlanView } from '../../plan/schema';
import type { MethodSchema } from './method-schema';

const FrameworkIdArg = z.string().trim().min(1).max(100);

/** A plan's progress follows the statements, and its fit the profile's target date. */
const PLAN_READS = ['writingPlans', 'statements', 'profile', 'cpd', 'training', 'qualifications', 'evidence', 'activities', 'importedFrameworks', 'frameworkOverrides'] as const;

export const planMethods = {
  /** Plans writing sessions for the criteria still to write, replacing the framework's earlier plan. */
  makeWritingPlan: { args: z.tuple([PlanSettings]), result: WritingPlanView, changes: ['writingPlans'] },
  /** The framework's plan with progress, or null when there is none. */
  getWritingPlan: { args: z.tuple([FrameworkIdArg]), result: WritingPlanView.nullable(), reads: PLAN_READS },
  /** Every plan kept, with progress, for the dashboard. */
  listWritingPlans: { args: z.tuple([]), result: z.array(WritingPlanView), reads: PLAN_READS },
  /** The plan as an iCalendar file (.ics), one timed event per session. */
  exportWritingPlanCalendar: { args: z.tuple([FrameworkIdArg]), result: z.object({ text: z.string(), fileName: z.string() }), reads: PLAN_READS },
} satisfies Record<string, MethodSchema>;
