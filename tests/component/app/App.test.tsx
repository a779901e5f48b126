import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/app/App';
import { routes } from '../../../renderer/app/routes';
import { createFakeApi } from '../fake-api';

describe('app shell', () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '#/';
  });
  afterEach(() => vi.restoreAllMocks());

  it('has a skip link, a header with the primary navigation, one main landmark and one h1', async () => {
    const { api } = createFakeApi();
    render(<App api={api} />);
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    const nav = screen.getByRole('navigation', { name: 'Primary' });
    const labels = within(nav).getAllByRole('link').map((l) => l.textContent?.replace(/^\W+/, ''));
    expect(labels).toEqual(routes.filter((r) => r.nav).map((r) => r.label));
    expect(labels).toEqual(expect.arrayContaining(['Dashboard', 'CPD log', 'Evidence', 'Frameworks', 'Application pack', 'Training', 'Profile', 'Settings']));
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(within(nav).getByRole('link', { name: /Dashboard/ })).toHaveAttribute('aria-current', 'page');
  });

  it('moves between screens from the navigation and marks the current one', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi();
    render(<App api={api} />);
    await user.click(screen.getByRole('link', { name: /Training/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Training' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/training');
    expect(screen.getByRole('link', { name: /Training/ })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Training · Techfolio');
  });

  it('applies the saved theme and text size to the page', () => {
    localStorage.setItem('techfolio.display', JSON.stringify({ theme: 'dark', textSize: 'large' }));
    const { api } = createFakeApi();
    render(<App api={api} />);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.style.getPropertyValue('--text-scale')).toBe('1.125');
  });

  it('asks before leaving a form with unsaved changes, and stays when the answer is no', async () => {
    const user = userEvent.setup();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    window.location.hash = '#/cpd/new';
    const { api } = createFakeApi();
    render(<App api={api} />);
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Half a thought');
    await user.click(screen.getByRole('link', { name: /Settings/ }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('not saved yet'));
    expect(screen.getByRole('heading', { level: 1, name: 'Log CPD' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Half a thought');
  });

  it('asks before the Back button or a typed address leaves unsaved changes, and puts the address back', async () => {
    const user = userEvent.setup();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    window.location.hash = '#/cpd/new';
    const { api } = createFakeApi();
    render(<App api={api} />);
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Half a thought');
    window.location.hash = '#/settings';
    await waitFor(() => expect(confirm).toHaveBeenCalled());
    expect(window.location.hash).toBe('#/cpd/new');
    expect(screen.getByRole('heading', { level: 1, name: 'Log CPD' })).toBeInTheDocument();
    confirm.mockReturnValue(true);
    window.location.hash = '#/settings';
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
  });

  it('shows a page-not-found screen for an unknown address', async () => {
    window.location.hash = '#/nowhere';
    const { api } = createFakeApi();
    render(<App api={api} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
