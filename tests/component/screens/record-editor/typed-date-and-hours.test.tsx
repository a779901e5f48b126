import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RecordEditorScreen } from '../../../../renderer/screens/record-editor/RecordEditorScreen';
import { createFakeApi } from '../../fake-api';
import { renderScreen } from '../../render-screen';

describe('record editor: dates and hours as people type them', () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '';
  });

  it('saves 1/12/2025 as 2025-12-01 and "1h 30m" as 1.5 hours, having shown both readings', async () => {
    const user = userEvent.setup();
    const { api, records } = createFakeApi();
    renderScreen(<RecordEditorScreen />, api, { path: '/cpd/new' });
    await user.keyboard('COSHH assessment workshop');
    const date = screen.getByRole('textbox', { name: 'Date' });
    await user.clear(date);
    await user.type(date, '1/12/2025');
    const hours = screen.getByRole('textbox', { name: 'Hours' });
    await user.type(hours, '1h 30m');
    await user.tab();
    expect(date).toHaveAccessibleDescription('Monday 1 December 2025');
    expect(hours).toHaveAccessibleDescription('= 1.5 hours');
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    await waitFor(() => expect(records).toHaveLength(1));
    expect(records[0]).toMatchObject({ title: 'COSHH assessment workshop', startDate: '2025-12-01', hours: 1.5 });
    expect(records[0]!.endDate).toBeUndefined();
  });

  it('refuses to save a month-first date or unreadable hours, and says what to write at each field', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi();
    renderScreen(<RecordEditorScreen />, api, { path: '/cpd/new' });
    await user.keyboard('Fume cupboard testing');
    const date = screen.getByRole('textbox', { name: 'Date' });
    await user.clear(date);
    await user.type(date, '12/25/2025');
    await user.type(screen.getByRole('textbox', { name: 'Hours' }), 'half a day');
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    expect(await screen.findByText('"12/25/2025" has no month 25; write the date as day/month/year, such as 25/12/2025.')).toBeInTheDocument();
    expect(screen.getByText('"half a day" is not a time we can read; write hours such as 1.5, 1:30 or 90 min.')).toBeInTheDocument();
    expect(date).toHaveValue('12/25/2025');
    expect(api.addCpd).not.toHaveBeenCalled();
  });
});
