import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../core/api/errors';
import { TrainingRecord } from '../../../../core/model/training';
import { TrainingScreen } from '../../../../renderer/screens/training/TrainingScreen';
import { localToday } from '../../../../core/format/today';
import { createFakeApi } from '../../fake-api';
import { rscitech } from '../framework-fixtures';
import { never, renderScreen } from '../../render-screen';

const stamp = '2025-06-01T09:00:00.000Z';
const inDays = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return localToday(d);
};
const course = (id: string, name: string, fields: { expiryDate?: string; renewalMonths?: number } = {}) =>
  TrainingRecord.parse({ id, course: name, provider: 'Safety office', completedDate: '2020-01-01', ...fields, createdAt: stamp, updatedAt: stamp });

describe('training register', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('shows loading, then an empty state with a way to add the first training', async () => {
    const { api } = createFakeApi();
    const pending = createFakeApi().api;
    pending.listTraining.mockReturnValueOnce(never());
    const { unmount } = renderScreen(<TrainingScreen />, pending);
    expect(screen.getByText(/Loading your training/)).toBeInTheDocument();
    unmount();
    renderScreen(<TrainingScreen />, api);
    expect(await screen.findByRole('heading', { name: 'No training recorded yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add your first training' })).toBeInTheDocument();
  });

  it('shows an error state when the register cannot be read', async () => {
    const { api } = createFakeApi();
    api.listTraining.mockRejectedValueOnce(new ApiError({ code: 'internal', message: 'The portfolio file could not be read.' }));
    renderScreen(<TrainingScreen />, api);
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be read');
  });

  it('says in words whether each course has expired, expires soon, is valid or never expires, soonest first', async () => {
    const { api } = createFakeApi([], {
      training: [
        course('training-valid001', 'Laser safety', { expiryDate: inDays(400) }),
        course('training-none0001', 'Induction'),
        course('training-soon0001', 'First aid at work', { expiryDate: inDays(12) }),
        course('training-gone0001', 'Manual handling', { expiryDate: inDays(-3) }),
      ],
    });
    renderScreen(<TrainingScreen />, api);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Manual handling', 'First aid at work', 'Laser safety', 'Induction']);
    expect(rows[0]).toHaveTextContent(/Expired on \d\d\/\d\d\/\d{4}/);
    expect(rows[1]).toHaveTextContent('Expires in 12 days');
    expect(rows[2]).toHaveTextContent(/Valid until \d\d\/\d\d\/\d{4}/);
    expect(rows[3]).toHaveTextContent('No expiry');
  });

  it('refuses training without a course name, with the schema message, and saves nothing', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi();
    renderScreen(<TrainingScreen />, api);
    await user.click(await screen.findByRole('button', { name: 'Add your first training' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add training' });
    await user.click(within(dialog).getByRole('button', { name: 'Add training' }));
    expect(await within(dialog).findByText('Enter the course name.')).toBeInTheDocument();
    expect(api.addTraining).not.toHaveBeenCalled();
  });

  it('training cites its certificates and shows criteria in the same form', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi([], { frameworks: [rscitech] });
    renderScreen(<TrainingScreen />, api);
    await user.click(await screen.findByRole('button', { name: 'Add your first training' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add training' });
    expect(within(dialog).getByRole('group', { name: 'Evidence' })).toBeInTheDocument();
    expect(await within(dialog).findByRole('group', { name: /Criteria this shows/ })).toBeInTheDocument();
  });

  it('adds training typed by keyboard and lists it', async () => {
    const user = userEvent.setup();
    const { api, training } = createFakeApi();
    renderScreen(<TrainingScreen />, api);
    await user.click(await screen.findByRole('button', { name: 'Add your first training' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add training' });
    await user.keyboard('Ionising radiation: local rules');
    await user.type(within(dialog).getByRole('textbox', { name: 'Renew every (months)' }), '36');
    await user.click(within(dialog).getByRole('button', { name: 'Add training' }));
    await waitFor(() => expect(training).toHaveLength(1));
    expect(training[0]).toMatchObject({ course: 'Ionising radiation: local rules', renewalMonths: 36 });
    expect(await screen.findByRole('rowheader', { name: 'Ionising radiation: local rules' })).toBeInTheDocument();
  });

  it('exports the renewal dates as an iCalendar file', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:fake';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { api } = createFakeApi([], { training: [course('training-laser001', 'Laser safety', { renewalMonths: 36 })] });
    renderScreen(<TrainingScreen />, api);
    await user.click(await screen.findByRole('button', { name: 'Export renewal dates (.ics)' }));
    expect(created).toHaveLength(1);
    expect(created[0]?.type).toBe('text/calendar;charset=utf-8');
    expect(await created[0]?.text()).toContain('SUMMARY:Renew: Laser safety');
  });
});
