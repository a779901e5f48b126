import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SampleBanner } from '../../../renderer/components/SamplePortfolio';
import { forgetUnsavedWork, holdLeave } from '../../../renderer/components/leave-guard';
import { createFakeApi } from '../fake-api';
import { renderScreen } from '../render-screen';

describe('the sample portfolio banner', () => {
  afterEach(() => {
    forgetUnsavedWork();
    vi.restoreAllMocks();
  });

  it('is absent in the user’s own portfolio', async () => {
    const { api } = createFakeApi();
    renderScreen(<SampleBanner />, api);
    await waitFor(() => expect(api.getSampleState).toHaveBeenCalled());
    expect(screen.queryByRole('region', { name: 'Sample portfolio' })).toBeNull();
  });

  it('says the user’s own portfolio is untouched, and goes back only once unsaved changes may be left', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi();
    api.getSampleState.mockResolvedValue({ exploring: true });
    api.leaveSample = vi.fn(async () => ({ exploring: false }));
    renderScreen(<SampleBanner />, api);
    const banner = await screen.findByRole('region', { name: 'Sample portfolio' });
    expect(banner).toHaveTextContent('You are exploring a sample portfolio; your own is untouched.');

    holdLeave('a form');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await user.click(screen.getByRole('button', { name: 'Back to my portfolio' }));
    expect(confirm).toHaveBeenCalled();
    expect(api.leaveSample).not.toHaveBeenCalled();

    confirm.mockReturnValue(true);
    await user.click(screen.getByRole('button', { name: 'Back to my portfolio' }));
    await waitFor(() => expect(api.leaveSample).toHaveBeenCalledTimes(1));
    expect(window.location.hash).toBe('#/');
  });
});
