import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import rsciJson from '../../../../assets/frameworks/sc-rsci.json';
import type { LoadedFramework } from '../../../../core/frameworks/registry';
import { Framework } from '../../../../core/frameworks/schema';
import { CpdRecord } from '../../../../core/model/cpd-record';
import { CompetenceStatement } from '../../../../core/model/statement';
import type { UpgradeView } from '../../../../core/upgrade/schema';
import { FrameworksScreen } from '../../../../renderer/screens/frameworks/FrameworksScreen';
import { createFakeApi } from '../../fake-api';
import { renderScreen } from '../../render-screen';
import { coverageOf, rscitech } from '../framework-fixtures';

const rsci: LoadedFramework = { origin: 'built-in', framework: Framework.parse(rsciJson), overrides: [], unmatchedOverrides: [] };
const STAMP = '2025-10-02T10:00:00.000Z';
const statement = (frameworkId: string, code: string, text: string) => CompetenceStatement.parse({ frameworkId, code, text, updatedAt: STAMP });
const course = CpdRecord.parse({
  id: 'course-0001',
  title: 'Radiation protection course',
  startDate: '2025-09-01',
  hours: 7,
  mappings: [{ frameworkId: 'sc-rscitech', code: 'B2', note: '' }],
  createdAt: STAMP,
  updatedAt: STAMP,
});

async function axeViolations(container: HTMLElement): Promise<string[]> {
  // jsdom has no layout, so contrast is checked in the browser tests instead.
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.help}`);
}

/** RSciTech statements for A1 and B1 and a course mapped to B2; the user's own RSci B1 already written. */
function setup({ statements = [statement('sc-rscitech', 'A1', 'I planned the shielding for the new X-ray room.'), statement('sc-rscitech', 'B1', 'I ran the lab induction.'), statement('sc-rsci', 'B1', 'My own RSci account of leading inductions.')], cpd = [course] } = {}) {
  return createFakeApi(cpd, {
    frameworks: [rscitech, rsci],
    statements,
    coverage: { 'sc-rsci': coverageOf([], [], rsci), 'sc-rscitech': coverageOf([], []) },
  });
}

const openRsci = (api: ReturnType<typeof setup>['api']) => renderScreen(<FrameworksScreen />, api, { path: '/frameworks/sc-rsci', pattern: '/frameworks/:id' });

describe('Upgrade from a lower register on the Frameworks screen', () => {
  it('shows RSciTech and RSci side by side by area, with the user’s progress, what asks more, and whose correspondence it is', async () => {
    const { api } = setup();
    const { container } = openRsci(api);
    const section = await screen.findByRole('region', { name: 'Upgrade from RSciTech' });
    expect(within(section).getByText(/This correspondence is ours, not the standard-setter/)).toBeInTheDocument();
    const areaA = within(section).getByRole('region', { name: /^Area A:/ });
    const lowerA = within(areaA).getByRole('list', { name: 'RSciTech criteria' });
    const lowerA1 = within(lowerA).getAllByRole('listitem')[0]!;
    expect(lowerA1).toHaveTextContent('A1');
    expect(lowerA1).toHaveTextContent('Statement: 9 words · 0 items mapped · goes to RSci A1');
    const higherA1 = within(within(areaA).getByRole('list', { name: 'RSci criteria' })).getAllByRole('listitem')[0]!;
    expect(higherA1).toHaveTextContent('Asks more');
    expect(higherA1).toHaveTextContent('No statement · 0 items mapped · from RSciTech A1');
    const areaB = within(section).getByRole('region', { name: /^Area B:/ });
    expect(within(within(areaB).getByRole('list', { name: 'RSciTech criteria' })).getAllByRole('listitem')[1]).toHaveTextContent('1 item mapped');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows when only a mapping to RSciTech exists, and not when RSciTech has neither statements nor mappings', async () => {
    const mappedOnly = setup({ statements: [] });
    const first = openRsci(mappedOnly.api);
    expect(await screen.findByRole('region', { name: 'Upgrade from RSciTech' })).toBeInTheDocument();
    first.unmount();

    const untouched = setup({ statements: [statement('sc-rsci', 'A1', 'Written straight for RSci.')], cpd: [] });
    openRsci(untouched.api);
    await waitFor(() => expect(untouched.api.getUpgradeView).toHaveBeenCalledWith('sc-rscitech', 'sc-rsci'));
    // The view has arrived, and shows no RSciTech work: so the section stays away.
    const view: UpgradeView = await untouched.api.getUpgradeView.mock.results[0]!.value;
    expect(view.areas.flatMap((a) => a.lower).every((c) => c.statementWords === 0 && c.mappedCount === 0)).toBe(true);
    await screen.findByTestId('readiness-figure');
    expect(screen.queryByRole('region', { name: 'Upgrade from RSciTech' })).not.toBeInTheDocument();
  });

  it('does not show on RSciTech itself, which no file declares an upgrade to', async () => {
    const { api } = setup();
    renderScreen(<FrameworksScreen />, api, { path: '/frameworks/sc-rscitech', pattern: '/frameworks/:id' });
    await waitFor(() => expect(api.listUpgrades).toHaveBeenCalled());
    await screen.findByTestId('readiness-figure');
    expect(screen.queryByRole('region', { name: /Upgrade from/ })).not.toBeInTheDocument();
    expect(api.getUpgradeView).not.toHaveBeenCalled();
  });

  it('previews without changing anything, and moves focus to the preview', async () => {
    const user = userEvent.setup();
    const fake = setup();
    const before = structuredClone({ statements: fake.statements, records: fake.records });
    openRsci(fake.api);
    const section = await screen.findByRole('region', { name: 'Upgrade from RSciTech' });
    await user.click(within(section).getByRole('button', { name: 'Preview' }));
    const heading = await within(section).findByRole('heading', { name: 'Preview: what carrying over would do' });
    expect(heading).toHaveFocus();
    const status = within(section).getByRole('status');
    expect(status).toHaveTextContent('Would carry 1 statement to RSci as drafts: A1 (from A1).');
    expect(status).toHaveTextContent('Would add 1 mapping to 1 record or evidence item.');
    expect(status).toHaveTextContent('Left as they are, because you had already written your own RSci statement for them: B1.');
    expect(status).toHaveTextContent('nothing was saved');
    expect(fake.api.carryOverUpgrade).toHaveBeenCalledWith('sc-rscitech', 'sc-rsci', { dryRun: true });
    expect({ statements: fake.statements, records: fake.records }).toEqual(before);
  });

  it('asks first, then carries over by keyboard alone: one call, drafts marked as carried over, the user’s own statement untouched, a summary announced and focused', async () => {
    const user = userEvent.setup();
    const fake = setup();
    const { container } = openRsci(fake.api);
    const section = await screen.findByRole('region', { name: 'Upgrade from RSciTech' });
    within(section).getByRole('button', { name: 'Preview' }).focus();
    await user.tab();
    expect(within(section).getByRole('button', { name: 'Carry over…' })).toHaveFocus();
    await user.keyboard('{Enter}');

    const dialog = await screen.findByRole('alertdialog', { name: 'Carry over from RSciTech to RSci?' });
    expect(dialog).toHaveTextContent('as a draft, marked as carried over');
    expect(dialog).toHaveTextContent('Where you have already written your own RSci statement, it is never replaced');
    expect(dialog).toHaveTextContent('also mapped to the RSci criteria');
    expect(fake.api.carryOverUpgrade).not.toHaveBeenCalled();
    // Cancel has focus first; the next control is the confirmation.
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Carry over' })).toHaveFocus();
    await user.keyboard('{Enter}');

    const heading = await within(section).findByRole('heading', { name: 'What was carried over' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(fake.api.carryOverUpgrade).toHaveBeenCalledTimes(1);
    expect(fake.api.carryOverUpgrade).toHaveBeenCalledWith('sc-rscitech', 'sc-rsci', { dryRun: false });
    const status = within(section).getByRole('status');
    expect(status).toHaveTextContent('Carried 1 statement to RSci as drafts: A1 (from A1).');
    expect(status).toHaveTextContent('Added 1 mapping to 1 record or evidence item.');
    expect(status).toHaveTextContent('Left as they are, because you had already written your own RSci statement for them: B1.');

    const a1 = fake.statements.find((s) => s.frameworkId === 'sc-rsci' && s.code === 'A1');
    expect(a1?.text).toBe('I planned the shielding for the new X-ray room.');
    expect(a1?.carriedOver).toMatchObject({ frameworkId: 'sc-rscitech', codes: ['A1'] });
    expect(fake.statements.find((s) => s.frameworkId === 'sc-rsci' && s.code === 'B1')?.text).toBe('My own RSci account of leading inductions.');
    expect(fake.records[0]!.mappings).toContainEqual({ frameworkId: 'sc-rsci', code: 'B2', note: '' });
    // The refreshed side-by-side view shows the carried draft as progress on RSci A1.
    await waitFor(() => expect(within(within(within(section).getByRole('region', { name: /^Area A:/ })).getByRole('list', { name: 'RSci criteria' })).getAllByRole('listitem')[0]).toHaveTextContent('Statement: 9 words'));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says nothing new was added when carried over a second time', async () => {
    const user = userEvent.setup();
    const fake = setup();
    openRsci(fake.api);
    const section = await screen.findByRole('region', { name: 'Upgrade from RSciTech' });
    for (let i = 0; i < 2; i++) {
      await user.click(within(section).getByRole('button', { name: 'Carry over…' }));
      await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Carry over' }));
      await waitFor(() => expect(fake.api.carryOverUpgrade).toHaveBeenCalledTimes(i + 1));
    }
    const status = within(section).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Nothing new was added: everything from RSciTech that can be carried is already in RSci.'));
    expect(status).toHaveTextContent('Left as they are, because you had already written your own RSci statement for them: A1, B1.');
    expect(fake.statements.filter((s) => s.frameworkId === 'sc-rsci')).toHaveLength(2);
    expect(fake.records[0]!.mappings.filter((m) => m.frameworkId === 'sc-rsci')).toHaveLength(1);
  });

  it('leaves everything as it was when the confirmation is cancelled', async () => {
    const user = userEvent.setup();
    const fake = setup();
    openRsci(fake.api);
    const section = await screen.findByRole('region', { name: 'Upgrade from RSciTech' });
    await user.click(within(section).getByRole('button', { name: 'Carry over…' }));
    await screen.findByRole('alertdialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(fake.api.carryOverUpgrade).not.toHaveBeenCalled();
    expect(within(section).getByRole('status')).toBeEmptyDOMElement();
  });
});
