import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../core/api/errors';
import { CpdLogScreen } from '../../../../renderer/screens/cpd-log/CpdLogScreen';
import { makeCpdRecord } from '../../../support/fixtures';
import { createFakeApi } from '../../fake-api';
import { never, renderScreen } from '../../render-screen';
import { refreshAfterWrite } from '../../../../renderer/api/refresh';

const autoclave = makeCpdRecord({ title: 'Autoclave validation course', startDate: '2025-03-25', hours: 1.5, category: 'formal', tags: ['sterilisation'] });
const laser = makeCpdRecord({ title: 'Laser safety for users', startDate: '2025-05-02', hours: 6, status: 'draft', reflection: { model: 'free', answers: { reflection: 'Beam paths and interlocks' } } });

describe('CPD log screen', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows a loading state while the records load', () => {
    const { api } = createFakeApi();
    api.listCpd.mockReturnValueOnce(never());
    renderScreen(<CpdLogScreen />, api, { path: '/cpd' });
    expect(screen.getByText(/Loading your records/)).toBeInTheDocument();
  });

  it('shows the newest rows while a long log loads, then the whole log with its search', async () => {
    const { api } = createFakeApi([autoclave, laser]);
    let finish: () => void = () => {};
    api.listCpd.mockReturnValueOnce(new Promise((resolve) => (finish = () => resolve([autoclave, laser]))));
    api.listCpdNewest.mockResolvedValueOnce({ records: [laser], total: 2 });
    renderScreen(<CpdLogScreen />, api, { path: '/cpd' });
    expect(await screen.findByRole('link', { name: 'Laser safety for users' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('The newest 1 of 2 records; loading the rest');
    // Searching waits for the whole log, so it never acts on part of it.
    expect(screen.queryByRole('searchbox', { name: 'Search' })).not.toBeInTheDocument();
    finish();
    expect(await screen.findByRole('searchbox', { name: 'Search' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Autoclave validation course' })).toBeInTheDocument();
    expect(api.listCpdNewest).toHaveBeenCalledWith(40);
    // The whole log is asked for only once the newest rows are in.
    expect(api.listCpdNewest.mock.invocationCallOrder[0]).toBeLessThan(api.listCpd.mock.invocationCallOrder[0]!);
  });

  it('shows a log that fits in its first rows whole, with its search, rather than as a preview', async () => {
    const { api } = createFakeApi([autoclave, laser]);
    renderScreen(<CpdLogScreen />, api, { path: '/cpd' });
    expect(await screen.findByRole('searchbox', { name: 'Search' })).toBeInTheDocument();
    expect(screen.queryByText(/loading the rest/)).not.toBeInTheDocument();
  });

  it('waits for the whole log when it opens filtered, as the newest rows would not be what it shows', async () => {
    sessionStorage.setItem('techfolio.cpd-log.filters', JSON.stringify({ category: 'formal' }));
    const { api } = createFakeApi([autoclave, laser]);
    renderScreen(<CpdLogScreen />, api, { path: '/cpd' });
    expect(await screen.findByRole('link', { name: 'Autoclave validation course' })).toBeInTheDocument();
    expect(api.listCpdNewest).not.toHaveBeenCalled();
  });

  it('shows an empty state with a way to log the first activity', async () => {
    const { api } = createFakeApi();
    renderScreen(<CpdLogScreen />, api, { path: '/cpd' });
    expect(await screen.findByRole('heading', { name: 'No CPD logged yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Log your first activity' })).toHaveAttribute('href', '/cpd/new');
  });

  it('shows an error state that says what failed, and loads again on retry', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi([autoclave]);
    api.listCpd.mockRejectedValueOnce(new ApiError({ code: 'locked', message: 'This portfolio is already open in another window.' }));
    renderScreen(<CpdLogScreen />, api, { path: '/cpd' });
    expect(await screen.findByRole('alert')).toHaveTextContent('already open in another window');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Autoclave validation course' })).toBeInTheDocument();
  });

  it('lists every record newest first with UK dates, hours, category and a draft marker', async () => {
    const { api } = createFakeApi([autoclave, laser]);
    renderScreen(<CpdLogScreen />, api, { path: '/cpd' });
    const list = await screen.findByRole('list', { name: 'CPD records' });
    const items = [...list.children] as HTMLElement[];
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual(['Laser safety for users', 'Autoclave validation course']);
    expect(within(items[1]!).getByText('25/03/2025')).toBeInTheDocument();
    expect(within(items[1]!).getByText('1.5 hours')).toBeInTheDocument();
    expect(within(items[1]!).getByText('Formal / educational')).toBeInTheDocument();
    expect(within(items[0]!).getByText('Draft')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 records · 7.5 hours');
  });

  it('finds records by words in their reflection, and clears the search', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi([autoclave, laser]);
    renderScreen(<CpdLogScreen />, api, { path: '/cpd' });
    await user.type(await screen.findByRole('searchbox', { name: 'Search' }), 'interlocks');
    const list = screen.getByRole('list', { name: 'CPD records' });
    expect(within(list).getAllByRole('link').map((l) => l.textContent)).toEqual(['Laser safety for users']);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 records match');
    expect(performance.getEntriesByName('cpd-search', 'measure').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(within(screen.getByRole('list', { name: 'CPD records' })).getAllByRole('link')).toHaveLength(2);
  });

  it('shows an edited record as it now is, in the row and in the filters, while a search is typed', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi([autoclave, laser]);
    const { client } = renderScreen(<CpdLogScreen />, api, { path: '/cpd' });
    await user.type(await screen.findByRole('searchbox', { name: 'Search' }), 'autoclave');
    expect(within(screen.getByRole('list', { name: 'CPD records' })).getAllByRole('link').map((l) => l.textContent)).toEqual(['Autoclave validation course']);
    const { id, createdAt: _created, updatedAt: _updated, ...input } = autoclave;
    // Saved elsewhere (the editor): the one refresh rule brings this screen up to date.
    const edit = { ...input, title: 'Autoclave validation refresher', hours: 3, tags: ['sterilisation', 'pressure vessels'] };
    await refreshAfterWrite(client, 'updateCpd', [id, edit], await api.updateCpd(id, edit));
    const list = screen.getByRole('list', { name: 'CPD records' });
    expect(await within(list).findByRole('link', { name: 'Autoclave validation refresher' })).toBeInTheDocument();
    expect(within(list).getByText('3 hours')).toBeInTheDocument();
    expect(within(list).queryByRole('link', { name: 'Autoclave validation course' })).toBeNull();
    await user.click(screen.getByRole('button', { name: /Tag/ }));
    expect(await screen.findByRole('option', { name: 'pressure vessels' })).toBeInTheDocument();
  });

  it('says so when no record matches', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi([autoclave]);
    renderScreen(<CpdLogScreen />, api, { path: '/cpd' });
    await user.type(await screen.findByRole('searchbox', { name: 'Search' }), 'nonsense');
    expect(screen.getByText(/No records match/)).toBeInTheDocument();
  });

  it('renders only a window of a 5,000-record log and marks when the first rows appear', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => makeCpdRecord({ title: `Activity ${i}`, startDate: '2024-01-01', hours: 1 }));
    const { api } = createFakeApi(many);
    renderScreen(<CpdLogScreen />, api, { path: '/cpd' });
    // The newest 40 first, then the whole log.
    expect((await screen.findByRole('list', { name: 'CPD records' })).children[0]).toHaveAttribute('aria-setsize', '40');
    await screen.findByRole('searchbox', { name: 'Search' });
    const list = screen.getByRole('list', { name: 'CPD records' });
    const rendered = list.children.length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
    expect(list.children[0]).toHaveAttribute('aria-setsize', '5000');
    expect(performance.getEntriesByName('cpd-log:first-rows').length).toBeGreaterThan(0);
  });
});
