import { describe, expect, it } from 'vitest';
import { makeWritingPlan, writingPlanView } from '../../../../core/plan/plan-view';
import { PlanSettings } from '../../../../core/plan/schema';
import { scheduleSessions } from '../../../../core/plan/writing-plan';
import { emptyPortfolio, Portfolio } from '../../../../core/model/portfolio';
import { CompetenceStatement } from '../../../../core/model/statement';
import { loadFramework } from '../pack/pack-fixtures';

const FW = 'sc-rscitech';
const framework = loadFramework(FW);
const codes = framework.areas.flatMap((a) => a.criteria.map((c) => c.code));
const stamp = { id: 'plan-000001', createdAt: '2026-12-01T09:00:00.000Z', updatedAt: '2026-12-01T09:00:00.000Z' };
const settings = (over: Partial<PlanSettings> = {}) =>
  PlanSettings.parse({ frameworkId: FW, sessionsPerWeek: 2, minutes: 30, days: ['tue', 'thu'], time: '12:30', from: '2026-12-01', ...over });

const statement = (code: string, text: string) => CompetenceStatement.parse({ frameworkId: FW, code, text, updatedAt: stamp.updatedAt, versions: [] });
const withStatements = (portfolio: Portfolio, written: Record<string, string>): Portfolio => ({
  ...portfolio,
  statements: Object.entries(written).map(([code, text]) => statement(code, text)),
});

describe('scheduleSessions', () => {
  it('puts one criterion in each 30-minute session, on Tuesdays and Thursdays at 12:30, from the start date', () => {
    const sessions = scheduleSessions(['A1', 'A2', 'B1', 'B2', 'C1'], settings());
    // 1 December 2026 is a Tuesday.
    expect(sessions.map((s) => [s.date, s.time, s.codes])).toEqual([
      ['2026-12-01', '12:30', ['A1']],
      ['2026-12-03', '12:30', ['A2']],
      ['2026-12-08', '12:30', ['B1']],
      ['2026-12-10', '12:30', ['B2']],
      ['2026-12-15', '12:30', ['C1']],
    ]);
  });

  it('keeps to the sessions a week when more days are offered, and fits more criteria in longer sessions', () => {
    const sessions = scheduleSessions(['A1', 'A2', 'B1', 'B2', 'C1'], settings({ sessionsPerWeek: 1, minutes: 60, days: ['mon', 'wed', 'fri'] }));
    expect(sessions.map((s) => [s.date, s.codes])).toEqual([
      ['2026-12-02', ['A1', 'A2']],
      ['2026-12-07', ['B1', 'B2']],
      ['2026-12-14', ['C1']],
    ]);
  });
});

describe('a writing plan over coverage', () => {
  it('plans only criteria with no statement or one over its limit, and says when it misses the target date', () => {
    const base = withStatements(emptyPortfolio(), { A1: 'I validated the autoclave cycle.' });
    const portfolio = { ...base, profile: { ...base.profile, targetRegistrations: [{ frameworkId: FW, targetDate: '2026-12-20' }] } } as Portfolio;
    const plan = makeWritingPlan(portfolio, framework, settings(), stamp);
    const planned = plan.sessions.flatMap((s) => s.codes);
    expect(planned).toEqual(codes.filter((c) => c !== 'A1'));
    expect(plan.targetDate).toBe('2026-12-20');
    const view = writingPlanView(portfolio, framework, plan, '2026-12-01');
    expect(view.fits).toBe(false);
    expect(view.message).toMatch(/^This does not fit: the last of \d+ sessions is on .* after your target of 20\/12\/2026/);
  });

  it('counts progress as statements are written, and moves the next session on past finished ones', () => {
    const portfolio = withStatements(emptyPortfolio(), {});
    const plan = makeWritingPlan(portfolio, framework, settings(), stamp);
    const first = plan.sessions[0]!;
    const before = writingPlanView(portfolio, framework, plan, '2026-12-01');
    expect(before).toMatchObject({ planned: codes.length, done: 0, fits: true, next: first });
    const written = withStatements(portfolio, Object.fromEntries(first.codes.map((c) => [c, `For ${c} I wrote this.`])));
    const after = writingPlanView(written, framework, plan, '2026-12-01');
    expect(after.done).toBe(first.codes.length);
    expect(after.doneCodes).toEqual(first.codes);
    expect(after.next).toEqual(plan.sessions[1]);
  });

  it('plans a statement over its word limit again', () => {
    const limited = { ...framework, areas: framework.areas.map((a) => ({ ...a, criteria: a.criteria.map((c) => (c.code === 'A1' ? { ...c, wordLimit: 3 } : c)) })) };
    const everything = Object.fromEntries(codes.map((c) => [c, c === 'A1' ? 'Far too many words here.' : 'Done.']));
    const plan = makeWritingPlan(withStatements(emptyPortfolio(), everything), limited, settings(), stamp);
    expect(plan.sessions.flatMap((s) => s.codes)).toEqual(['A1']);
  });

  it('lets a portfolio saved before plans existed load, with no plans', () => {
    const old = { profile: { name: 'Siân Jones' }, statements: [statement('A1', 'I validated the autoclave cycle.')] };
    expect(Portfolio.parse(old).writingPlans).toEqual([]);
  });

  it('refuses settings that cannot be kept', () => {
    expect(PlanSettings.safeParse({ frameworkId: FW, sessionsPerWeek: 2, minutes: 30, days: ['tue', 'tue'], time: '12:30', from: '2026-12-01' }).success).toBe(false);
    expect(PlanSettings.safeParse({ frameworkId: FW, sessionsPerWeek: 2, minutes: 30, days: ['tue'], time: '25:00', from: '2026-12-01' }).success).toBe(false);
    expect(PlanSettings.safeParse({ frameworkId: FW, sessionsPerWeek: 0, minutes: 30, days: ['tue'], time: '12:30', from: '2026-12-01' }).success).toBe(false);
  });
});
