import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../core/api/errors';
import type { LoadedFramework } from '../../../../core/frameworks/registry';
import { CompetenceStatement } from '../../../../core/model/statement';
import { FrameworksScreen } from '../../../../renderer/screens/frameworks/FrameworksScreen';
import { createFakeApi } from '../../fake-api';
import { never, renderScreen } from '../../render-screen';
import { coverageOf, rscitech } from '../framework-fixtures';

const career: LoadedFramework = {
  ...rscitech,
  origin: 'imported',
  framework: { ...rscitech.framework, id: 'my-uni-career', shortName: 'MyUni', name: 'My university technician framework', kind: 'career' },
};

const course = { kind: 'cpd' as const, id: 'course-0001', title: 'Radiation protection course', date: '2025-10-01', mappings: [{ frameworkId: 'sc-rscitech', code: 'A1', note: '' }, { frameworkId: 'sc-rscitech', code: 'D4', note: '' }], evidenceIds: [] };
const oldCert = { kind: 'evidence' as const, id: 'cert-0001', title: 'HND certificate', date: '2015-07-01', mappings: [{ frameworkId: 'sc-rscitech', code: 'B2', note: '' }], evidenceIds: ['cert-0001'] };
const a1Statement = CompetenceStatement.parse({ frameworkId: 'sc-rscitech', code: 'A1', text: 'I planned the shielding.', updatedAt: '2025-10-02T10:00:00.000Z' });

function setup({ withCoverage = true, targets = ['sc-rscitech'] } = {}) {
  return createFakeApi([], {
    frameworks: [career, rscitech],
    profile: { targetRegistrations: targets.map((frameworkId) => ({ frameworkId, viaBodyId: '' })) },
    coverage: withCoverage
      ? { 'sc-rscitech': coverageOf([course, oldCert], [a1Statement]), 'my-uni-career': coverageOf([], [], career) }
      : {},
  });
}

describe('Frameworks screen', () => {
  beforeEach(() => localStorage.clear());

  it('shows a loading state while the frameworks load', () => {
    const { api } = setup();
    api.listFrameworks.mockReturnValueOnce(never());
    renderScreen(<FrameworksScreen />, api, { path: '/frameworks' });
    expect(screen.getByText(/Loading frameworks/)).toBeInTheDocument();
  });

  it('shows an error with a retry', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    api.listFrameworks.mockRejectedValueOnce(new ApiError({ code: 'internal', message: 'The framework files could not be read.' }));
    renderScreen(<FrameworksScreen />, api, { path: '/frameworks' });
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be read');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('navigation', { name: 'Frameworks' })).toBeInTheDocument();
  });

  it('shows an empty state when no framework is installed', async () => {
    const { api } = createFakeApi();
    renderScreen(<FrameworksScreen />, api, { path: '/frameworks' });
    expect(await screen.findByText(/No frameworks are installed/)).toBeInTheDocument();
  });

  it('lists the target framework first and opens its coverage: readiness, gaps, stale examples and codes to re-map', async () => {
    const { api } = setup();
    renderScreen(<FrameworksScreen />, api, { path: '/frameworks' });
    const nav = await screen.findByRole('navigation', { name: 'Frameworks' });
    const links = within(nav).getAllByRole('link');
    expect(links[0]).toHaveTextContent('RSciTechYour target');
    expect(links[0]).toHaveAttribute('aria-current', 'page');
    expect(links[1]).toHaveTextContent('MyUni');
    const figure = await screen.findByTestId('readiness-figure');
    expect(figure.textContent).toMatch(/^\d+%$/);
    expect(screen.getByRole('meter', { name: 'Readiness' })).toBeInTheDocument();
    const attention = screen.getByRole('region', { name: 'What needs attention' });
    expect(within(attention).getByText(/No evidence yet/)).toBeInTheDocument();
    expect(within(attention).getByText(/Only examples older than 3 years/)).toHaveTextContent('B2');
    // D4 is not a current RSciTech code: kept, and listed to re-map.
    expect(within(attention).getByText(/Radiation protection course \(CPD record\): D4/)).toBeInTheDocument();
  });

  it('shows the heat map with counts in words and the matrix as a table with row and column headers', async () => {
    const { api } = setup();
    renderScreen(<FrameworksScreen />, api, { path: '/frameworks/sc-rscitech', pattern: '/frameworks/:id' });
    expect(await screen.findByRole('link', { name: /^A1\W+1 item\W+statement written\W+one example$/ })).toHaveAttribute('href', '/frameworks/sc-rscitech/A1');
    expect(screen.getByRole('link', { name: /^A2\W+0 items\W+no statement\W+no evidence$/ })).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: /Radiation protection course/ })).toBeInTheDocument();
    const a1Row = within(table).getByRole('rowheader', { name: /^A1\b/ }).closest('tr')!;
    expect(within(a1Row).getByText('shows it')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Coverage matrix table, scrolls both ways' })).toHaveAttribute('tabindex', '0');
  });

  it('opens another framework from the address', async () => {
    const { api } = setup();
    renderScreen(<FrameworksScreen />, api, { path: '/frameworks/my-uni-career', pattern: '/frameworks/:id' });
    expect(await screen.findByRole('heading', { level: 2, name: /My university technician framework/ })).toBeInTheDocument();
    expect(await screen.findByText(/Nothing is mapped to this framework yet/)).toBeInTheDocument();
  });

  it('shows a framework file’s problems with their place in the file when the import is refused', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    api.importFramework.mockRejectedValueOnce(
      new ApiError({
        code: 'refused',
        message: 'This framework file cannot be imported:\nareas[0].criteria[1].code: The code "A1" is used twice',
        issues: [{ path: 'areas[0].criteria[1].code', message: 'The code "A1" is used twice (also at areas[0].criteria[0]); give each criterion its own code.' }],
      }),
    );
    const { container } = renderScreen(<FrameworksScreen />, api, { path: '/frameworks' });
    await screen.findByRole('navigation', { name: 'Frameworks' });
    await user.upload(container.querySelector('input[type="file"]') as HTMLInputElement, new File(['{"id":"x"}'], 'mine.json', { type: 'application/json' }));
    const alert = await screen.findByText(/This framework file cannot be imported:$/);
    const box = alert.closest('[role="alert"]') as HTMLElement;
    expect(within(box).getByText('mine.json')).toBeInTheDocument();
    expect(within(box).getByRole('listitem')).toHaveTextContent('areas[0].criteria[1].code: The code "A1" is used twice');
    expect(api.importFramework).toHaveBeenCalledWith('{"id":"x"}');
  });

  it('imports a framework file and opens it', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    api.importFramework.mockResolvedValueOnce({ id: 'my-uni-career', name: 'My university', shortName: 'MyUni', kind: 'career', awardingBody: 'Uni', edition: '1', origin: 'imported', criteriaCount: 15, pendingCount: 0, overrideCount: 0 });
    const { container, location } = renderScreen(<FrameworksScreen />, api, { path: '/frameworks' });
    await screen.findByRole('navigation', { name: 'Frameworks' });
    await user.upload(container.querySelector('input[type="file"]') as HTMLInputElement, new File(['{}'], 'mine.json', { type: 'application/json' }));
    await waitFor(() => expect(location.history?.at(-1)).toBe('/frameworks/my-uni-career'));
  });
});
