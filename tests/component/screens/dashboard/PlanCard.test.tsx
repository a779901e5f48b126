import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TechfolioApi } from '../../../../core/api/contract';
import { Framework } from '../../../../core/frameworks/schema';
import { buildPlanCalendar } from '../../../../core/plan/plan-calendar';
import { makeWritingPlan, planFor, writingPlanView } from '../../../../core/plan/plan-view';
import { PlanSettings, type WritingPlan } from '../../../../core/plan/schema';
import { emptyPortfolio, Portfolio } from '../../../../core/model/portfolio';
import { withRefresh } from '../../../../renderer/api/refresh';
import { PlanCard } from '../../../../renderer/screens/dashboard/PlanCard';
import { createFakeApi } from '../../fake-api';
import { renderScreen } from '../../render-screen';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const TODAY = '2026-12-01';
const framework = Framework.parse(JSON.parse(readFileSync(path.resolve('assets/frameworks/sc-rscitech.json'), 'utf8')));
const profile = { name: 'Siân Jones', targetRegistrations: [{ frameworkId: 'sc-rscitech', targetDate: '2027-06-30' }] };

async function axeFindings(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

/** The fake API with the real planner over its statements, as electron/api/plan-impl.ts runs it. */
function fakeWithPlanner() {
  const fake = createFakeApi([], { profile });
  const plans: WritingPlan[] = [];
  const portfolio = () => Portfolio.parse({ ...emptyPortfolio(), profile: fake.getProfile(), statements: fake.statements });
  const api = fake.api as unknown as Record<keyof TechfolioApi, unknown>;
  api.makeWritingPlan = vi.fn(async (input: Parameters<TechfolioApi['makeWritingPlan']>[0]) => {
    const plan = makeWritingPlan(portfolio(), framework, PlanSettings.parse(input), { id: 'plan-000001', createdAt: '2026-12-01T09:00:00.000Z', updatedAt: '2026-12-01T09:00:00.000Z' });
    plans.splice(0, plans.length, plan);
    return writingPlanView(portfolio(), framework, plan, TODAY);
  });
  api.getWritingPlan = vi.fn(async (id: string) => {
    const plan = planFor(plans, id);
    return plan ? writingPlanView(portfolio(), framework, plan, TODAY) : null;
  });
  api.exportWritingPlanCalendar = vi.fn(async () => ({ text: buildPlanCalendar(plans[0]!, framework, [])!, fileName: 'RSciTech writing plan.ics' }));
  return fake;
}

afterEach(() => vi.restoreAllMocks());

describe('the plan card on the dashboard', () => {
  it('plans sessions by keyboard alone, shows the next session and progress, and updates as statements are written', async () => {
    const user = userEvent.setup();
    const { api } = fakeWithPlanner();
    const { container, client } = renderScreen(<PlanCard frameworkId="sc-rscitech" shortName="RSciTech" today={TODAY} />, api);
    expect(await screen.findByRole('heading', { name: 'Plan my application: RSciTech' })).toBeInTheDocument();
    expect(await axeFindings(container)).toEqual([]);

    // Two half-hours a week on Tuesday and Thursday at 12:30 are the defaults: reach the button by Tab and press Enter.
    const submit = screen.getByRole('button', { name: 'Plan the sessions' });
    for (let i = 0; i < 20 && document.activeElement !== submit; i++) await user.tab();
    expect(submit).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(await screen.findByText('0 of 15 criteria done')).toBeInTheDocument();
    expect(api.makeWritingPlan).toHaveBeenCalledWith({ frameworkId: 'sc-rscitech', sessionsPerWeek: 2, minutes: 30, days: ['tue', 'thu'], time: '12:30', from: TODAY });
    expect(screen.getByText(/Next session:/).closest('p')).toHaveTextContent('Next session: today at 12:30, 30 minutes: A1.');
    expect(screen.getByText(/15 sessions, the last on .*: within your target of 30\/06\/2027\./)).toBeInTheDocument();
    expect(await axeFindings(container)).toEqual([]);

    // Saved as the criterion screen saves it: the write refreshes what reads statements, the plan among them.
    await withRefresh(api, client).saveStatement('sc-rscitech', 'A1', 'I validated the autoclave cycle for the teaching labs.');
    expect(await screen.findByText('1 of 15 criteria done')).toBeInTheDocument();
    expect(screen.getByText(/Next session:/).closest('p')).toHaveTextContent('Next session: Thursday 3 December 2026 at 12:30, 30 minutes: A2.');
  });

  it('offers the plan as a calendar file', async () => {
    const user = userEvent.setup();
    const { api } = fakeWithPlanner();
    await api.makeWritingPlan({ frameworkId: 'sc-rscitech', sessionsPerWeek: 1, minutes: 60, days: ['mon'], time: '09:00', from: TODAY });
    const made: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (made.push(blob as Blob), 'blob:plan'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    renderScreen(<PlanCard frameworkId="sc-rscitech" shortName="RSciTech" today={TODAY} />, api);
    const button = await screen.findByRole('button', { name: 'Add to my calendar (.ics)' });
    button.focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(made).toHaveLength(1));
    const text = await made[0]!.text();
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain('SUMMARY:Write RSciTech A1 and A2');
  });
});
