import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../core/api/errors';
import { Activity } from '../../../../core/model/commitment';
import { CommitmentLogList } from '../../../../renderer/screens/cpd-log/CommitmentLogList';
import { ONE_OF_EACH } from '../../../support/commitment-fixtures';
import { createFakeApi } from '../../fake-api';
import { never, renderScreen } from '../../render-screen';

const stamp = '2025-06-01T09:00:00.000Z';
const stored = ONE_OF_EACH.map((a, i) => Activity.parse({ ...a, id: `activity-${String(i).padStart(4, '0')}`, createdAt: stamp, updatedAt: stamp }));

describe('a Technician Commitment kind in the CPD log', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows loading, then an error with a retry', async () => {
    const pending = createFakeApi().api;
    pending.listActivities.mockReturnValueOnce(never());
    const { unmount } = renderScreen(<CommitmentLogList kind="outreach" text="" from="" to="" />, pending);
    expect(screen.getByText(/Loading outreach and public engagement/)).toBeInTheDocument();
    unmount();
    const { api } = createFakeApi();
    api.listActivities.mockRejectedValueOnce(new ApiError({ code: 'internal', message: 'The portfolio file could not be read.' }));
    renderScreen(<CommitmentLogList kind="outreach" text="" from="" to="" />, api);
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be read');
  });

  it('lists only the chosen kind, with its dates and details, linking to the Recognition & impact screen filtered to it', async () => {
    const user = userEvent.setup();
    renderScreen(<CommitmentLogList kind="role" text="" from="" to="" />, createFakeApi([], { activities: stored }).api);
    const list = await screen.findByRole('list', { name: 'Committees, networks and roles' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(list).toHaveTextContent('01/09/2025 – present');
    expect(list).toHaveTextContent('Steering group · University of Northmoor');
    await user.click(within(list).getByRole('link', { name: 'Technician Commitment steering group member' }));
    expect(sessionStorage.getItem('techfolio.recognition.kind')).toBe('role');
  });

  it('applies the log\'s search words and dates, and says so when nothing matches', async () => {
    renderScreen(<CommitmentLogList kind="outreach" text="festival" from="" to="" />, createFakeApi([], { activities: stored }).api);
    expect(await screen.findByText(/No outreach and public engagement match/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open Recognition & impact' })).toBeInTheDocument();
  });
});
